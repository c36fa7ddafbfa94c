"""The status page in a real browser: `llm-exporter demo` runs, headless Chromium (Debian's
chromium and chromium-driver, through Selenium) opens the page, and what it shows agrees with
/metrics scraped just before and just after; the sparklines have drawn; with JavaScript off
the figures are there; on a phone-width screen in dark mode it is readable. Screenshots are
kept in $LLM_EXPORTER_ARTIFACTS (default test-artifacts/)."""

import bisect
import re
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from llm_exporter.metrics import DURATION_BUCKETS
from llm_exporter.sidecar.status import bucket_quantile
from llm_exporter.sidecar.web import format_value, spark_path

from conftest import samples, wait_ready
from integration.conftest import ARTIFACTS, CHROMEDRIVER, CHROMIUM, chromium, free_port

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no Chromium: install Debian's chromium and chromium-driver (.ci/run does)")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """`llm-exporter demo` on loopback ports; yields its base URL."""
    tmp = tmp_path_factory.mktemp("demo")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "llm_exporter", "demo", f"--web.listen-address=127.0.0.1:{port}",
         f"--ingest.unixgram={tmp / 'events.sock'}", f"--ingest.udp=127.0.0.1:{free_port()}",
         "--otlp.listen-address=", "--demo.rate=40"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, proc, timeout=30)
    except AssertionError:
        proc.kill()
        raise
    yield url
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()


def scrape(url: str) -> dict:
    with urllib.request.urlopen(url + "/metrics", timeout=10) as r:
        return samples(r.read().decode())


def per_model(metrics: dict, name: str, model_id: str, **match: str) -> float:
    """The sum of ``name`` over every series of one provider/model (and ``match``)."""
    provider, model = model_id.split("/", 1)
    total = 0.0
    for (sample, labels), v in metrics.items():
        d = dict(labels)
        if sample == name and d.get("gen_ai_provider_name") == provider \
                and d.get("gen_ai_request_model") == model \
                and all(d.get(k, "") == want for k, want in match.items()):
            total += v
    return total


def p95_of_successes(metrics: dict, model_id: str) -> float | None:
    """histogram_quantile(0.95) of the model's successful calls, from /metrics' buckets."""
    cumulative = [per_model(metrics, "gen_ai_client_operation_duration_seconds_bucket",
                            model_id, error_type="", le=_le(b)) for b in DURATION_BUCKETS]
    cumulative.append(per_model(metrics, "gen_ai_client_operation_duration_seconds_bucket",
                                model_id, error_type="", le="+Inf"))
    counts = [int(c - (cumulative[i - 1] if i else 0)) for i, c in enumerate(cumulative)]
    return bucket_quantile(0.95, counts)


def _le(bound: float) -> str:
    return str(bound)


def parse(text: str) -> float | None:
    """A figure as the page shows it (see web.format_value) back to a number."""
    text = text.strip()
    if text == "—":
        return None
    if text.endswith(" ms"):
        return float(text[:-3]) / 1000
    if text.endswith(" s"):
        return float(text[:-2])
    if text.endswith(" %"):
        return float(text[:-2]) / 100
    return float(text.lstrip("$").replace(",", ""))


def half_unit(text: str) -> float:
    """Half the last shown digit: how far rounding moved the figure."""
    digits = re.sub(r"[^\d.]", "", text)
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = 1000 if text.endswith(" ms") else 100 if text.endswith(" %") else 1
    return 0.5 * 10 ** -decimals / scale


def shown(driver) -> dict[tuple, str]:
    """Every figure on the page, by its data-v path."""
    import json

    from selenium.webdriver.common.by import By

    return {tuple(json.loads(el.get_attribute("data-v"))): el.text
            for el in driver.find_elements(By.CSS_SELECTOR, "span[data-v]")}


def test_the_page_shows_what_metrics_says_and_draws_sparklines(demo):
    from selenium.webdriver.common.by import By

    time.sleep(16)  # one 15-s slot closes: each sparkline has two points or more
    driver = chromium()
    try:
        driver.get(demo + "/")
        for _ in range(3):  # a new row (a rejected reason, say) reloads the page: again
            before = scrape(demo)
            driver.execute_async_script(
                "window.llmStatus.refresh().then(arguments[arguments.length - 1])")
            figures = shown(driver)
            after = scrape(demo)
            if driver.find_element(By.TAG_NAME, "body").get_attribute("data-updated"):
                break  # updated in place
            time.sleep(1)
        else:
            pytest.fail(f"never updated in place: {driver.find_element(By.ID, 'updated').text}")

        models = {path[1] for path in figures if path[0] == "models"}
        assert len(models) >= 5, models  # the demo's models, every one on the page
        for m in models:
            calls = parse(figures[("models", m, "calls")])
            calls_before = per_model(before, "gen_ai_client_operation_duration_seconds_count", m)
            calls_after = per_model(after, "gen_ai_client_operation_duration_seconds_count", m)
            assert calls_before <= calls <= calls_after, m

            text = figures[("models", m, "error_ratio")]
            failed = [calls_before - per_model(before, "gen_ai_client_operation_duration_"
                                                       "seconds_count", m, error_type=""),
                      calls_after - per_model(after, "gen_ai_client_operation_duration_"
                                                     "seconds_count", m, error_type="")]
            ratio = parse(text)
            assert failed[0] / calls_after - half_unit(text) <= ratio \
                <= failed[1] / calls_before + half_unit(text), (m, text, failed)

            text = figures[("models", m, "cost_usd")]
            cost = (per_model(before, "llm_cost_usd_total", m),
                    per_model(after, "llm_cost_usd_total", m))
            assert cost[0] - half_unit(text) <= parse(text) <= cost[1] + half_unit(text), \
                (m, text, cost)

            text = figures[("models", m, "latency_p95_seconds")]
            p95 = [q for q in (p95_of_successes(before, m), p95_of_successes(after, m)) if q]
            low = ([0.0, *DURATION_BUCKETS])[bisect.bisect_left(DURATION_BUCKETS, min(p95))]
            high = DURATION_BUCKETS[bisect.bisect_left(DURATION_BUCKETS, max(p95))]
            assert low - half_unit(text) <= parse(text) <= high + half_unit(text), \
                (m, text, p95)

        spent = parse(figures[("budgets", "acme", "spent_today_usd")])
        acme = [sum(v for (name, labels), v in metrics.items()
                    if name == "llm_cost_usd_total" and ("tenant", "acme") in labels)
                for metrics in (before, after)]
        assert acme[0] - 0.005 <= spent <= acme[1] + 0.005

        events = parse(figures[("events", "accepted_total")])
        accepted = [sum(v for (name, _), v in metrics.items()
                        if name == "llm_exporter_events_total") for metrics in (before, after)]
        assert accepted[0] <= events <= accepted[1]

        lines = driver.find_elements(By.CSS_SELECTOR, "svg.spark path")
        assert len(lines) == 6 * len(models)
        drawn = [p.get_attribute("d") for p in lines
                 if p.find_element(By.XPATH, "..").get_attribute("data-s") == "calls_per_second"]
        assert all(re.match(r"M[\d.]+ [\d.]+h0 L[\d.]+ [\d.]+", d) for d in drawn), drawn
        box = lines[0].find_element(By.XPATH, "..").rect
        assert box["width"] > 40 and box["height"] > 10  # laid out, not collapsed

        # the script formats and draws as the server does
        for value, kind in [(1234567, "count"), (0.123, "rate"), (12.34, "rate"),
                            (0.0052, "pct"), (0.2345, "seconds"), (2.345, "seconds"),
                            (0.00012, "usd"), (345.6, "usd"), (12000.0, "usd"),
                            (1234.5, "rate"), (3725, "duration"),
                            (None, "usd")]:
            assert driver.execute_script("return llmStatus.format(arguments[0], arguments[1])",
                                         value, kind) == format_value(value, kind)
        points = [1.0, None, 2.0, 4.0, 0.0, 1.5]  # 1.5 of 4 puts y on a tie: 12.25
        for some in (points, points * 11):  # under SPARK_MIN_SLOTS points, and a full ring
            assert driver.execute_script("return llmStatus.path(arguments[0])", some) \
                == spark_path(some)

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "status-page.png"))
    finally:
        driver.quit()


def test_the_page_works_with_javascript_off(demo):
    from selenium.webdriver.common.by import By

    driver = chromium(javascript=False)
    try:
        driver.get(demo + "/")
        figures = shown(driver)
        assert driver.find_element(By.TAG_NAME, "body").get_attribute("data-updated") is None
        calls = [parse(t) for path, t in figures.items() if path[0] == "models"
                 and path[2] == "calls"]
        assert calls and all(c > 0 for c in calls)  # rendered by the server
        assert parse(figures[("budgets", "acme", "spent_today_usd")]) > 0
        assert driver.find_elements(By.CSS_SELECTOR, "svg.spark path[d^='M']")
    finally:
        driver.quit()


def test_the_page_fits_a_phone_and_reads_in_dark_mode_and_updates_itself(demo):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver = chromium(width=390, height=1600)
    try:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
            "features": [{"name": "prefers-color-scheme", "value": "dark"}]})
        driver.get(demo + "/")
        # the page's own timer updates it: every 5 s, with no call from here
        WebDriverWait(driver, 12).until(
            lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-updated"))
        # wide tables scroll inside their own box; the page itself does not
        assert driver.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth")
        background, text = driver.execute_script(
            "var s = getComputedStyle(document.documentElement);"
            "return [s.backgroundColor, s.color]")
        assert _luminance(background) < 0.2 < 0.7 < _luminance(text), (background, text)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "status-page-phone-dark.png"))
    finally:
        driver.quit()


def _luminance(css: str) -> float:
    r, g, b = (int(x) / 255 for x in re.findall(r"\d+", css)[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
