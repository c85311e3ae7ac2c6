"""Volunteering, as a person without an account finds an assignment by its filters and shows
interest (meeting the consent box's error first), the organiser is mailed a line that names no one,
answers "not this time" (meeting the reason's error first), the person is mailed the answer and
deletes their details by the link in the receipt; and no volunteer is ever named in public, on
the assignment's page or in the API. With JavaScript off and on; axe-core on every step."""
import json
import os
import secrets
import time
import urllib.request
from urllib.parse import urlencode, urlparse

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, fill, link_in, mail_to, main_text, open_page, sign_in, submit

clean = clean_where_javascript
BASE = os.environ.get("SAMVERKA_URL", "http://127.0.0.1:8095").rstrip("/")
# The demo's assignment of Kultur- och fritidsförvaltningen, managed by its staff (the demo
# entry-point handler among them); the demo sends the mail about interest to its contact address.
SLUG = "laxhjalp-pa-biblioteket"
TITLE = "Läxhjälp på biblioteket"
PATH = f"/volontar/{SLUG}"
ORGANISER_MAILBOX = "volontar@demo.samverka.example"
ORGANISER = DEMO_ACCOUNTS["entry-point staff"]
INTEREST_BUTTON = "form[action$='/intresse'] button[type='submit']"


def unique_volunteer(label):
    """A name and an address no other run used: one address shows interest in one assignment
    once, and in at most 10 a day, and the pass runs each flow twice on one server."""
    stamp = f"{int(time.time() * 1000)}{secrets.token_hex(3)}"
    return f"{label} Testsson {stamp}", f"volontar-{label.lower()}-{stamp}@example.org"


def open_interest_form(driver):
    """From the assignment's page (kept in the page cache, so without a form), to its interest form."""
    if not driver.find_elements(By.CSS_SELECTOR, INTEREST_BUTTON):
        driver.find_element(By.LINK_TEXT, "Anmäl intresse").click()
        assert urlparse(driver.current_url).path == f"{PATH}/intresse", driver.current_url


def show_interest(driver, name, address, message="Jag har varit läxhjälp förut och pratar somaliska."):
    """On the assignment's interest form, signed out: the form filled in and consent given."""
    open_interest_form(driver)
    fill(driver, "name", name)
    fill(driver, "email", address)
    fill(driver, "message", message)
    consent = driver.find_element(By.NAME, "consent")
    if not consent.is_selected():
        consent.click()
    submit(driver, INTEREST_BUTTON)
    assert "Tack! Ditt intresse är skickat" in main_text(driver), main_text(driver)[:600]


def api(path):
    with urllib.request.urlopen(BASE + path) as response:
        assert response.headers["Content-Type"].startswith("application/json")
        return response.read().decode("utf-8")


def every_api_page(query=None):
    """The raw JSON of every page of /api/v1/volunteering (each page's text, for a search for names)."""
    pages, number = [], 1
    while True:
        text = api("/api/v1/volunteering?" + urlencode({**(query or {}), "page": number}))
        page = json.loads(text)
        pages.append(text)
        if number * page["per"] >= page["total"] or not page["items"]:
            return pages
        number += 1


def test_interest_shown_without_an_account(either_way):
    driver = either_way
    driver.set_window_size(390, 844)
    name, address = unique_volunteer("Första")
    started = time.time() - 1

    # found by words, district, language and "suits young people"; a homework help elsewhere is not
    open_page(driver, "/volontar")
    clean(driver, "assignment list")
    fill(driver, "q", "läxhjälp")
    Select(driver.find_element(By.NAME, "district")).select_by_visible_text("Vivalla")
    fill(driver, "language", "somaliska")
    driver.find_element(By.NAME, "youth").click()
    submit(driver, "main form.filter-form button[type='submit']")
    listed = main_text(driver)
    assert TITLE in listed and "Läxhjälp i Brickebacken" not in listed, listed[:800]
    query = urlparse(driver.current_url).query
    assert "youth=on" in query and "language=somaliska" in query, query
    # the filter form keeps what was chosen
    assert driver.find_element(By.NAME, "q").get_attribute("value") == "läxhjälp"
    assert driver.find_element(By.NAME, "youth").is_selected()
    clean(driver, "assignment list, filtered")

    driver.find_element(By.LINK_TEXT, TITLE).click()
    assert urlparse(driver.current_url).path == PATH
    assert "Jag vill vara volontär" in main_text(driver)
    clean(driver, "assignment page")

    # no consent: the form comes back with its error and what was written
    open_interest_form(driver)
    fill(driver, "name", name)
    fill(driver, "email", address)
    fill(driver, "message", "Jag kan tisdagar.")
    submit(driver, INTEREST_BUTTON)
    assert "error-summary" in driver.page_source and driver.title.startswith("Fel: "), driver.title
    assert "Kryssa i att du godkänner att uppgifterna skickas." in main_text(driver)
    assert driver.find_element(By.NAME, "name").get_attribute("value") == name
    assert driver.find_element(By.NAME, "email").get_attribute("value") == address
    assert not driver.find_element(By.NAME, "consent").is_selected()
    clean(driver, "interest form (errors)")

    show_interest(driver, name, address)
    assert urlparse(driver.current_url).path == PATH
    assert name not in main_text(driver)
    clean(driver, "assignment page, interest shown")

    # the receipt, with the link to the person's own page
    receipt = mail_to(address, after=started, subject_contains="Vi har tagit emot ditt intresse")
    assert TITLE in str(receipt["Subject"])
    link = link_in(receipt)
    assert urlparse(link).path.startswith("/volontar/ditt-intresse/"), link
    # the organiser is told, without a name, and pointed to the list behind sign-in
    notice = mail_to(ORGANISER_MAILBOX, after=started, subject_contains=f"Någon vill vara volontär: {TITLE}")
    body = notice.get_body(preferencelist=("plain",)).get_content()
    assert urlparse(link_in(notice)).path == f"{PATH}/intresserade", body
    assert name not in body and address not in body

    # one address shows interest in one assignment once
    open_page(driver, PATH + "/intresse")
    fill(driver, "name", name)
    fill(driver, "email", address)
    driver.find_element(By.NAME, "consent").click()
    submit(driver, INTEREST_BUTTON)
    assert "Du har redan anmält intresse för det här uppdraget med den e-postadressen." in main_text(driver), main_text(driver)[:600]
    clean(driver, "interest form (already shown)")


def test_organiser_answers_and_volunteer_deletes_details(either_way):
    driver = either_way
    name, address = unique_volunteer("Andra")
    reason = f"Vi har fått tillräckligt många volontärer i vår ({secrets.token_hex(2)})."
    started = time.time() - 1

    open_page(driver, PATH)
    show_interest(driver, name, address, message="Jag kan hjälpa till med matte.")
    receipt = mail_to(address, after=started, subject_contains="Vi har tagit emot ditt intresse")
    own_page = urlparse(link_in(receipt)).path
    notice = mail_to(ORGANISER_MAILBOX, after=started, subject_contains="Någon vill vara volontär")

    # the organiser follows the mail to the list, which takes a sign-in
    driver.delete_all_cookies()
    sign_in(driver, ORGANISER)
    open_page(driver, urlparse(link_in(notice)).path)
    assert urlparse(driver.current_url).path == f"{PATH}/intresserade"
    listed = main_text(driver)
    assert name in listed and address in listed and "Jag kan hjälpa till med matte." in listed, listed[:800]
    clean(driver, "interested list")
    # the assignment's page shows the organiser the way there, and no interest form
    open_page(driver, PATH)
    assert "Se de intresserade" in main_text(driver)
    assert not driver.find_elements(By.CSS_SELECTOR, "form[action$='/intresse']")
    clean(driver, "assignment page, organiser")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Se de intresserade").click()
    driver.find_element(By.LINK_TEXT, name).click()
    assert urlparse(driver.current_url).path.startswith(f"{PATH}/intresserade/")
    answer_path = urlparse(driver.current_url).path
    clean(driver, "answer form")

    # "not this time" takes a reason
    driver.find_element(By.CSS_SELECTOR, "input[name='answer'][value='decline']").click()
    submit(driver)
    assert "error-summary" in driver.page_source and driver.title.startswith("Fel: "), driver.title
    assert "Skriv varför det inte blir den här gången." in main_text(driver)
    assert driver.find_element(By.CSS_SELECTOR, "input[name='answer'][value='decline']").is_selected()
    clean(driver, "answer form (errors)")
    fill(driver, "message", reason)
    submit(driver)
    assert urlparse(driver.current_url).path == f"{PATH}/intresserade"
    assert "Svaret är sparat." in main_text(driver), main_text(driver)[:600]
    row = driver.find_element(By.XPATH, f"//tr[.//a[normalize-space()='{name}']]").text
    assert "Inte den här gången" in row, row
    # answered once: the person's page no longer has the form
    open_page(driver, answer_path)
    assert reason in main_text(driver)
    assert not driver.find_elements(By.NAME, "answer")

    # the volunteer is mailed the answer with its reason
    answer = mail_to(address, after=started, subject_contains=f"Svar om uppdraget {TITLE}")
    body = answer.get_body(preferencelist=("plain",)).get_content()
    assert reason in body and urlparse(link_in(answer)).path == own_page, body

    # and deletes their details by the link in the receipt
    driver.delete_all_cookies()
    open_page(driver, own_page)
    mine = main_text(driver)
    assert "Ditt intresse" in mine and TITLE in mine and "Inte den här gången." in mine and reason in mine, mine[:800]
    clean(driver, "your interest")
    submit(driver)
    assert urlparse(driver.current_url).path == own_page
    gone = main_text(driver)
    assert "Dina uppgifter är borttagna." in gone, gone[:600]
    assert reason not in gone
    assert not driver.find_elements(By.CSS_SELECTOR, "main form[method='post']")
    clean(driver, "your interest, deleted")

    # the organiser's list keeps the row, without the person
    sign_in(driver, ORGANISER)
    open_page(driver, f"{PATH}/intresserade")
    listed = main_text(driver)
    assert name not in listed and address not in listed and "Uppgifterna är borttagna" in listed, listed[:800]


def test_no_volunteer_is_named_in_public(browser_without_js):
    driver = browser_without_js
    name, address = unique_volunteer("Tredje")
    message = f"Hemligt meddelande {secrets.token_hex(4)}"
    open_page(driver, PATH)
    show_interest(driver, name, address, message=message)
    # this run's volunteer, and the demo's (named "… Volontär (exempel)", with addresses like this one)
    secrets_of_volunteers = (name, address, message, "Volontär (exempel)", "amina.volontar@demo.samverka.example")

    # not on the assignment's page, for anyone signed out
    driver.delete_all_cookies()
    open_page(driver, PATH)
    page = driver.page_source
    assert not [s for s in secrets_of_volunteers if s in page]
    # nor on the list (filtered to it, and unfiltered)
    for path in ("/volontar", "/volontar?q=l%C3%A4xhj%C3%A4lp"):
        open_page(driver, path)
        assert not [s for s in secrets_of_volunteers if s in driver.page_source], path

    # nor anywhere in the API: every page of the list, and the assignment itself
    pages = every_api_page()
    for text in pages + every_api_page({"q": "läxhjälp"}):
        assert not [s for s in secrets_of_volunteers if s in text]
    items = [item for text in pages for item in json.loads(text)["items"]]
    ours = [item for item in items if item["slug"] == SLUG]
    assert len(ours) == 1, [item["slug"] for item in items]
    one = api(f"/api/v1/volunteering/{ours[0]['id']}")
    assert json.loads(one)["slug"] == SLUG
    assert not [s for s in secrets_of_volunteers if s in one]
    assert not {"interested", "interests", "volunteers"} & set(json.loads(one))

    # nor for a signed-in member who does not organise it: the list is forbidden
    sign_in(driver, DEMO_ACCOUNTS["member"])
    open_page(driver, PATH)
    assert "Se de intresserade" not in driver.page_source
    assert not [s for s in secrets_of_volunteers if s in driver.page_source]
    open_page(driver, f"{PATH}/intresserade")
    assert not [s for s in secrets_of_volunteers if s in driver.page_source]

    # the organiser does see the person (so the checks above looked for something that exists)
    driver.delete_all_cookies()
    sign_in(driver, ORGANISER)
    open_page(driver, f"{PATH}/intresserade")
    assert name in main_text(driver) and message in main_text(driver)


def test_mail_about_new_assignments(either_way):
    """Asking for mail about new assignments in Vivalla, without an account: the form says what is
    wrong, the first mail's link opens a page whose button starts it (following the link alone
    starts nothing), and that page then offers to stop."""
    driver = either_way
    _, address = unique_volunteer("Bevakning")
    open_page(driver, "/volontar")
    driver.find_element(By.LINK_TEXT, "Få ett mejl när det kommer nya uppdrag").click()
    clean(driver, "alert form")
    fill(driver, "email", "inte en adress")
    submit(driver)
    assert "error-summary" in driver.page_source
    clean(driver, "alert form with an error")
    fill(driver, "email", address)
    vivalla = driver.find_element(By.XPATH, "//label[normalize-space()='Vivalla']")
    vivalla.click()
    started = time.time()
    submit(driver)
    assert "Tryck på länken i mejlet" in main_text(driver)
    link = link_in(mail_to(address, after=started - 1, subject_contains="volontäruppdrag"))
    driver.get(link)
    assert "Vivalla" in main_text(driver) and "Börja få mejl" in main_text(driver)
    clean(driver, "alert to start")
    submit(driver)
    assert "Klart!" in main_text(driver) and "Sluta få mejl" in main_text(driver)
    clean(driver, "alert started")
    submit(driver)
    assert "inga fler mejl" in main_text(driver)
