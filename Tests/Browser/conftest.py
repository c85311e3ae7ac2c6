"""Browser pass: real Chromium (Debian's), driven by Selenium, checked with axe-core.

Needs a running `samverka serve` with the Örebro demo (SAMVERKA_URL), the directory an SMTP
sink stores its mail in (SAMVERKA_MAIL_DIR) and axe.min.js (AXE_JS). .ci/run sets them up.
"""
import json
import os
import pathlib

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

BASE_URL = os.environ.get("SAMVERKA_URL", "http://127.0.0.1:8080").rstrip("/")
MAIL_DIR = pathlib.Path(os.environ.get("SAMVERKA_MAIL_DIR", "/tmp/samverka-mail"))
AXE_JS = pathlib.Path(os.environ.get("AXE_JS", "axe.min.js"))
DEMO_PASSWORD = "samverka-demo-2026"
DEMO_ACCOUNTS = {
    "admin": "admin@demo.samverka.example",
    "entry-point staff": "handlaggare.kultur@demo.samverka.example",
    "contact-network staff": "kontaktperson.social@demo.samverka.example",
    "council member": "radsledamot@demo.samverka.example",
    "member": "forening@demo.samverka.example",
}

# What the pass saw, reported at the end (pages checked, violations found).
REPORT = {"pages": set(), "violations": 0}


def make_driver(javascript=True):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                     "--lang=sv-SE", "--disable-gpu"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    return driver


# Started Chromiums kept between tests, one each with JavaScript on and off: a start and quit
# cost one to two seconds a test. A kept browser is wiped before it is handed out again (the
# site's cookies, storage and cache, window size, blank page); one whose test failed, or that
# cannot be wiped, is quit instead.
_IDLE = {True: [], False: []}


def _reset(driver):
    driver.get("about:blank")
    driver.execute_cdp_cmd("Storage.clearDataForOrigin", {"origin": BASE_URL, "storageTypes": "all"})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.delete_all_cookies()
    driver.set_window_size(1280, 900)


def _lend(javascript):
    driver = _IDLE[javascript].pop() if _IDLE[javascript] else make_driver(javascript=javascript)
    driver.samverka_javascript = javascript
    return driver


def _give_back(driver, javascript, request):
    report = getattr(request.node, "rep_call", None)
    if report is None or report.failed:
        driver.quit()
        return
    try:
        _reset(driver)
    except Exception:
        driver.quit()
        return
    _IDLE[javascript].append(driver)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def pytest_sessionfinish(session):
    for drivers in _IDLE.values():
        while drivers:
            drivers.pop().quit()


@pytest.fixture
def browser(request):
    driver = _lend(True)
    yield driver
    _give_back(driver, True, request)


@pytest.fixture(params=[False, True], ids=["without JavaScript", "with JavaScript and axe-core"])
def either_way(request):
    """A flow run twice: with JavaScript off (it must work without) and on, where axe-core runs."""
    driver = _lend(request.param)
    yield driver
    _give_back(driver, request.param, request)


@pytest.fixture
def browser_without_js(request):
    driver = _lend(False)
    yield driver
    _give_back(driver, False, request)


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(
        f"browser pass: {len(REPORT['pages'])} distinct pages checked with axe-core, "
        f"{REPORT['violations']} violations")
    path = os.environ.get("SAMVERKA_BROWSER_REPORT")
    if path:
        pathlib.Path(path).write_text(json.dumps({"pages": sorted(REPORT["pages"]), "violations": REPORT["violations"]}))
