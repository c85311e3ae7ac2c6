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
