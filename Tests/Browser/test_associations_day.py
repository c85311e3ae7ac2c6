"""Föreningarnas dag, both sides of one: a representative signs their association up to take part
(meeting the form's error first), the organising department's staff confirm it, and the
association stands in the public programme, which prints. With JavaScript off and on (axe-core on
every step)."""
from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, fill, main_text, open_page, sign_in, submit

clean = clean_where_javascript
# The pass runs this twice on one server, and an association signs up for a day once: each run
# takes the first of these days that the demo representative's associations have not all joined.
DAYS = ["Föreningarnas dag i Baronbackarna", "Föreningarnas dag i Brickebacken", "Föreningarnas dag i Varberga"]


def find_day(driver):
    for title in DAYS:
        open_page(driver, "/evenemang?kind=associationsDay")
        driver.find_element(By.LINK_TEXT, title).click()
        page = driver.current_url
        driver.find_element(By.LINK_TEXT, "Anmäl er förening").click()
        if driver.find_elements(By.NAME, "offer"):
            return page
    raise AssertionError("every demo day already has the representative's associations")


def test_an_association_takes_part_in_a_day(either_way):
    driver = either_way
    sign_in(driver, DEMO_ACCOUNTS["member"])
    day = find_day(driver)
    clean(driver, "take part form")
    sign_up = "#take-part button[type='submit']"  # the page may also hold a withdraw button per earlier sign-up
    submit(driver, sign_up)
    assert "error-summary" in driver.page_source and driver.title.startswith("Fel: ")
    clean(driver, "take part form (errors)")
    first = driver.find_element(By.CSS_SELECTOR, "input[name='association']")
    first.click()
    association = driver.find_element(By.CSS_SELECTOR, f"label[for='{first.get_attribute('id')}']").text
    driver.find_element(By.CSS_SELECTOR, "input[name='kind'][value='workshop']").click()
    fill(driver, "offer", "Prova på schack med våra tränare, hela dagen.")
    driver.find_element(By.CSS_SELECTOR, "input[name='needs[]'][value='table']").click()
    submit(driver, sign_up)
    assert "Anmälan är skickad" in main_text(driver) and "Väntar på arrangören" in main_text(driver)
    clean(driver, "take part, sent")

    driver.delete_all_cookies()
    sign_in(driver, DEMO_ACCOUNTS["entry-point staff"])
    driver.get(day)
    driver.find_element(By.LINK_TEXT, "Anmälda föreningar och vad de behöver").click()
    clean(driver, "sign-ups, as the organiser")
    driver.find_element(By.LINK_TEXT, association).click()
    clean(driver, "one sign-up")
    submit(driver, "main form[method='post']:first-of-type button[type='submit']")
    assert "Svaret är sparat" in main_text(driver)

    driver.delete_all_cookies()
    driver.get(day)
    assert association in main_text(driver)
    driver.find_element(By.LINK_TEXT, "Se programmet: alla föreningar som är med").click()
    clean(driver, "the programme")
    assert association in main_text(driver) and "Prova på schack med våra tränare" in main_text(driver)
