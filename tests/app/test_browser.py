"""The dashboard in a real browser: `streamlit run` on a free port, driven by headless Chromium.

One walk through the page: the Plotly chart is drawn and no error element shows; clicking a marker
shows that event's provenance; choosing an actor in the sidebar filters the rows and the URL; the
CSV download holds exactly those rows; reloading the URL restores the filter; a screenshot is saved.

Needs Debian's `chromium` and `chromium-driver` (.ci/run installs them). Without them the test is
skipped with the reason, except in CI (env CI=true), where their absence is a failure.
Set UPDATE_SCREENSHOT=1 to also write the screenshot to docs/screenshot.png.
"""
from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")
BROWSER_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1500,1250", "--hide-scrollbars")


def _browser_available() -> str | None:
    missing = [p for p in (CHROMIUM, CHROMEDRIVER) if not (Path(p).exists() or shutil.which(p))]
    if missing:
        return f"headless browser test needs {', '.join(missing)} (apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "headless browser test needs the selenium package (pip install -r requirements.txt)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"streamlit exited early with status {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"streamlit did not answer on {url} within {timeout:.0f} s")


@pytest.fixture
def server(sample_store: Path, tmp_path: Path):
    port = _free_port()
    env = dict(os.environ, TIMELINE_DB=str(sample_store), STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    log = open(tmp_path / "streamlit.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
         "--server.headless", "true", "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_http(url, proc, timeout=60)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def start_browser(tmp_path: Path, *extra_flags: str):
    """Headless Chromium through chromedriver (skipped without them, failed in CI)."""
    reason = _browser_available()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (required in CI)")
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which(CHROMIUM) or CHROMIUM
    for flag in BROWSER_FLAGS + extra_flags:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    driver = webdriver.Chrome(service=Service(shutil.which(CHROMEDRIVER) or CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture
def browser(tmp_path: Path):
    driver = start_browser(tmp_path)
    try:
        yield driver
    finally:
        driver.quit()


def _no_error_elements(driver) -> None:
    from selenium.webdriver.common.by import By

    shown = [e.text for e in driver.find_elements(By.CSS_SELECTOR, '[data-testid="stException"]')]
    assert not shown, f"page shows an exception: {shown}"
    alerts = [e.text for e in driver.find_elements(By.CSS_SELECTOR, '[data-testid="stAlertContentError"]')]
    assert not alerts, f"page shows an error: {alerts}"


def _wait_idle(driver, wait) -> None:
    """Until the script has finished running (Streamlit's status widget disappears)."""
    from selenium.webdriver.common.by import By

    time.sleep(0.5)
    wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, '[data-testid="stStatusWidget"]'))


def test_dashboard_in_headless_chromium(server: str, browser, tmp_path: Path, sample_store_info: dict) -> None:
    from selenium.common.exceptions import (NoSuchElementException, StaleElementReferenceException,
                                            TimeoutException)
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 90, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))
    browser.get(server)
    # the Plotly chart is drawn (its SVG has at least one marker point)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stPlotlyChart"] .js-plotly-plot'))
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stPlotlyChart"] .scatterlayer .point'))
    _wait_idle(browser, wait)
    _no_error_elements(browser)
    body = browser.find_element(By.TAG_NAME, "body").text
    total = sample_store_info["events"]
    assert f"of {total:,} events" in body

    # clicking an event in the chart shows its provenance
    provenance = browser.find_element(By.CSS_SELECTOR, ".provenance").text
    for pick in (0.5, 0.9, 0.1):
        # markers inside the drawn plot area (the initial x range focuses on the dated events, so markers of
        # events known only by year can sit outside it)
        points = browser.execute_script("""
            const area = document.querySelector('[data-testid="stPlotlyChart"] .nsewdrag').getBoundingClientRect();
            return [...document.querySelectorAll('[data-testid="stPlotlyChart"] .scatterlayer .point')].filter(p => {
                const r = p.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
                return r.width > 0 && x > area.left && x < area.right && y > area.top && y < area.bottom; });""")
        ActionChains(browser).move_to_element(points[int(pick * (len(points) - 1))]).click().perform()
        try:
            WebDriverWait(browser, 20, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)
                          ).until(lambda d: d.find_element(By.CSS_SELECTOR, ".provenance").text != provenance)
            break
        except TimeoutException:
            _wait_idle(browser, wait)
    else:
        raise AssertionError("clicking events in the chart never changed the provenance shown")
    _wait_idle(browser, wait)
    _no_error_elements(browser)

    # click a filter: choose the most frequent actor in the sidebar's actor multiselect
    actor = sample_store_info["top_actor"]
    box = browser.find_element(By.CSS_SELECTOR, '[data-testid="stSidebar"] [data-testid="stMultiSelect"] input')
    box.click()
    box.send_keys(actor)
    box.send_keys(Keys.ENTER)
    expected = f"{sample_store_info['top_actor_events']:,} of {total:,} events"
    wait.until(lambda d: expected in d.find_element(By.TAG_NAME, "body").text)
    wait.until(lambda d: "actor=" in d.current_url)
    _wait_idle(browser, wait)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stPlotlyChart"] .scatterlayer .point'))
    _no_error_elements(browser)
    # the CSV download (generated on click) holds exactly the filtered rows
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    browser.find_element(By.XPATH, "//button[contains(., 'Download CSV')]").click()
    wait.until(lambda d: [f for f in downloads.iterdir() if f.suffix == ".csv"])
    (csv_file,) = [f for f in downloads.iterdir() if f.suffix == ".csv"]
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    assert len(rows) == sample_store_info["top_actor_events"]
    assert all(actor in r["actors"] for r in rows)

    # the filter is in the URL: reloading the link restores it
    browser.get(browser.current_url)
    wait.until(lambda d: expected in d.find_element(By.TAG_NAME, "body").text)
    wait.until(lambda d: any(actor in box.text for box in d.find_elements(
        By.CSS_SELECTOR, '[data-testid="stSidebar"] [data-testid="stMultiSelect"]')))
    # back to everything for the screenshot
    browser.get(server)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-testid="stPlotlyChart"] .scatterlayer .point'))
    _wait_idle(browser, wait)
    time.sleep(1.0)
    _no_error_elements(browser)
    shot = tmp_path / "screenshot.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOT") == "1":
        target = ROOT / "docs" / "screenshot.png"
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, target)
