"""Every page reachable from the start page, as every kind of user, passes axe-core (WCAG 2.1 AA)."""
import pytest

from conftest import DEMO_ACCOUNTS
from helpers import axe_violations, describe, fill, open_page, same_site_links, sign_in, submit

SKIP = ("/lang/", "/konto/logga-ut", "/konto/mina-uppgifter.json", "/api/", "/open-data/", "/health", "/styles.css",
        "/consultations.atom", "/projekt.atom", "/efterlysningar.atom", "/evenemang.ics")
MAX_PAGES = 180
# Pages that differ only in values share a template: the first page of each kind is checked
# with axe-core (AXE_PER_KIND), and a few more of the kind are only opened for their links
# (PER_KIND), since some kinds are linked from only some pages of another kind (with one page a
# kind, the entry-point staff's crawl no longer reached handlaggning/samrad/*).
PER_KIND = 3
AXE_PER_KIND = 1
# Path segments that name a page; anything else (a slug, an id) is a value, and pages that
# differ only in values are the same kind.
STATIC = {"konto", "skapa", "klart", "logga-in", "glomt-losenord", "nytt-losenord", "radera", "bekrafta", "foreningar", "ny",
          "mina", "utskrift", "inbjudan", "andra", "representanter", "anslut", "overenskommelsen", "anslutna", "lattlast",
          "handlaggning", "admin", "anvandare", "forvaltningar", "stadsdelar", "logg", "e-post", "import", "kontakt",
          "tillganglighet", "personuppgifter", "fraga", "statistik", "mina-arenden", "arende", "arenden", "amnen", "stod", "vagledning", "samrad",
          "svar", "bevakning", "avsluta", "inbjudningar", "kom-igang", "ord", "kategori", "stadsdel", "malgrupp",
          "losenord", "tvastegs", "kod", "projekt", "efterlysningar", "initiativ", "uppdatera", "partner", "historik",
          "erbjudanden", "svara", "matchningar", "evenemang", "nytt", "stall-in", "volontar", "intresse", "intresserade", "ditt-intresse", "bevaka", "civilsamhallesdagar", "forvaltning",
          "uppfoljning", "tabeller", "kontaktnatet", "moten", "ataganden", "samverkansradet", "ledamoter", "nyheter", "prenumerera", "delta", "deltagare", "program", "affisch",
          "handlingsplan", "enkat", "fragor"}


def skipped(path):
    """Not a page: feeds, files, the API; a calendar file (`/evenemang/{slug}.ics`), a
    table as CSV (`/uppfoljning/{year}/tabeller/{table}.csv`) and the council's news feed included."""
    return path.startswith(SKIP) or path.split("?")[0].endswith((".ics", ".csv", ".atom"))


def kind(path):
    segments = path.split("?")[0].strip("/").split("/")
    return "/".join(s if s in STATIC or not s else "*" for s in segments)


def crawl(driver, start=("/",)):
    """Visits pages breadth-first from the start page, a few of each kind, and checks the first
    of each kind with axe-core; returns {path: violations} for the checked pages (so every kind
    visited is in it). A role's own pages can be put first in `start`, so its examples of a kind
    are its own."""
    queue, seen, results, kinds = list(start), set(), {}, {}
    while queue and len(seen) < MAX_PAGES:
        # Kinds not seen yet go first, so every template is reached before repeats of one.
        index = min(range(len(queue)), key=lambda i: (kinds.get(kind(queue[i]), 0), i))
        path = queue.pop(index)
        if path in seen or skipped(path) or kinds.get(kind(path), 0) >= PER_KIND:
            continue
        seen.add(path)
        kinds[kind(path)] = kinds.get(kind(path), 0) + 1
        open_page(driver, path)
        if kinds[kind(path)] <= AXE_PER_KIND:
            results[path] = axe_violations(driver)
        for link in sorted(same_site_links(driver)):
            if link not in seen and not skipped(link):
                queue.append(link)
    return results


def assert_clean(results):
    failures = {path: describe(v) for path, v in results.items() if v}
    assert not failures, "\n\n".join(f"{path}:\n{text}" for path, text in failures.items())


def test_signed_out(browser):
    results = crawl(browser)
    assert {"/", "/kontakt", "/tillganglighet", "/personuppgifter", "/konto/logga-in", "/konto/skapa", "/kontakt/fraga",
            "/kontakt/statistik", "/stod", "/vagledning"} <= set(results)
    assert {"stod/*", "samrad", "samrad/*", "projekt", "projekt/*", "volontar", "volontar/*", "volontar/bevaka"} <= {kind(path) for path in results}
    assert {"uppfoljning", "uppfoljning/*"} <= {kind(path) for path in results}  # the footer's link, and a year's report
    assert_clean(results)


@pytest.mark.parametrize("role", sorted(DEMO_ACCOUNTS))
def test_signed_in(browser, role):
    sign_in(browser, DEMO_ACCOUNTS[role])
    own = {"member": "/foreningar/mina", "admin": "/admin", "entry-point staff": "/handlaggning/arenden",
           "contact-network staff": "/handlaggning/foreningar"}
    results = crawl(browser, start=(own.get(role, "/konto"), "/"))
    assert "/konto" in results
    kinds_seen = {kind(path) for path in results}
    if role == "admin":
        assert {"/admin", "/admin/anvandare", "/admin/forvaltningar", "/admin/logg", "/admin/e-post", "/admin/import",
                "/admin/overenskommelsen", "/admin/kom-igang"} <= set(results)
    if role in ("admin", "entry-point staff", "contact-network staff"):
        assert "/handlaggning" in results  # the staff start page, reached from the menu
    if role == "member":
        assert {"foreningar/mina", "foreningar/*/andra", "foreningar/*/representanter", "foreningar/*/anslut"} <= kinds_seen
    if role in ("admin", "entry-point staff"):
        assert {"handlaggning/foreningar", "handlaggning/foreningar/*", "handlaggning/arenden", "handlaggning/arenden/*",
                "handlaggning/arenden/ny"} <= kinds_seen
    if role == "admin":
        assert {"admin/amnen", "admin/import/ord", "admin/import/ord/kategori", "admin/import/ord/stadsdel", "handlaggning/stod", "handlaggning/stod/*", "handlaggning/stod/ny",
                "handlaggning/samrad/*/inbjudningar"} <= kinds_seen
    if role == "entry-point staff":
        # the department's own assignments: publishing one, and the organiser's list of those interested
        assert {"volontar", "volontar/*", "volontar/nytt", "volontar/mina", "volontar/*/intresserade",
                "volontar/*/intresserade/*"} <= kinds_seen
        # staff days: one's own log, a record, and the department's year (the demo handler is its department admin)
        assert {"handlaggning/civilsamhallesdagar", "handlaggning/civilsamhallesdagar/*", "handlaggning/civilsamhallesdagar/forvaltning",
                "civilsamhallesdagar"} <= kinds_seen
    if role == "member":
        assert {"kontakt/mina-arenden", "kontakt/mina-arenden/*", "samrad/*/svar", "samrad/bevakning"} <= kinds_seen
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
