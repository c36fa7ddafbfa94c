"""The status page in a real browser: `llm-exporter demo` runs, headless Chromium (Debian's
chromium and chromium-driver, through Selenium) opens the page, and what it shows agrees with
/metrics scraped just before and just after; the sparklines have drawn; with JavaScript off
the figures are there; on a phone-width screen in dark mode it is readable. With 10^4
(provider, model) pairs (`llm-exporter run`, first: before the demo's traffic starts) it
shows the 100 busiest and how many more, and /healthz stays fast while the page and its JSON
are fetched in a loop. Screenshots are kept in $LLM_EXPORTER_ARTIFACTS (default
test-artifacts/)."""

import bisect
import json
import re
import signal
import subprocess
import sys
import time
import urllib.request

import pytest

from llm_exporter.metrics import DURATION_BUCKETS
from llm_exporter.sidecar.web.routes import format_value, spark_path
from llm_exporter.sidecar.web.status import bucket_quantile

from conftest import samples, wait_ready
from integration.conftest import ARTIFACTS, CHROMEDRIVER, CHROMIUM, chromium, free_port

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no Chromium: install Debian's chromium and chromium-driver (.ci/run does)")


PAIRS = 10_000  # (provider, model) pairs: 50 providers x 200 models, the default label caps
# fetches the page and its JSON in turn, for argv[2] seconds (at most 500 times each)
FETCH_LOOP = """import sys, time, urllib.request
url, until, n = sys.argv[1], time.monotonic() + float(sys.argv[2]), 0
while time.monotonic() < until and n < 500:
    for path in ("/", "/api/v1/status"):
        urllib.request.urlopen(url + path, timeout=30).read()
    n += 1
print(n)
"""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    """`llm-exporter run` holding PAIRS (provider, model) pairs, the i-th with 1 + i % 4 calls;
    yields its base URL."""
    tmp = tmp_path_factory.mktemp("crowded")
    config = tmp / "config.yaml"
    config.write_text(json.dumps({"limits": {"label_sets": 4 * PAIRS}}))
    port = free_port()
    with open(tmp / "sidecar.log", "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llm_exporter", "run", f"--config.file={config}",
             f"--web.listen-address=127.0.0.1:{port}", "--ingest.udp=", "--ingest.unixgram=",
             "--otlp.listen-address="], stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_ready(url, proc, timeout=30)
        events = [{"type": "llm_call", "v": 1, "provider": f"p{i % 50}", "model": f"m{i // 50}",
                   "duration_s": 0.5, "input_tokens": 10, "output_tokens": 5, "cost_usd": 0.001}
                  for i in range(PAIRS) for _ in range(1 + i % 4)]
        for k in range(0, len(events), 5000):
            request = urllib.request.Request(url + "/v1/events",
                                             data=json.dumps(events[k:k + 5000]).encode(),
                                             headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=60) as r:
                assert json.loads(r.read())["accepted"] == len(events[k:k + 5000])
        yield url
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_with_ten_thousand_models_the_page_shows_the_busiest_and_healthz_stays_fast(crowded):
    # With every pair on it the page was 22 MB (and the JSON 5 MB), built on the event loop:
    # /healthz took up to 9 s while they were fetched in a loop.
    time.sleep(1.5)  # a store tick: reads then recompute only what changed since the last
    for _ in range(5):  # (and the full garbage collection that ingesting the events owed)
        with urllib.request.urlopen(crowded + "/", timeout=30) as r:
            page = r.read()
        with urllib.request.urlopen(crowded + "/api/v1/status", timeout=30) as r:
            body = r.read()
    status = json.loads(body)
    assert len(status["models"]) == 100 and status["models_more"] == PAIRS - 100
    assert all(m["calls"] == 4 for m in status["models"])  # the busiest
    assert page.count(b"<tr data-m=") == 100 and b"9,900</span> more" in page
    assert len(page) < 1 << 20 and len(body) < 512 << 10  # with a full ring: 0.6 MB, 0.3 MB

    seconds = 6.0
    loops = [subprocess.Popen([sys.executable, "-c", FETCH_LOOP, crowded, str(seconds)],
                              stdout=subprocess.PIPE, text=True) for _ in range(2)]
    latencies = []
    try:
        time.sleep(0.3)
        deadline = time.monotonic() + seconds - 0.6
        while time.monotonic() < deadline:
            began = time.monotonic()
            with urllib.request.urlopen(crowded + "/healthz", timeout=10) as r:
                assert r.status == 200
            latencies.append(time.monotonic() - began)
            time.sleep(0.02)
    finally:
        fetched = [int(loop.communicate(timeout=60)[0]) for loop in loops]
    assert min(fetched) >= 5, fetched  # the page and the JSON, again and again
    latencies.sort()
    # A full garbage collection walks what the store holds (2 x 10^5 objects) while a page is
    # built: `run` freezes what start-up made out of it (before, passes of 70-85 ms had
    # /healthz at 110-125 ms; after, 69-70 ms alone, up to 108 ms beside make test's other
    # worker: tests/test_cli.py holds the freeze itself). The page (~650 parts) was rendered
    # in one go, and by both loops at once: p50 62-82 ms, p90 77-100 ms (CI failed at 100 ms);
    # one build at a time, 50 parts between yields: p50 5 ms, p90 21-24 ms, max 36-44 ms.
    p90, worst = latencies[len(latencies) * 9 // 10], latencies[-1]
    assert p90 < 0.1 and worst < 0.2, (f"/healthz p50 {latencies[len(latencies) // 2]:.3f} s,"
                                       f" p90 {p90:.3f} s, max {worst:.3f} s; "
                                       f"fetched {fetched}")


def test_with_ten_thousand_models_the_page_loads_and_updates_in_place(crowded):
    from selenium.webdriver.common.by import By

    for javascript in (True, False):
        driver = chromium(javascript=javascript)
        try:
            driver.get(crowded + "/")
            assert len(driver.find_elements(By.CSS_SELECTOR, "#models tr[data-m]")) == 100
            more = driver.find_element(By.ID, "models-more").text
            assert more.startswith("And 9,900 more"), more
            if javascript:  # the rows are the same: the script updates them in place
                driver.execute_async_script(
                    "window.llmStatus.refresh().then(arguments[arguments.length - 1])")
                assert driver.find_element(By.TAG_NAME, "body").get_attribute("data-updated")
                assert shown(driver)[("models_more",)] == "9,900"
        finally:
            driver.quit()


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

        # the demo's agent: its runs, as /metrics counts them (the window holds them all)
        runs = parse(figures[("agents", "support-agent", "runs")])
        ran = [sum(v for (name, labels), v in metrics.items()
                   if name == "gen_ai_invoke_agent_duration_seconds_count"
                   and ("gen_ai_agent_name", "support-agent") in labels)
               for metrics in (before, after)]
        assert 0 < ran[0] <= runs <= ran[1], (runs, ran)
        assert parse(figures[("agents", "support-agent", "calls_per_run")]) > 1

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
