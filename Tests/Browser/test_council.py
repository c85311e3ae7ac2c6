"""The cooperation council (issue 18), as a reader finds it from the footer: its members from
both sides with the clusters each keeps in touch with; a person without an account asks for the
council's news by mail (meeting the address's error first), starts it by the link in the mail;
a council member publishes an item (meeting the headline's error first), which the person is
mailed. With JavaScript off and on; axe-core on every step."""
import secrets
import time
from urllib.parse import urlparse

from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, fill, link_in, mail_to, main_text, open_page, sign_in, submit

clean = clean_where_javascript


def test_news_by_mail_from_the_council_page(either_way):
    driver = either_way
    stamp = f"{int(time.time() * 1000)}{secrets.token_hex(3)}"
    address = f"radsnytt-{stamp}@example.org"
    open_page(driver, "/")
    driver.find_element(By.CSS_SELECTOR, "footer a[href='/samverkansradet']").click()
    text = main_text(driver)
    assert "Ledamöter (9)" in text and "Från föreningarna" in text and "Från kommunen" in text, text[:600]
    assert "Håller kontakt med:" in text
    clean(driver, "the council's page")

    driver.find_element(By.LINK_TEXT, "Få nyheterna på mejl").click()
    submit(driver)
    assert driver.find_elements(By.ID, "error-summary"), main_text(driver)[:400]
    clean(driver, "the subscription form with an error")
    fill(driver, "email", address)
    submit(driver)
    assert "Vi har skickat ett mejl" in main_text(driver)
    confirm = mail_to(address, subject_contains="samverkansrådets nyheter")
    open_page(driver, urlparse(link_in(confirm)).path)
    clean(driver, "the subscription's page")
    submit(driver)
    assert "Du får rådets nyheter på mejl" in main_text(driver)

    sign_in(driver, DEMO_ACCOUNTS["council member"])
    open_page(driver, "/samverkansradet/nyheter")
    driver.find_element(By.LINK_TEXT, "Skriv en nyhet").click()
    title = f"Rådet träffar föreningarna {stamp}"
    fill(driver, "summary", "Rådet bjuder in till samtal om överenskommelsen.")
    fill(driver, "easyRead", "Kom och prata med rådet.")
    fill(driver, "body", "Välkommen till Stadshuset.")
    submit(driver)
    assert driver.find_elements(By.ID, "error-summary"), main_text(driver)[:400]
    clean(driver, "the news form with an error")
    fill(driver, "title", title)
    submit(driver)
    assert driver.find_element(By.TAG_NAME, "h1").text == title
    assert "Kom och prata med rådet." in main_text(driver)
    clean(driver, "a news item")
    item = mail_to(address, subject_contains=title)
    assert urlparse(driver.current_url).path in item.get_body(preferencelist=("plain",)).get_content()
