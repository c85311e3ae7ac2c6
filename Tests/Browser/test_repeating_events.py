"""A weekly meeting, published on a phone by a department's handler, across the change to summer
time: the form's error first, then the page with its times; the calendar file read by a real
iCalendar parser and its RRULE expanded by dateutil, every time at 18:00 in Stockholm, the day off
left out. With JavaScript off and on; axe-core on every step."""
import datetime
import os
import time
import urllib.request
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, fill, fill_date, fill_time, main_text, open_page, sign_in, submit

clean = clean_where_javascript
BASE = os.environ.get("SAMVERKA_URL", "http://127.0.0.1:8095")
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def next_tuesday_before_summer_time():
    """A Tuesday in March, three weeks or less before the clocks change, so the series crosses it."""
    today = datetime.date.today()
    year = today.year + (1 if today >= datetime.date(today.year, 3, 1) else 0)
    change = max(datetime.date(year, 3, d) for d in range(25, 32) if datetime.date(year, 3, d).weekday() == 6)
    return change - datetime.timedelta(days=(change.weekday() - 1) % 7 + 14)


def test_a_weekly_meeting_across_summer_time(either_way):
    driver = either_way
    driver.set_window_size(390, 844)
    title = f"Läxhjälp varje tisdag {int(time.time() * 1000)}"
    first = next_tuesday_before_summer_time()
    last, off = first + datetime.timedelta(weeks=6), first + datetime.timedelta(weeks=2)
    sign_in(driver, DEMO_ACCOUNTS["entry-point staff"])
    open_page(driver, "/evenemang/nytt")
    fill(driver, "title", title)
    fill(driver, "easyRead", "Få hjälp med läxorna. Varje tisdag.")
    fill(driver, "summary", "Volontärer hjälper till med läxorna.")
    fill_date(driver, "startDay", first.isoformat())
    fill_time(driver, "startTime", "18:00")
    fill_time(driver, "endTime", "20:00")
    fill(driver, "placeName", "Vivalla bibliotek")
    Select(driver.find_element(By.NAME, "district")).select_by_visible_text("Vivalla")
    Select(driver.find_element(By.NAME, "repeat")).select_by_value("weekly")
    fill(driver, "repeatExceptions", (first + datetime.timedelta(days=1)).isoformat())
    submit(driver)
    text = main_text(driver)
    assert "error-summary" in driver.page_source and driver.find_elements(By.ID, "field-repeatUntil-error"), text[:600]
    clean(driver, "event form, a series without its last time")
    fill_date(driver, "repeatUntil", last.isoformat())
    fill(driver, "repeatExceptions", off.isoformat())
    submit(driver)
    text = main_text(driver)
    assert "Evenemanget är publicerat" in text and "Varje tisdag, 18:00–20:00" in text, text[:600]
    assert "Det blir inte av" in text
    clean(driver, "a weekly event's page")
    path = urlparse(driver.current_url).path

    event = list(calendar(path + ".ics").walk("VEVENT"))[0]
    starts = event.decoded("DTSTART")
    assert starts == datetime.datetime(first.year, first.month, first.day, 18, 0, tzinfo=STOCKHOLM)
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=starts)
    skipped = {d.dt for d in event["EXDATE"].dts} if not isinstance(event["EXDATE"], list) else {d.dt for e in event["EXDATE"] for d in e.dts}
    times = [t for t in rule if t not in skipped]
    assert len(times) == 6, times
    assert all(t.astimezone(STOCKHOLM).hour == 18 and t.astimezone(STOCKHOLM).minute == 0 for t in times)
    assert {t.astimezone(STOCKHOLM).utcoffset() for t in times} == {datetime.timedelta(hours=1), datetime.timedelta(hours=2)}
    assert off not in [t.date() for t in times] and times[-1].date() == last


def calendar(path):
    with urllib.request.urlopen(BASE + path) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        return icalendar.Calendar.from_ical(response.read())
