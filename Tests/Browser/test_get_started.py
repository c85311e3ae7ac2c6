"""The admin's get-started page: reached from the dashboard, clean under axe-core, and its
"send a test mail to me" button puts a mail in the SMTP sink and ticks the item. Run with
JavaScript off (the button must work without it) and on, where axe-core checks each page."""
import time

from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, mail_to, main_text, open_page, sign_in, submit

TEST_MAIL_BUTTON = "form[action='/admin/kom-igang/testmejl'] button[type='submit']"


def test_get_started_as_admin(either_way):
    driver = either_way
    admin = DEMO_ACCOUNTS["admin"]
    sign_in(driver, admin)
    open_page(driver, "/admin")
    driver.find_element(By.CSS_SELECTOR, "main a[href='/admin/kom-igang']").click()
    assert driver.find_element(By.TAG_NAME, "h1").text == "Kom igång"
    text = main_text(driver)
    assert "punkter är kvar" in text or "Allt är klart" in text
    assert "Klart" in text and "Kvar att göra" in text
    clean_where_javascript(driver, "/admin/kom-igang")

    started = time.time() - 1
    submit(driver, TEST_MAIL_BUTTON)
    assert driver.current_url.endswith("/admin/kom-igang?notice=testMailQueued"), driver.current_url
    assert "Testmejlet ligger i kön" in main_text(driver)
    clean_where_javascript(driver, "/admin/kom-igang after the test mail")

    message = mail_to(admin, after=started, subject_contains="Testmejl")
    assert "fungerar e-posten" in message.get_body(preferencelist=("plain",)).get_content()

    # The worker marks the mail as sent right after the server takes it; the item is then ticked.
    deadline = time.time() + 30
    while "Mejlservern har tagit emot testmejlet" not in main_text(driver):
        assert time.time() < deadline, main_text(driver)
        time.sleep(1)
        open_page(driver, "/admin/kom-igang")
    clean_where_javascript(driver, "/admin/kom-igang with the test mail delivered")
