"""The ladder guide on a phone: a small association without an organisation number that wants
money for a summer activity in Vivalla gets a concrete answer — which support, whom to call,
what to do first — with JavaScript off, and every page passes axe-core with it on."""
import pytest
from selenium.webdriver.common.by import By

from helpers import clean_where_javascript, open_page, submit

ANSWERS = [("want", "money"), ("category", "youth"), ("district", "Vivalla"), ("orgNumber", "no"),
           ("joined", "no"), ("capacity", "little")]


@pytest.fixture
def phone(either_way):
    either_way.set_window_size(390, 844)
    return either_way


check = clean_where_javascript


def choose(driver, name, value):
    """Clicks the radio button for a value, or (for the district) the one whose label says it."""
    for radio in driver.find_elements(By.CSS_SELECTOR, f"input[type='radio'][name='{name}']"):
        label = driver.find_element(By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']").text
        if radio.get_attribute("value") == value or label == value:
            radio.click()
            return
    raise AssertionError(f"no answer {value} for {name}")


def test_summer_money_in_vivalla(phone):
    open_page(phone, "/stod")
    check(phone, "/stod")
    phone.find_element(By.LINK_TEXT, "Hitta rätt stöd med vägledningen").click()
    for number, (name, value) in enumerate(ANSWERS, start=1):
        assert f"Fråga {number} av 6" in phone.find_element(By.TAG_NAME, "main").text
        check(phone, f"question {name}")
        choose(phone, name, value)
        submit(phone, "main form button[type='submit']")
        if number == 2:
            # going back shows the previous question again and keeps the first answer
            phone.find_element(By.PARTIAL_LINK_TEXT, "Tillbaka").click()
            assert "Vad gör er förening?" in phone.find_element(By.TAG_NAME, "h1").text
            assert "want=money" in phone.current_url
            choose(phone, name, value)
            submit(phone, "main form button[type='submit']")
    main = phone.find_element(By.TAG_NAME, "main").text
    assert "Det här passar er" in main
    assert "Bidrag för sommarlovsaktiviteter" in main
    assert "Kultur- och fritidsförvaltningen" in main and "Ring eller mejla" in main
    assert "Skatteverket" in main
    check(phone, "result")
    result_url = phone.current_url
    assert "capacity=little" in result_url  # the result has a stable address

    # the offering, then the question form prefilled with the answers
    phone.find_element(By.LINK_TEXT, "Bidrag för sommarlovsaktiviteter").click()
    assert "Sista dag att söka" in phone.find_element(By.TAG_NAME, "main").text
    check(phone, "offering")
    phone.get(result_url)
    phone.find_element(By.CSS_SELECTOR, "main a[href*='from=guide']").click()
    question = phone.find_element(By.NAME, "question").get_attribute("value")
    assert "Jag har använt vägledningen" in question and "Vivalla" in question
    check(phone, "prefilled question")
