"""Every page reachable from the start page, as every kind of user, passes axe-core (WCAG 2.1 AA)."""
import pytest

from conftest import DEMO_ACCOUNTS
from helpers import axe_violations, describe, fill, open_page, same_site_links, sign_in, submit

SKIP = ("/lang/", "/konto/logga-ut", "/konto/mina-uppgifter.json", "/api/", "/health", "/styles.css")
MAX_PAGES = 80


def crawl(driver):
    """Visits pages breadth-first from the start page; returns {path: violations}."""
    queue, seen, results = ["/"], set(), {}
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen or path.startswith(SKIP):
            continue
        seen.add(path)
        open_page(driver, path)
        results[path] = axe_violations(driver)
        for link in sorted(same_site_links(driver)):
            if link not in seen and not link.startswith(SKIP):
                queue.append(link)
    return results


def assert_clean(results):
    failures = {path: describe(v) for path, v in results.items() if v}
    assert not failures, "\n\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_signed_out(browser):
    results = crawl(browser)
    assert {"/", "/kontakt", "/tillganglighet", "/personuppgifter", "/konto/logga-in", "/konto/skapa"} <= set(results)
    assert_clean(results)


@pytest.mark.parametrize("role", sorted(DEMO_ACCOUNTS))
def test_signed_in(browser, role):
    sign_in(browser, DEMO_ACCOUNTS[role])
    results = crawl(browser)
    assert "/konto" in results
    if role == "admin":
        assert {"/admin", "/admin/anvandare", "/admin/forvaltningar", "/admin/logg", "/admin/e-post"} <= set(results)
    assert_clean(results)


def test_english_pages(browser):
    open_page(browser, "/lang/en?return=/")
    assert browser.find_element("css selector", "html").get_attribute("lang") == "en"
    assert_clean(crawl(browser))


def test_forms_with_errors_and_error_pages(browser):
    open_page(browser, "/konto/skapa")
    fill(browser, "email", "inte-en-adress")
    submit(browser)
    assert "error-summary" in browser.page_source
    assert_clean({"/konto/skapa (errors)": axe_violations(browser)})
    open_page(browser, "/finns-inte")
    assert_clean({"/finns-inte": axe_violations(browser)})


def test_print_stylesheet_exists(browser):
    open_page(browser, "/kontakt")
    has_print = browser.execute_script(
        "return [...document.styleSheets].some(s => [...s.cssRules].some(r => r.media && r.media.mediaText.includes('print')))")
    assert has_print
