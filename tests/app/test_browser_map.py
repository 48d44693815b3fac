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

from tests.app.test_browser import ROOT, _no_error_elements, _wait_idle, server, start_browser  # noqa: F401

VISIBLE_PANEL = '[data-testid="stTabs"] [role="tabpanel"]:not([hidden])'


@pytest.fixture
def offline_browser(tmp_path: Path):
    # no host but the local server resolves: anything fetched from the network fails
    driver = start_browser(tmp_path, "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1")
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

    # the provenance block is drawn after the map; on a busy machine it may come a moment later
    provenance = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, f"{VISIBLE_PANEL} .provenance")).text
    for pick in (0.5, 0.1, 0.9, 0.3, 0.7):
        # the markers as drawn now (a rerun redraws them), inside the map's box
        points = browser.execute_script("""
            const box = document.querySelector(arguments[0] + ' .geolayer .bglayer, ' + arguments[0] + ' .geolayer')
                .getBoundingClientRect();
            return [...document.querySelectorAll(arguments[0] + ' .geolayer .scattergeo path.point')].filter(p => {
                const r = p.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
                return r.width > 0 && x > box.left && x < box.right && y > box.top && y < box.bottom; });""",
                                        panel_map)
        try:
            ActionChains(browser).move_to_element(points[int(pick * (len(points) - 1))]).click().perform()
            WebDriverWait(browser, 20, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
                          ).until(lambda d: d.find_element(By.CSS_SELECTOR, f"{VISIBLE_PANEL} .provenance").text
                                  != provenance)
            break
        except (TimeoutException, StaleElementReferenceException):
            _wait_idle(browser, wait)
    else:
        raise AssertionError("clicking markers on the map never changed the provenance shown")
    _wait_idle(browser, wait)
    _no_error_elements(browser)
    time.sleep(0.5)
    shot = tmp_path / "map.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        shutil.copyfile(shot, ROOT / "docs" / "map.png")
