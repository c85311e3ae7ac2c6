"""The core flows work with JavaScript turned off: register, confirm by mail, sign in, sign out."""
import time
import uuid

from selenium.webdriver.common.by import By

from helpers import fill, link_in, mail_to, open_page, submit


def test_register_confirm_sign_in_sign_out(browser_without_js):
    driver = browser_without_js
    address = f"utan-js-{uuid.uuid4().hex[:8]}@example.org"
    password = "tre glada ord här"
    started = time.time() - 1

    open_page(driver, "/konto/skapa")
    fill(driver, "displayName", "Utan Javascript")
    fill(driver, "email", address)
    fill(driver, "password", password)
    submit(driver)
    assert driver.current_url.endswith("/konto/skapa/klart")

    # the server's worker delivers the confirmation over SMTP to the sink
    link = link_in(mail_to(address, after=started, subject_contains="Bekräfta"))
    driver.get(link)
    submit(driver)
    assert "notice=confirmed" in driver.current_url

    fill(driver, "email", address)
    fill(driver, "password", password)
    submit(driver)
    assert driver.current_url.endswith("/konto")
    assert "Utan Javascript" in driver.find_element(By.TAG_NAME, "main").text

    submit(driver, "form[action='/konto/logga-ut'] button")
    assert "notice=signedOut" in driver.current_url
    assert "Logga in" in driver.find_element(By.TAG_NAME, "nav").text


def test_sign_in_error_without_javascript(browser_without_js):
    driver = browser_without_js
    open_page(driver, "/konto/logga-in")
    fill(driver, "email", "ingen@example.org")
    fill(driver, "password", "fel lösenord här")
    submit(driver)
    summary = driver.find_element(By.CSS_SELECTOR, ".error-summary")
    assert "stämmer inte" in summary.text
