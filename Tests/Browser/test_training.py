"""A training on the agreement, on a phone: a politician registers, is told first to say who they
come as and then their committee's department, and gets a place and the mail. With JavaScript
off and on; axe-core on every step."""
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from helpers import clean_where_javascript, fill, mail_to, main_text, open_page, submit

clean = clean_where_javascript
TRAINING = "Utbildning för nämnderna om överenskommelsen"


def test_a_politician_registers_for_a_training(either_way):
    driver = either_way
    driver.set_window_size(390, 844)
    started = time.time() - 1
    address = f"politiker-{int(time.time() * 1000)}@example.org"
    open_page(driver, "/evenemang?kind=training")
    driver.find_element(By.LINK_TEXT, TRAINING).click()
    clean(driver, "a training's page")
    form = "form[action$='/anmal'] button[type='submit']"
    fill(driver, "name", "Politiker Provsson")
    fill(driver, "email", address)
    submit(driver, form)
    assert driver.find_elements(By.ID, "field-group-error"), main_text(driver)[:600]
    clean(driver, "a training's page (who you come as, missing)")
    driver.find_element(By.CSS_SELECTOR, "label[for='field-group-1']").click()  # Politiker
    assert driver.find_element(By.CSS_SELECTOR, "input[name='group'][value='politician']").is_selected()
    submit(driver, form)
    assert "Välj förvaltning eller nämnd" in main_text(driver), main_text(driver)[:600]
    Select(driver.find_element(By.NAME, "department")).select_by_visible_text("Kultur- och fritidsförvaltningen")
    submit(driver, form)
    assert "Du är anmäld" in main_text(driver), main_text(driver)[:600]
    clean(driver, "a training's page (registered)")
    assert TRAINING in str(mail_to(address, after=started)["Subject"])
