"""Consultations, as an association's representative: answer the school's NPF plan (the demo
invites the representative's NPF association), first with a mistake, as a draft, then sent;
follow consultations by mail; leave by the link in a notice mail. With JavaScript off (it must
work without) and on, where every page on the way passes axe-core."""
import re
import time
import uuid

import pytest
from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, fill, mail_to, main_text, open_page, sign_in, submit


@pytest.fixture
def driver(either_way):
    return either_way


clean = clean_where_javascript


def test_representative_answers_a_consultation(driver):
    sign_in(driver, DEMO_ACCOUNTS["member"])
    open_page(driver, "/samrad")
    driver.find_element(By.LINK_TEXT, "Plan för elever med NPF i grundskolan").click()
    clean(driver, "consultation page")
    assert "Inbjudna att svara (remissinstanser)" in main_text(driver)
    driver.find_element(By.LINK_TEXT, "Skriv ett svar").click()
    assert "/svar" in driver.current_url
    assert "(inbjuden)" in main_text(driver) and "allmänna handlingar" in main_text(driver)
    clean(driver, "answer form")

    # nothing written, sent: the error says what to do, and nothing is lost
    fill(driver, "answer1", "")
    fill(driver, "answer2", "")
    fill(driver, "comment", "")
    submit(driver, "main form[method='post'] button[value='submit']")
    assert "Skriv något innan du skickar svaret" in main_text(driver)
    clean(driver, "answer form (errors)")

    # choosing someone else to answer for keeps what was typed (it used to be a link that lost it)
    kept = "Det här ska inte försvinna när jag byter."
    fill(driver, "answer1", kept)
    other = [r for r in driver.find_elements(By.CSS_SELECTOR, "input[name='som']") if not r.is_selected()][0]
    other_value = other.get_attribute("value")
    driver.find_element(By.CSS_SELECTOR, f"label[for='{other.get_attribute('id')}']").click()
    submit(driver, "main form[method='post'] button[value='switch']")
    assert driver.find_element(By.NAME, "answer1").get_attribute("value") == kept
    assert driver.find_element(By.CSS_SELECTOR, f"input[name='som'][value='{other_value}']").is_selected()
    clean(driver, "answer form, answering for another")

    text = f"Planen behöver en lugn plats i varje skola. ({uuid.uuid4().hex[:6]})"
    fill(driver, "answer1", text)
    submit(driver, "main form[method='post'] button[value='draft']")
    assert "Utkastet är sparat" in main_text(driver)
    assert driver.find_element(By.NAME, "answer1").get_attribute("value") == text

    started = time.time() - 1
    submit(driver, "main form[method='post'] button[value='submit']")
    assert "Svaret är skickat" in main_text(driver) and "version" in main_text(driver)
    clean(driver, "answer sent")
    receipt = mail_to(DEMO_ACCOUNTS["member"], after=started, subject_contains="Ert svar är skickat")
    assert text in receipt.get_body(preferencelist=("plain",)).get_content()

    # open still: the page counts the answers but shows them only after closing
    open_page(driver, "/samrad")
    driver.find_element(By.LINK_TEXT, "Plan för elever med NPF i grundskolan").click()
    assert "Inkomna svar" in main_text(driver) and text not in main_text(driver)


def test_following_consultations_by_mail(driver):
    sign_in(driver, DEMO_ACCOUNTS["member"])
    open_page(driver, "/samrad/bevakning")
    clean(driver, "subscription form")
    for box in driver.find_elements(By.CSS_SELECTOR, "input[name='districts[]']:checked, input[name='categories[]']:checked"):
        box.click()
    submit(driver, "main form[method='post'] button[type='submit']")
    assert "Välj minst ett område" in main_text(driver)
    clean(driver, "subscription form (errors)")
    driver.find_element(By.CSS_SELECTOR, "label[for='field-districts-0']").click()
    driver.find_element(By.CSS_SELECTOR, "input[name='frequency'][value='weekly'] + label").click()
    submit(driver, "main form[method='post'] button[type='submit']")
    assert "Bevakningen är sparad" in main_text(driver)
    assert driver.find_element(By.ID, "field-districts-0").is_selected()
    assert driver.find_element(By.CSS_SELECTOR, "input[name='frequency'][value='weekly']").is_selected()
    clean(driver, "subscription saved")


def test_unsubscribe_link_in_a_notice_mail(browser):
    """The demo representative follows NPF matters; the server told them the plan opened when it started."""
    notice = mail_to(DEMO_ACCOUNTS["member"], subject_contains="Samrådet har öppnat")
    body = notice.get_body(preferencelist=("plain",)).get_content()
    link = re.search(r"https?://\S+/samrad/bevakning/avsluta/\S+", body).group(0)
    browser.get(link)
    assert DEMO_ACCOUNTS["member"] in main_text(browser)
    clean(browser, "unsubscribe page")
    submit(browser)
    assert "Du får inga fler mejl om samråd" in main_text(browser)
    clean(browser, "unsubscribed")
    browser.get(link)
    assert "Länken gäller inte" in main_text(browser)
