"""Events, as a department's handler on a phone publishes one (meeting the form's error first),
finds it by district, takes it into a calendar (the file read by a real iCalendar parser: the
right time in Stockholm) and cancels it. With JavaScript off and on; axe-core on every step."""
import datetime
import os
import time
import urllib.request
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import icalendar
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, fill, fill_date, fill_time, main_text, open_page, sign_in, submit

clean = clean_where_javascript
BASE = os.environ.get("SAMVERKA_URL", "http://127.0.0.1:8095")
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def calendar(path):
    with urllib.request.urlopen(BASE + path) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        return icalendar.Calendar.from_ical(response.read())


def test_an_event_published_found_and_cancelled(either_way):
    driver = either_way
    driver.set_window_size(390, 844)
    title = f"Läxhjälpskväll {int(time.time() * 1000)}"  # the pass runs this twice on one server
    day = datetime.date.today() + datetime.timedelta(days=40)
    sign_in(driver, DEMO_ACCOUNTS["entry-point staff"])
    open_page(driver, "/evenemang")
    clean(driver, "event list")
    driver.find_element(By.LINK_TEXT, "Lägg till ett evenemang").click()
    clean(driver, "event form")
    submit(driver)
    assert "error-summary" in driver.page_source and driver.title.startswith("Fel: ")
    clean(driver, "event form (errors)")
    fill(driver, "title", title)
    fill(driver, "easyRead", "Kom och se hur läxhjälpen går till.")
    fill(driver, "summary", "Föreningarna i Vivalla visar läxhjälpen, med fika.")
    fill_date(driver, "startDay", day.isoformat())
    fill_time(driver, "startTime", "18:00")
    fill_time(driver, "endTime", "20:00")
    fill(driver, "placeName", "Vivalla bibliotek")
    Select(driver.find_element(By.NAME, "district")).select_by_visible_text("Vivalla")
    submit(driver)
    assert "Evenemanget är publicerat" in main_text(driver), main_text(driver)[:600]
    assert "18:00–20:00" in main_text(driver)
    clean(driver, "event page")
    path = urlparse(driver.current_url).path

    # the calendar file of the event: one VEVENT at 18:00 in Stockholm, whatever the season
    events = list(calendar(path + ".ics").walk("VEVENT"))
    assert len(events) == 1 and str(events[0]["SUMMARY"]) == title
    starts = events[0].decoded("DTSTART")
    assert starts == datetime.datetime(day.year, day.month, day.day, 18, 0, tzinfo=STOCKHOLM)
    # every coming event once in the feed, each at a time that exists in Stockholm
    feed = list(calendar("/evenemang.ics").walk("VEVENT"))
    uids = [str(event["UID"]) for event in feed]
    assert len(uids) == len(set(uids)) and title in [str(event["SUMMARY"]) for event in feed]

    # found by its district
    open_page(driver, "/evenemang")
    Select(driver.find_element(By.NAME, "district")).select_by_visible_text("Vivalla")
    submit(driver, "main form.filter-form button[type='submit']")
    assert title in main_text(driver)
    clean(driver, "event list, filtered")

    # cancelled: marked on the page, and the calendar is told
    open_page(driver, path)
    submit(driver, "form[action$='/stall-in'] button[type='submit']")
    assert "Evenemanget är inställt" in main_text(driver)
    cancelled = list(calendar(path + ".ics").walk("VEVENT"))[0]
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) >= 1


def test_registration_waiting_list_and_giving_up(either_way):
    """One place: the first who registers gets it, the second waits; the first gives it up by
    the link in the mail and the second is mailed the place; the organiser's list is clean."""
    import re
    from helpers import mail_to
    driver = either_way
    stamp = int(time.time() * 1000)
    title = f"Kurs i mötesteknik {stamp}"
    started = time.time() - 1
    sign_in(driver, DEMO_ACCOUNTS["entry-point staff"])
    open_page(driver, "/evenemang/nytt")
    fill(driver, "title", title)
    fill(driver, "easyRead", "Lär dig hålla bra möten.")
    fill(driver, "summary", "En kväll om dagordning och protokoll.")
    fill_date(driver, "startDay", (datetime.date.today() + datetime.timedelta(days=30)).isoformat())
    fill_time(driver, "startTime", "18:00")
    fill_time(driver, "endTime", "21:00")
    fill(driver, "placeName", "Föreningarnas hus")
    driver.find_element(By.NAME, "registration").click()
    fill(driver, "capacity", "1")
    fill(driver, "question", "Behöver du något för att kunna vara med?")
    submit(driver)
    assert "Evenemanget är publicerat" in main_text(driver), main_text(driver)[:400]
    path = urlparse(driver.current_url).path

    first, second = f"forsta-{stamp}@example.org", f"andra-{stamp}@example.org"
    for name, address, notice in (("Första Person", first, "Du är anmäld"), ("Andra Person", second, "Du står på väntelistan")):
        driver.delete_all_cookies()
        open_page(driver, path)
        clean(driver, "event page with registration")
        fill(driver, "name", name)
        fill(driver, "email", address)
        fill(driver, "answer", "Hörslinga, tack")
        submit(driver, "form[action$='/anmal'] button[type='submit']")
        assert notice in main_text(driver), main_text(driver)[:400]

    confirmation = mail_to(first, after=started, subject_contains="Du är anmäld")
    body = confirmation.get_body(preferencelist=("plain",)).get_content()
    # the place's mail carries the event for the calendar, read by a real parser
    attached = [part for part in confirmation.iter_attachments() if part.get_content_type() == "text/calendar"]
    assert len(attached) == 1 and attached[0].get_filename() == "evenemang.ics"
    entry = list(icalendar.Calendar.from_ical(attached[0].get_content()).walk("VEVENT"))[0]
    assert str(entry["SUMMARY"]) == title and entry.decoded("DTSTART").hour == 18
    link = re.search(r"https?://\S+/avanmalan/\S+", body).group(0)
    open_page(driver, urlparse(link).path)
    clean(driver, "unregister page")
    submit(driver)
    assert "Du är avanmäld" in main_text(driver)
    promoted = mail_to(second, after=started, subject_contains="Du har fått en plats")
    assert [part.get_filename() for part in promoted.iter_attachments()] == ["evenemang.ics"]

    driver.delete_all_cookies()
    sign_in(driver, DEMO_ACCOUNTS["entry-point staff"])
    open_page(driver, path + "/anmalningar")
    assert "Andra Person" in main_text(driver) and "Hörslinga, tack" in main_text(driver)
    clean(driver, "registrations list")
