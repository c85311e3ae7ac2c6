"""The yearly follow-up of the agreement (issue 18), as a reader finds it from the footer:
`/uppfoljning` sends them on to this year's report, where each area has a heading, a chart
drawn on the server (an image named by its own title and description), a table and the
table as CSV; the page, the CSV and the API give the same numbers; axe-core finds nothing in
Swedish or English; the report prints on at most ten A4 pages; and a year without figures is
the site's page that does not exist."""
import base64
import csv
import datetime
import io
import json
import math
import os
import re
import urllib.error
import urllib.request
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

from helpers import axe_violations, describe, open_page

BASE = os.environ.get("SAMVERKA_URL", "http://127.0.0.1:8095").rstrip("/")
# The server's year (Samverka dates by Swedish time; the tests run far from New Year's Eve).
YEAR = datetime.date.today().year
REPORT = f"/uppfoljning/{YEAR}"
# Every area of the report, in the page's order; the demo has all of them.
SECTIONS = ["joined", "inquiries", "consultations", "projects", "routes", "events", "training", "volunteering", "staffDays", "network", "actionPlan", "commitments",
            "fairness", "concentration", "survey"]
# The areas whose tables have no chart (two measures on different scales; yes/no per department).
WITHOUT_CHART = {"commitments", "concentration"}
NBSP = "\u00a0"


def fetch(path, cookie=None):
    """(body, content type) of a path fetched outside the browser, with an optional Cookie header."""
    request = urllib.request.Request(BASE + path, headers={"Cookie": cookie} if cookie else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read().decode("utf-8"), response.headers["Content-Type"]


def status_of(path):
    try:
        with urllib.request.urlopen(BASE + path, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def csv_rows(section, cookie=None):
    body, content_type = fetch(f"{REPORT}/tabeller/{section}.csv", cookie)
    assert content_type.startswith("text/csv"), content_type
    return list(csv.reader(io.StringIO(body, newline="")))


def api_tables():
    body, content_type = fetch(f"/api/v1/follow-up/{YEAR}")
    assert content_type.startswith("application/json"), content_type
    report = json.loads(body)
    assert report["year"] == YEAR, report["year"]
    return {table["id"]: table for table in report["tables"]}


def page_table(driver, section):
    """The section's table as the page shows it: the header cells, then per row the row header and
    its cells, each as its text content (a no-break space kept as it is)."""
    return driver.execute_script(
        "const table = document.querySelector(`section[aria-labelledby='${arguments[0]}'] table.table`);"
        "if (!table) return null;"
        "return {headers: [...table.querySelectorAll('thead th')].map(c => c.textContent),"
        "        rows: [...table.querySelectorAll('tbody tr')].map(r => [...r.children].map(c => c.textContent.trim()))};",
        section)


def half_up(value):
    """A nonnegative number rounded as the page rounds it (half away from zero: 12.5 is 13),
    not as Python's round() does (half to even: 12)."""
    whole = math.floor(value)
    return whole + (1 if value - whole >= 0.5 else 0)


def check_cell(where, shown, written, given):
    """One value three ways: as the Swedish page prints it ("1 060", "42 %", "3,5", "–"), as
    the CSV writes it ("1060", "0.4167", "3.5", "") and as the API gives it (a number or null)."""
    if shown == "–":
        assert written == "" and given is None, f"{where}: the page shows – but the CSV has {written!r} and the API {given!r}"
        return
    assert written != "" and given is not None, f"{where}: the page shows {shown!r} but the CSV has {written!r} and the API {given!r}"
    share = re.fullmatch(r"(\d+)[ \u00a0]%", shown)
    if share:
        percent = int(share.group(1))
        assert half_up(given * 100) == percent, f"{where}: the page shows {shown!r}, the API {given!r}"
        # the CSV's four decimals are rounded already: within half a percent (and the rounding) of the page's
        assert abs(float(written) * 100 - percent) <= 0.505, f"{where}: the page shows {shown!r}, the CSV {written!r}"
        assert re.fullmatch(r"(0|1)(\.\d{1,4})?", written), f"{where}: a share in the CSV is 0–1 with up to 4 decimals, got {written!r}"
        assert abs(float(written) - given) <= 0.00005 + 1e-9, f"{where}: the CSV has {written!r}, the API {given!r}"
        return
    count = re.fullmatch(r"\d{1,3}(?:\u00a0\d{3})*", shown)
    if count:
        number = int(shown.replace(NBSP, ""))
        assert written == str(number), f"{where}: the page shows {shown!r}, the CSV {written!r}"
        assert given == number, f"{where}: the page shows {shown!r}, the API {given!r}"
        return
    measure = re.fullmatch(r"\d+,\d{1,2}", shown)
    assert measure, f"{where}: {shown!r} is not a count (thousands apart by a no-break space), a share (42 %) or a measure (3,5)"
    number = float(shown.replace(",", "."))
    assert written == shown.replace(",", "."), f"{where}: the page shows {shown!r}, the CSV {written!r}"
    assert abs(given - number) <= 0.005 + 1e-9, f"{where}: the page shows {shown!r}, the API {given!r}"


def test_footer_leads_to_this_years_report_without_javascript(browser_without_js):
    driver = browser_without_js
    open_page(driver, "/")
    link = driver.find_element(By.XPATH, "//footer//a[normalize-space()='Uppföljning']")
    assert urlparse(link.get_attribute("href")).path == "/uppfoljning"
    link.click()
    assert urlparse(driver.current_url).path == REPORT, driver.current_url
    assert driver.find_element(By.TAG_NAME, "h1").text == f"Uppföljning av överenskommelsen {YEAR}"
    # this year is the current one in the year picker; the report's own footer links back here too
    assert driver.find_element(By.CSS_SELECTOR, ".follow-up-years [aria-current='page']").text == str(YEAR)
    assert driver.find_elements(By.XPATH, "//footer//a[normalize-space()='Uppföljning' and @href='/uppfoljning']")

    sections = driver.find_elements(By.CSS_SELECTOR, "main section.follow-up-section")
    assert [s.get_attribute("aria-labelledby") for s in sections] == SECTIONS
    contents = driver.find_elements(By.CSS_SELECTOR, "nav.follow-up-contents a")
    assert [urlparse(a.get_attribute("href")).fragment for a in contents] == SECTIONS
    for section_id, section in zip(SECTIONS, sections):
        heading = section.find_element(By.TAG_NAME, "h2")
        assert heading.get_attribute("id") == section_id
        title = heading.text
        assert title, section_id

        charts = section.find_elements(By.CSS_SELECTOR, "svg.chart")
        if section_id in WITHOUT_CHART:
            assert not charts, f"{section_id}: a chart where none was expected"
        else:
            assert len(charts) == 1, f"{section_id}: {len(charts)} charts"
            chart = charts[0]
            assert chart.get_attribute("role") == "img", section_id
            ids = (chart.get_attribute("aria-labelledby") or "").split()
            assert len(ids) == 2, f"{section_id}: aria-labelledby={ids}"
            own_title = chart.find_element(By.XPATH, "./*[local-name()='title']")
            own_desc = chart.find_element(By.XPATH, "./*[local-name()='desc']")
            assert ids == [own_title.get_attribute("id"), own_desc.get_attribute("id")], \
                f"{section_id}: aria-labelledby={ids} is not the svg's own <title> and <desc>"
            for name in ids:
                assert len(driver.find_elements(By.ID, name)) == 1, f"{section_id}: the id {name} is on the page {len(driver.find_elements(By.ID, name))} times"
            assert own_title.get_attribute("textContent") == title, section_id
            assert own_desc.get_attribute("textContent").strip(), f"{section_id}: an empty <desc>"

        table = section.find_element(By.CSS_SELECTOR, "table.table")
        assert table.find_element(By.TAG_NAME, "caption").get_attribute("textContent") == title, section_id
        assert table.find_elements(By.CSS_SELECTOR, "tbody tr"), f"{section_id}: a table without rows"

        download = section.find_element(By.PARTIAL_LINK_TEXT, "Ladda ner tabellen som CSV")
        assert download.text == f"Ladda ner tabellen som CSV: {title}", download.text
        assert urlparse(download.get_attribute("href")).path == f"{REPORT}/tabeller/{section_id}.csv"


@pytest.mark.parametrize("language", ["sv", "en"])
def test_report_passes_axe(browser, language):
    if language == "en":
        open_page(browser, "/lang/en?return=/uppfoljning")
        heading = f"Follow-up of the agreement {YEAR}"
    else:
        open_page(browser, "/uppfoljning")
        heading = f"Uppföljning av överenskommelsen {YEAR}"
    assert urlparse(browser.current_url).path == REPORT, browser.current_url
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
    assert browser.find_element(By.TAG_NAME, "h1").text == heading
    violations = axe_violations(browser)
    assert not violations, f"{REPORT} ({language}):\n{describe(violations)}"
    if language == "en":
        # the CSV speaks the reader's language too: its labels are the English page's
        cookie = browser.get_cookie("samverka_lang")
        assert cookie and cookie["value"] == "en", cookie
        shown = page_table(browser, "fairness")
        written = csv_rows("fairness", cookie=f"samverka_lang={cookie['value']}")
        assert [row[0] for row in shown["rows"]] == [row[1] for row in written[1:]]
        assert browser.find_element(By.PARTIAL_LINK_TEXT, "Download the table as CSV")


def test_page_csv_and_api_agree(browser):
    open_page(browser, REPORT)
    api = api_tables()
    assert list(api) == SECTIONS, list(api)
    compared = set()
    for section in SECTIONS:
        shown = page_table(browser, section)
        table = api[section]
        if shown is None:  # an area without rows shows a sentence instead of a table
            assert not table["rows"], f"{section}: the API has rows the page does not show"
            continue
        written = csv_rows(section)
        where = f"{REPORT} {section}"
        # the same columns in the CSV and the API, and one header each on the page (after the row header)
        assert written[0] == ["key", "label"] + table["columns"], f"{where}: CSV header {written[0]}, API {table['columns']}"
        assert len(shown["headers"]) == 1 + len(table["columns"]), f"{where}: page headers {shown['headers']}"
        # the same rows, in the same order, with the same (Swedish) labels
        assert [row[1] for row in written[1:]] == [row["label"] for row in table["rows"]] == [row[0] for row in shown["rows"]], \
            f"{where}: labels differ\npage {[row[0] for row in shown['rows']]}\nCSV {[row[1] for row in written[1:]]}\nAPI {[row['label'] for row in table['rows']]}"
        assert [row[0] for row in written[1:]] == [row["key"] for row in table["rows"]], f"{where}: keys differ"
        for page_row, csv_row, api_row in zip(shown["rows"], written[1:], table["rows"]):
            cells = (page_row[1:], csv_row[2:], api_row["values"])
            assert len({len(c) for c in cells}) == 1, f"{where} {api_row['key']}: {cells}"
            for column, shown_cell, written_cell, given in zip(table["columns"], *cells):
                check_cell(f"{where} row {api_row['key']} column {column}", shown_cell, written_cell, given)
        compared.add(section)
    # the two tables the issue names must have had figures to compare
    assert {"inquiries", "fairness"} <= compared, compared


def test_report_prints_on_at_most_ten_a4_pages(browser):
    open_page(browser, REPORT)
    options = PrintOptions()
    options.page_width = 21.0
    options.page_height = 29.7
    pdf = base64.b64decode(browser.print_page(options))
    assert pdf.startswith(b"%PDF"), pdf[:20]
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 1 <= pages <= 10, f"the report prints on {pages} A4 pages"


def test_year_without_figures_is_not_a_page(browser):
    open_page(browser, "/finns-inte")
    not_found = (browser.find_element(By.TAG_NAME, "h1").text, browser.title)
    assert not_found[0], not_found
    for year in ("2019", "abc", str(YEAR + 1)):
        open_page(browser, f"/uppfoljning/{year}")
        assert (browser.find_element(By.TAG_NAME, "h1").text, browser.title) == not_found, f"/uppfoljning/{year}"
        assert not browser.find_elements(By.CSS_SELECTOR, "svg.chart, table.table")
        assert status_of(f"/uppfoljning/{year}") == 404, year
        assert status_of(f"/uppfoljning/{year}/tabeller/inquiries.csv") == 404, year
        assert status_of(f"/api/v1/follow-up/{year}") == 400, year
    # a table that is not one of the report's
    assert status_of(f"{REPORT}/tabeller/nope.csv") == 404
    assert status_of(f"{REPORT}/tabeller/inquiries.txt") == 404
