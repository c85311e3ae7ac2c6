"""Calls for partners, as an association's representative: find the school's NPF call, meet
the answer form's error, answer for one of their associations, and be told it was sent; answering
again for it is no longer offered. With JavaScript off and on (axe-core on every step)."""
from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS
from helpers import clean_where_javascript, fill, main_text, open_page, sign_in, submit


clean = clean_where_javascript


def test_representative_answers_a_call(either_way):
    driver = either_way
    sign_in(driver, DEMO_ACCOUNTS["member"])
    open_page(driver, "/efterlysningar")
    clean(driver, "call list")
    driver.find_element(By.LINK_TEXT, "Vi söker föreningar med kunskap om NPF").click()
    clean(driver, "call page")
    driver.find_element(By.LINK_TEXT, "Svara på efterlysningen").click()
    clean(driver, "answer form")

    # the first of the representative's verified associations that has not answered yet (the pass
    # runs this twice: without JavaScript and with)
    name = driver.find_element(By.CSS_SELECTOR, "main fieldset label").text
    driver.find_element(By.CSS_SELECTOR, "main fieldset label").click()
    fill(driver, "what", "")
    submit(driver)
    assert "error-summary" in driver.page_source
    clean(driver, "answer form (errors)")

    [l for l in driver.find_elements(By.CSS_SELECTOR, "main fieldset label") if l.text == name][0].click()
    fill(driver, "what", "Vi håller en kväll om NPF för lärare, med föräldrar som berättar.")
    fill(driver, "who", "Två utbildare")
    submit(driver)
    assert "Ert svar är skickat" in main_text(driver)
    clean(driver, "call page after answering")

    open_page(driver, driver.current_url.split("?")[0] + "/svara")
    assert name not in [l.text for l in driver.find_elements(By.CSS_SELECTOR, "main fieldset label")]
