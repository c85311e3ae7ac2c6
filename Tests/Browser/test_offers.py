"""Offers from associations, both sides of one: a representative publishes what their association
offers (meeting the form's error first), a department's staff answer it, and the representative
says "not this time" with a reason. With JavaScript off and on (axe-core on every step)."""
import time
from urllib.parse import urlparse

from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, fill, main_text, open_page, sign_in, submit


clean = clean_where_javascript


def test_an_offer_answered_and_settled(either_way):
    driver = either_way
    title = f"Kurs i mötesteknik {int(time.time() * 1000)}"  # the pass runs this twice on one server
    sign_in(driver, DEMO_ACCOUNTS["member"])
    open_page(driver, "/erbjudanden")
    clean(driver, "offer list")
    driver.find_element(By.LINK_TEXT, "Berätta vad er förening kan erbjuda").click()
    clean(driver, "offer form")
    fill(driver, "title", "")
    submit(driver)
    assert "error-summary" in driver.page_source
    clean(driver, "offer form (errors)")
    fill(driver, "title", title)
    fill(driver, "easyRead", "Vi lär er hålla bra möten.")
    fill(driver, "summary", "En kväll om dagordning, protokoll och hur alla får komma till tals.")
    fill(driver, "competences", "mötesteknik, föreningsteknik")
    submit(driver)
    assert "Erbjudandet är publicerat" in main_text(driver)
    clean(driver, "offer page")
    path = urlparse(driver.current_url).path

    driver.delete_all_cookies()
    sign_in(driver, DEMO_ACCOUNTS["entry-point staff"])
    open_page(driver, path)
    clean(driver, "offer page, as staff")
    fill(driver, "message", "Fritidsgårdarnas styrelser vill gärna gå kursen i februari.")
    submit(driver)
    assert "Svaret är skickat till föreningen" in main_text(driver)

    driver.delete_all_cookies()
    sign_in(driver, DEMO_ACCOUNTS["member"])
    open_page(driver, path)
    driver.find_element(By.LINK_TEXT, "Kultur- och fritidsförvaltningen").click()
    clean(driver, "an answer to the offer")
    submit(driver, "main form[method='post']:last-of-type button[type='submit']")
    assert "error-summary" in driver.page_source
    fill(driver, "reason", "Vi har inga kurskvällar lediga i februari, men gärna i april.")
    submit(driver, "main form[method='post']:last-of-type button[type='submit']")
    assert "Svaret är skickat till förvaltningen" in main_text(driver)
    assert "Inte den här gången" in main_text(driver)
