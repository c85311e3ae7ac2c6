"""An admin signs in with a password and a code from an authenticator app, with JavaScript off
(and on, where axe-core checks the code page): no script, no QR image, one field."""
import re
from urllib.parse import urlparse

from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS, DEMO_PASSWORD
from helpers import clean_where_javascript, demo_totp_key, fill, next_step, open_page, submit, totp


def test_admin_signs_in_with_a_code(either_way):
    driver = either_way
    open_page(driver, "/konto/logga-in")
    key = demo_totp_key(driver)
    fill(driver, "email", DEMO_ACCOUNTS["admin"])
    fill(driver, "password", DEMO_PASSWORD)
    submit(driver)

    # the second step: a page of its own, and no session yet
    assert urlparse(driver.current_url).path == "/konto/logga-in/kod"
    field = driver.find_element(By.NAME, "code")
    assert field.get_attribute("autocomplete") == "one-time-code"
    assert not driver.find_elements(By.CSS_SELECTOR, "main img, main canvas, script[src]")
    clean_where_javascript(driver, "the code page")

    # a wrong code is refused, next to the field and in the summary
    fill(driver, "code", "000000")
    submit(driver)
    assert "stämmer inte" in driver.find_element(By.CSS_SELECTOR, ".error-summary").text
    clean_where_javascript(driver, "the code page with an error")

    # the code computed here from the published key (RFC 6238) is the one the server takes;
    # in the demo the page shows the code too, and it is the same one
    step = next_step()
    code = totp(key, step)
    # the page, made after the step was chosen, shows the step the server would take now: this
    # one or the one before it (the demo shows none while the next usable step is beyond the drift)
    open_page(driver, "/konto/logga-in/kod")
    shown = re.search(r"just nu (\d{6})", driver.find_element(By.TAG_NAME, "main").text)
    assert shown and shown.group(1) in {totp(key, step - 1), code, totp(key, step + 1)}, driver.find_element(By.TAG_NAME, "main").text
    fill(driver, "code", code)
    submit(driver)
    assert urlparse(driver.current_url).path == "/konto"
    open_page(driver, "/admin")
    assert urlparse(driver.current_url).path == "/admin"

    # the same code cannot be used again
    driver.delete_all_cookies()
    open_page(driver, "/konto/logga-in")
    fill(driver, "email", DEMO_ACCOUNTS["admin"])
    fill(driver, "password", DEMO_PASSWORD)
    submit(driver)
    fill(driver, "code", code)
    submit(driver)
    assert urlparse(driver.current_url).path == "/konto/logga-in/kod"
    assert "redan använts" in driver.find_element(By.CSS_SELECTOR, ".error-summary").text
