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


@pytest.fixture
def browser():
    driver = make_driver()
    yield driver
    driver.quit()


@pytest.fixture(params=[False, True], ids=["without JavaScript", "with JavaScript and axe-core"])
def either_way(request):
    """A flow run twice: with JavaScript off (it must work without) and on, where axe-core runs."""
    driver = make_driver(javascript=request.param)
    driver.samverka_javascript = request.param
    yield driver
    driver.quit()


@pytest.fixture
def browser_without_js():
    driver = make_driver(javascript=False)
    yield driver
    driver.quit()


def pytest_terminal_summary(terminalreporter):
    terminalreporter.write_line(
        f"browser pass: {len(REPORT['pages'])} distinct pages checked with axe-core, "
        f"{REPORT['violations']} violations")
    path = os.environ.get("SAMVERKA_BROWSER_REPORT")
    if path:
        pathlib.Path(path).write_text(json.dumps({"pages": sorted(REPORT["pages"]), "violations": REPORT["violations"]}))
