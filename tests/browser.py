"""Headless Chromium (Debian's chromium + chromium-driver) through Selenium, with no network."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
DRIVERS = ("chromedriver", "chromium-driver")


def _find(names) -> str | None:
    return next((p for p in map(shutil.which, names) if p), None)


@contextmanager
def chromium(width: int = 1400, height: int = 1800):
    """A headless Chromium whose every network request fails (a proxy on a closed port)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver_path = _find(BROWSERS), _find(DRIVERS)
    if browser is None or driver_path is None:
        message = "headless Chromium is missing: apt-get install -y chromium chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(message + " (.ci/run installs it)")
        pytest.skip(message)
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--proxy-server=http://127.0.0.1:9",
                "--proxy-bypass-list=<-loopback>", "--lang=ar"):
        options.add_argument(arg)
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not fetch a driver
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        yield driver
    finally:
        driver.quit()
