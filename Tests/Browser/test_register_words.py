"""The import report's unknown words, mapped by the admin and read by the next import: the
report links each word to its form, the form and the list are clean under axe-core, and it all
works without JavaScript. Dry runs only, so the demo's register is left as it was."""
import tempfile
import time

from selenium.webdriver.common.by import By

from conftest import DEMO_ACCOUNTS
from helpers import choose, clean_where_javascript, main_text, open_page, sign_in, submit


def dry_run(driver, text):
    """Uploads `text` as a CSV file from the import page, with "test run" ticked as the page has it."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", encoding="utf-8", delete=False) as file:
        file.write(text)
    open_page(driver, "/admin/import")
    assert driver.find_element(By.NAME, "dryRun").is_selected()
    driver.find_element(By.NAME, "file").send_keys(file.name)
    submit(driver)
    assert "Provkörning" in main_text(driver), main_text(driver)


def test_map_a_register_word(either_way):
    driver = either_way
    word = f"Bollsport {int(time.time() * 1000) % 1_000_000}"
    register = f"Namn;Organisationsnummer;Kategori\nBollklubben Ny;16802002-4280;{word}\nBollklubben Två;;{word}, Kultur\n"
    sign_in(driver, DEMO_ACCOUNTS["admin"])

    dry_run(driver, register)
    assert "Ord som Samverka inte känner igen" in main_text(driver)
    row = driver.find_element(By.XPATH, f"//table[caption[contains(., 'Okända ord')]]//tr[th[normalize-space()='{word}']]")
    assert row.find_elements(By.TAG_NAME, "td")[1].text == "2"
    clean_where_javascript(driver, "/admin/import with a report of unknown words")

    row.find_element(By.TAG_NAME, "a").click()
    assert "/admin/import/ord/kategori?ord=" in driver.current_url
    assert driver.find_element(By.NAME, "word").get_attribute("value") == word
    clean_where_javascript(driver, "/admin/import/ord/kategori")

    submit(driver)
    assert "error-summary" in driver.page_source
    assert driver.find_element(By.NAME, "word").get_attribute("value") == word
    clean_where_javascript(driver, "/admin/import/ord/kategori with an error")

    choose(driver, "meaning", "sport")
    submit(driver)
    assert driver.current_url.endswith("/admin/import/ord?notice=wordSaved"), driver.current_url
    assert word in main_text(driver) and "Idrott och friluftsliv" in main_text(driver)
    clean_where_javascript(driver, "/admin/import/ord")

    dry_run(driver, register)
    assert word not in main_text(driver)

    # Forgotten again, so the next run (and the demo) starts without it.
    driver.find_element(By.LINK_TEXT, "Registrens ord").click()
    driver.find_element(By.LINK_TEXT, word).click()
    submit(driver, "main form[method='post'] button[name='forget']")
    assert driver.current_url.endswith("/admin/import/ord?notice=wordForgotten"), driver.current_url
    assert word not in main_text(driver)
    clean_where_javascript(driver, "/admin/import/ord after forgetting a word")
