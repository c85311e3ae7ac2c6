"""An event's co-organiser, as a department's handler publishes an event and invites another
department, which is not named until its staff say yes on the event's page, and then steps back.
With JavaScript off (it must work without) and on, where every page on the way passes axe-core."""
import datetime
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import DEMO_ACCOUNTS, make_driver
from helpers import choose, clean_where_javascript, fill, fill_date, fill_time, main_text, open_page, sign_in, submit

clean = clean_where_javascript


def test_a_department_invited_says_yes_and_steps_back(either_way):
    driver = either_way
    title = f"Föreningskväll {int(time.time() * 1000)}"  # the pass runs this twice on one server
    sign_in(driver, DEMO_ACCOUNTS["entry-point staff"])
    open_page(driver, "/evenemang/nytt")
    fill(driver, "title", title)
    fill(driver, "easyRead", "Föreningar och kommunen träffas.")
    fill(driver, "summary", "En kväll för föreningarna i Vivalla.")
    fill_date(driver, "startDay", (datetime.date.today() + datetime.timedelta(days=30)).isoformat())
    fill_time(driver, "startTime", "18:00")
    fill_time(driver, "endTime", "20:00")
    fill(driver, "placeName", "Vivalla bibliotek")
    Select(driver.find_element(By.NAME, "district")).select_by_visible_text("Vivalla")
    submit(driver)
    assert "Evenemanget är publicerat" in main_text(driver)
    page = driver.current_url

    # an invitation naming no one is refused, with the problem named
    submit(driver, "form[action$='/medarrangor'] button[type='submit']")
    assert "error-summary" in driver.page_source
    clean(driver, "event page, co-organiser form (errors)")
    social = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "select[name='coDepartment'] option")
              if o.text == "Socialförvaltningen"][0]
    choose(driver, "coDepartment", social)
    submit(driver, "form[action$='/medarrangor'] button[type='submit']")
    assert "Inbjudan är skickad" in main_text(driver) and "Socialförvaltningen är inbjuden" in main_text(driver)
    clean(driver, "event page, co-organiser invited")

    public = make_driver(javascript=False)
    try:
        public.get(page)
        assert "Socialförvaltningen" not in public.find_element(By.TAG_NAME, "main").text
    finally:
        public.quit()

    # the invited department's staff say yes; now everyone sees both organisers
    staff = make_driver(javascript=getattr(driver, "samverka_javascript", True))
    staff.samverka_javascript = getattr(driver, "samverka_javascript", True)
    try:
        sign_in(staff, DEMO_ACCOUNTS["contact-network staff"])
        staff.get(page)
        assert "Vill ni vara medarrangör?" in main_text(staff)
        clean(staff, "event page, as an invited department")
        submit(staff, "form[action$='/medarrangor/svar'] button[value='yes']")
        assert "Tack för ditt svar" in main_text(staff)
        assert "tillsammans med Socialförvaltningen" in main_text(staff)
        clean(staff, "event page, as a co-organiser")
        public = make_driver(javascript=False)
        try:
            public.get(page)
            assert "tillsammans med Socialförvaltningen" in public.find_element(By.TAG_NAME, "main").text
        finally:
            public.quit()
        # and step back
        submit(staff, "form[action$='/medarrangor/ta-bort'] button[type='submit']")
        assert "Medarrangören är borttagen" in main_text(staff) and "tillsammans med" not in main_text(staff)
    finally:
        staff.quit()
