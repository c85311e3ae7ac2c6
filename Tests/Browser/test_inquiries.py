"""A question to the municipality, end to end: asked, received, answered by the right department,
read through the private link from the mail, closed and rated. Run once with JavaScript off (the
flow must work without it) and once with it on, where every page on the way passes axe-core
(axe itself needs JavaScript)."""
import re
import time
import uuid

import pytest

from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS, make_driver
from helpers import axe_violations, choose, describe, fill, link_in, mail_to, main_text, open_page, sign_in, submit


def clean(driver, label):
    if not driver.samverka_javascript:
        return
    violations = axe_violations(driver)
    assert not violations, f"{label}:\n{describe(violations)}"


@pytest.fixture(params=[False, True], ids=["without JavaScript", "with JavaScript and axe-core"])
def javascript(request):
    return request.param


def driver_for(javascript):
    driver = make_driver(javascript=javascript)
    driver.samverka_javascript = javascript
    return driver


def test_question_asked_answered_and_rated(javascript):
    person = driver_for(javascript)
    try:
        flow(person, javascript)
    finally:
        person.quit()


def flow(person, javascript):
    address = f"fraga-{uuid.uuid4().hex[:8]}@example.org"
    tag = f"k{uuid.uuid4().hex[:6]}"
    question = f"Finns det en lokal för läxhjälp på tisdagar? ({tag})"
    started = time.time() - 1

    # the form, first with a mistake
    open_page(person, "/kontakt/fraga")
    clean(person, "/kontakt/fraga")
    choose(person, "topic", "premises")
    fill(person, "question", question)
    fill(person, "name", "Frågande Person")
    fill(person, "email", "inte-en-adress")
    submit(person)
    assert "error-summary" in person.page_source
    clean(person, "/kontakt/fraga (errors)")
    assert person.find_element(By.NAME, "question").get_attribute("value") == question

    fill(person, "email", address)
    submit(person)
    assert "/kontakt/arende/" in person.current_url
    text = main_text(person)
    reference = re.search(r"SAM-\d{4}-\d{5,}", text).group(0)
    assert "Kultur- och fritidsförvaltningen" in text
    clean(person, "receipt")

    # the receipt by mail, with the private link
    receipt = mail_to(address, after=started, subject_contains=reference)
    private_link = link_in(receipt)
    assert "/kontakt/arende/" in private_link

    # the department's handler answers, without JavaScript too
    staff = driver_for(javascript)
    try:
        sign_in(staff, DEMO_ACCOUNTS["entry-point staff"])
        open_page(staff, "/handlaggning/arenden")
        clean(staff, "/handlaggning/arenden")
        assert staff.find_element(By.NAME, "status").get_attribute("value") == "action"  # opens on what needs action
        # found by a word of the question, the row showing its first line
        fill(staff, "reference", tag)
        submit(staff, "main form.filter-form button[type='submit']")
        assert reference in main_text(staff) and question in main_text(staff)
        clean(staff, "/handlaggning/arenden (search by words)")
        # found by the reference the person quotes, written carelessly
        fill(staff, "reference", f"  {reference.lower()} ")
        submit(staff, "main form.filter-form button[type='submit']")
        clean(staff, "/handlaggning/arenden (search by reference)")
        staff.find_element(By.LINK_TEXT, reference).click()
        assert reference in staff.find_element(By.TAG_NAME, "h1").text
        clean(staff, "handling page")
        submit(staff, "form[action$='/ta'] button")
        fill(staff, "reply", "Hej! Fritidsgården har lediga tider på tisdagar.")
        submit(staff, "form[action$='/svara'] button")
        assert "notice=replySent" in staff.current_url
        choose(staff, "outcome", "answered")
        submit(staff, "form[action$='/stang'] button")
        assert "notice=inquiryClosed" in staff.current_url
    finally:
        staff.quit()

    # the person reads the reply through the link and rates the help
    person.get(private_link)
    text = main_text(person)
    assert "Fritidsgården har lediga tider på tisdagar." in text
    assert "Avslutad" in text
    clean(person, "inquiry page, closed")
    person.find_element(By.CSS_SELECTOR, "input[name='rating'][value='5']").click()
    submit(person, "form[action$='/betyg'] button")
    assert "notice=thanksForRating" in person.current_url
    assert "5 av 5" in main_text(person)

    open_page(person, "/kontakt/statistik")
    assert "Kultur- och fritidsförvaltningen" in main_text(person)
    clean(person, "/kontakt/statistik")


def test_error_summary_first_on_a_phone(either_way):
    """After a mistake on a phone, the error summary is the first thing on screen and in the title."""
    driver = either_way
    size = driver.get_window_size()
    driver.set_window_size(375, 740)
    try:
        open_page(driver, "/kontakt/fraga")
        fill(driver, "name", "Kim")
        submit(driver)
        assert driver.title.startswith("Fel: ")
        summary = driver.find_element(By.ID, "error-summary")
        top = driver.execute_script("return arguments[0].getBoundingClientRect().top + window.scrollY", summary)
        height = driver.execute_script("return window.innerHeight")
        assert top < height, f"the error summary starts {top}px down, below the first screen ({height}px)"
        assert "Skriv din fråga" in summary.text and "Välj vad frågan gäller" in summary.text
    finally:
        driver.set_window_size(size["width"], size["height"])
