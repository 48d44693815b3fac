"""The map tab in a real browser with no network beyond the page's own server: Chromium resolves
every other host to nothing, so a base map fetched from a CDN would fail to draw. The outline and the
event markers are drawn, no resource came from elsewhere, and clicking a marker shows that event's
provenance. Same set-up and skip rule as test_browser.py. UPDATE_SCREENSHOT=1 writes docs/map.png.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.app.test_browser import _browser_available, _no_error_elements, _wait_idle, server  # noqa: F401
from tests.app.test_browser import BROWSER_FLAGS, CHROMEDRIVER, CHROMIUM, ROOT

VISIBLE_PANEL = '[data-testid="stTabs"] [role="tabpanel"]:not([hidden])'


@pytest.fixture
def offline_browser(tmp_path: Path):
    reason = _browser_available()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (required in CI)")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which(CHROMIUM) or CHROMIUM
    for flag in BROWSER_FLAGS:
        options.add_argument(flag)
    # no host but the local server resolves: anything fetched from the network fails
    options.add_argument("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1")
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    driver = webdriver.Chrome(service=Service(shutil.which(CHROMEDRIVER) or CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def test_the_map_draws_offline_and_a_click_shows_provenance(server: str, offline_browser, tmp_path: Path) -> None:
    from selenium.common.exceptions import (NoSuchElementException, StaleElementReferenceException,
                                            TimeoutException)
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser = offline_browser
    wait = WebDriverWait(browser, 90, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))
    browser.get(server)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stPlotlyChart"] .scatterlayer .point'))
    _wait_idle(browser, wait)
    tab = next(t for t in browser.find_elements(By.CSS_SELECTOR, '[data-testid="stTabs"] [role="tab"]') if t.text.strip() == "Map")
    tab.click()
    _wait_idle(browser, wait)
    panel_map = f'{VISIBLE_PANEL} [data-testid="stPlotlyChart"]'
    # the outline (a line trace) and the markers are drawn in the geo subplot
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, f"{panel_map} .geolayer .scattergeo path.js-line"))
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, f"{panel_map} .geolayer .scattergeo path.point"))
    outline = browser.find_element(By.CSS_SELECTOR, f"{panel_map} .geolayer .scattergeo path.js-line")
    assert len(outline.get_attribute("d") or "") > 10_000   # the world's coastlines and borders
    _no_error_elements(browser)
    page_host = server.split("//", 1)[1]
    resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    foreign = [r for r in resources if not r.startswith(("data:", "blob:")) and page_host not in r]
    assert not foreign, f"the page fetched from elsewhere: {foreign[:5]}"

    provenance = browser.find_element(By.CSS_SELECTOR, f"{VISIBLE_PANEL} .provenance").text
    points = browser.find_elements(By.CSS_SELECTOR, f"{panel_map} .geolayer .scattergeo path.point")
    for pick in (0.5, 0.1, 0.9, 0.3):
        ActionChains(browser).move_to_element(points[int(pick * (len(points) - 1))]).click().perform()
        try:
            WebDriverWait(browser, 20, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
                          ).until(lambda d: d.find_element(By.CSS_SELECTOR, f"{VISIBLE_PANEL} .provenance").text
                                  != provenance)
            break
        except TimeoutException:
            _wait_idle(browser, wait)
            points = browser.find_elements(By.CSS_SELECTOR, f"{panel_map} .geolayer .scattergeo path.point")
    else:
        raise AssertionError("clicking markers on the map never changed the provenance shown")
    _wait_idle(browser, wait)
    _no_error_elements(browser)
    time.sleep(0.5)
    shot = tmp_path / "map.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, ROOT / "docs" / "map.png")
