"""Projects, as an association's representative and a department's staff: start a project for
the representative's NPF association, meet the form's errors, invite a department, which is
not shown as a partner until its staff say yes, move the project on and write on its timeline.
With JavaScript off (it must work without) and on, where every page on the way passes axe-core."""
import uuid

from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS, make_driver
from helpers import choose, clean_where_javascript, fill, main_text, open_page, sign_in, submit


clean = clean_where_javascript


def test_representative_starts_a_project_and_a_department_joins(either_way):
    driver = either_way
    sign_in(driver, DEMO_ACCOUNTS["member"])
    open_page(driver, "/projekt")
    clean(driver, "project list")
    driver.find_element(By.LINK_TEXT, "Starta ett projekt").click()
    clean(driver, "new project form")

    # no contact person: the form comes back with the values kept and the problem named
    title = f"Föräldracafé om NPF {uuid.uuid4().hex[:6]}"
    fill(driver, "title", title)
    fill(driver, "easyRead", "Föräldrar träffas och pratar om NPF.")
    fill(driver, "summary", "Ett café för föräldrar till barn med NPF, en kväll i månaden.")
    choose(driver, "form", "3")
    fill(driver, "contactName", "")
    submit(driver)
    assert "error-summary" in driver.page_source
    assert driver.find_element(By.NAME, "title").get_attribute("value") == title
    clean(driver, "new project form (errors)")

    fill(driver, "contactName", "Amina Yusuf")
    submit(driver)
    assert title in main_text(driver) and "Ändringarna är sparade" in main_text(driver)
    clean(driver, "project page, as its owner")
    page = driver.current_url

    social = [o.get_attribute("value") for o in driver.find_elements(By.CSS_SELECTOR, "select[name='department'] option")
              if o.text == "Socialförvaltningen"][0]
    choose(driver, "department", social)
    choose(driver, "role", "partner")
    submit(driver, "form[action$='/partner'] button[type='submit']")
    assert "Inbjudan är skickad" in main_text(driver)
    assert "Inbjuden, har inte svarat" in main_text(driver)

    # the public does not see an invited partner
    public = make_driver(javascript=False)
    try:
        public.get(page)
        assert "Socialförvaltningen" not in public.find_element(By.TAG_NAME, "main").text
    finally:
        public.quit()

    # the department's staff say yes; now it is a partner for everyone
    staff = make_driver(javascript=getattr(driver, "samverka_javascript", True))
    staff.samverka_javascript = getattr(driver, "samverka_javascript", True)
    try:
        sign_in(staff, DEMO_ACCOUNTS["contact-network staff"])
        staff.get(page)
        clean(staff, "project page, as an invited department")
        submit(staff, "form[action$='/partner/svar'] button[value='yes']")
        assert "Tack för ditt svar" in main_text(staff)
        assert "Socialförvaltningen" in main_text(staff)
        fill(staff, "update", "Vi har hittat en lokal på Brickebackens bibliotek.")
        submit(staff, "form[action$='/uppdatera'] button[type='submit']")
        assert "Vi har hittat en lokal" in main_text(staff)
        clean(staff, "project page, as a confirmed partner")
    finally:
        staff.quit()
