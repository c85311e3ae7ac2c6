"""Shared steps of the browser tests: sign in, read mail from the sink, run axe."""
import base64
import email
import email.policy
import hashlib
import hmac
import re
import struct
import time
from urllib.parse import urljoin, urlparse

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import AXE_JS, BASE_URL, DEMO_PASSWORD, MAIL_DIR, REPORT

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def open_page(driver, path):
    driver.get(urljoin(BASE_URL, path))


def main_text(driver):
    """The text of the page's main content."""
    return driver.find_element(By.TAG_NAME, "main").text


def fill(driver, name, value):
    field = driver.find_element(By.NAME, name)
    field.clear()
    field.send_keys(value)


def submit(driver, selector="main form[method='post'] button[type='submit']"):
    """Presses a form's button and waits for the next page, so no check reads the old one.
    Chromium sometimes reports a node of a page being replaced as "not in the document" instead
    of stale; both mean the old page is going, and a click that met it is tried once more."""
    for attempt in (1, 2):
        button = driver.find_element(By.CSS_SELECTOR, selector)
        try:
            button.click()
            break
        except WebDriverException as error:
            if attempt == 2 or "does not belong to the document" not in str(error):
                raise
    WebDriverWait(driver, 30).until(lambda _: _is_gone(button))


def _is_gone(element):
    try:
        element.is_enabled()
        return False
    except WebDriverException:  # stale, or "does not belong to the document"
        return True


# The session each demo account's first sign-in in this pass made, by address.
_SESSIONS = {}
SESSION_COOKIE = "samverka_session"


def sign_in(driver, address, password=DEMO_PASSWORD):
    """Signs in through the form the first time an account is used in the pass; after that a
    fresh browser is handed the session that sign-in made, if the server still takes it (the
    account page must show the address), and the form is used otherwise. An admin's sign-in
    takes a TOTP step, and steps come one each 30 seconds: the admin's seven sign-ins made the
    pass wait for the clock. Signing in itself is tested where it is the subject (the second
    factor, without JavaScript, and each account's first sign-in here)."""
    if password == DEMO_PASSWORD and address in _SESSIONS:
        open_page(driver, "/health")  # a page of the site, so its cookie can be set
        driver.add_cookie({"name": SESSION_COOKIE, "value": _SESSIONS[address], "path": "/", "httpOnly": True,
                           "sameSite": "Lax"})
        open_page(driver, "/konto")
        if urlparse(driver.current_url).path == "/konto" and address in driver.find_element(By.TAG_NAME, "main").text:
            return
        driver.delete_all_cookies()
    open_page(driver, "/konto/logga-in")
    key = demo_totp_key(driver)
    fill(driver, "email", address)
    fill(driver, "password", password)
    submit(driver)
    if urlparse(driver.current_url).path == "/konto/logga-in/kod":
        # the demo admin signs in with a code, computed here from the key the sign-in page lists
        fill(driver, "code", totp(key, next_step()))
        submit(driver)
    assert "/konto/logga-in" not in driver.current_url, driver.find_element(By.TAG_NAME, "main").text
    session = driver.get_cookie(SESSION_COOKIE)
    if password == DEMO_PASSWORD and session:
        _SESSIONS[address] = session["value"]


def demo_totp_key(driver):
    """The demo admin's TOTP key as the sign-in page lists it (base32, in groups of four)."""
    text = driver.find_element(By.CSS_SELECTOR, ".demo-accounts").text
    found = re.search(r"((?:[A-Z2-7]{4} )+[A-Z2-7]{1,4})", text)
    assert found, text
    return base64.b32decode(found.group(1).replace(" ", "") + "=" * (-len(found.group(1).replace(" ", "")) % 8))


def totp(key, step, digits=6):
    """RFC 6238 with HMAC-SHA1, written here independently of the server's."""
    mac = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10 ** digits).zfill(digits)


_LAST_STEP = [-1]


def next_step():
    """A step the server takes now and this pass has not used: a code is accepted once, and
    within one step of drift either way. The current step or the next one, so two sign-ins
    in one 30-second window need no wait; a third waits for the window to move on."""
    while True:
        current = int(time.time() // 30)
        step = max(current, _LAST_STEP[0] + 1)
        if step <= current + 1:
            _LAST_STEP[0] = step
            return step
        time.sleep(0.5)


def axe_violations(driver):
    """Runs axe-core on the loaded page; returns its violations (WCAG 2.1 A and AA).
    Only the violations come back over WebDriver: the passes and incomplete results, which
    nothing reads, are most of a full result's size and of the time taken to send it."""
    driver.execute_script(_axe_source())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done({violations: r.violations}), e => done({error: String(e)}));",
        AXE_TAGS)
    assert "error" not in result, result
    path = urlparse(driver.current_url).path
    REPORT["pages"].add(path)
    REPORT["violations"] += len(result["violations"])
    return result["violations"]


_AXE_SOURCE = []


def _axe_source():
    if not _AXE_SOURCE:
        _AXE_SOURCE.append(AXE_JS.read_text())
    return _AXE_SOURCE[0]


def clean_where_javascript(driver, label):
    """axe-core needs JavaScript: on a driver with it off, the flow is checked and axe is not."""
    if getattr(driver, "samverka_javascript", True):
        violations = axe_violations(driver)
        assert not violations, f"{label}:\n{describe(violations)}"


def describe(violations):
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in violations)


def same_site_links(driver):
    # One script for all the page's links: reading each anchor's href over WebDriver costs a
    # round trip per link (about a third of a second a page, most of the crawl's time).
    links = set()
    for href in driver.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.href)"):
        parsed = urlparse(href or "")
        if parsed.scheme not in ("http", "https") or f"{parsed.scheme}://{parsed.netloc}" != BASE_URL:
            continue
        path = parsed.path + (f"?{parsed.query}" if parsed.query else "")
        links.add(path)
    return links


def mail_to(address, after=0.0, timeout=30.0, subject_contains=None):
    """The newest message to an address that the sink stored after `after` (a time.time())."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        for path in sorted(MAIL_DIR.glob("*.eml"), reverse=True):
            if path.stat().st_mtime < after:
                continue
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            if address in str(message["To"]) and (subject_contains is None or subject_contains in str(message["Subject"])):
                return message
        time.sleep(0.5)
    raise AssertionError(f"no mail to {address} arrived within {timeout} s")


def link_in(message):
    body = message.get_body(preferencelist=("plain",)).get_content()
    found = re.findall(r"https?://\S+", body)
    assert found, body
    return found[0]


def choose(driver, name, value):
    """Picks an option of a <select> by its value."""
    from selenium.webdriver.support.ui import Select
    Select(driver.find_element(By.NAME, name)).select_by_value(value)


def fill_date(driver, name, iso):
    """Types a day into a date field in whatever order of month, day and year the browser's
    field takes (Chromium's depends on its locale), until the field holds `iso` (YYYY-MM-DD)."""
    year, month, day = iso.split("-")
    field = driver.find_element(By.NAME, name)
    for keys in (month + day + year, day + month + year, year + month + day):
        field.clear()
        field.send_keys(keys)
        if field.get_attribute("value") == iso:
            return
    raise AssertionError(f"the date field {name} would not take {iso}")


def fill_time(driver, name, hhmm):
    """Types a time into a time field, as 24 hours or (where Chromium's locale has them) with AM/PM."""
    hour, minute = (int(part) for part in hhmm.split(":"))
    twelve = f"{(hour % 12) or 12:02d}{minute:02d}{'PM' if hour >= 12 else 'AM'}"
    field = driver.find_element(By.NAME, name)
    for keys in (hhmm, f"{hour:02d}{minute:02d}", twelve):
        field.clear()
        field.send_keys(keys)
        if field.get_attribute("value") == hhmm:
            return
    raise AssertionError(f"the time field {name} would not take {hhmm}")
