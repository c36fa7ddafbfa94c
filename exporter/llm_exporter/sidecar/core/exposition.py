"""Write /metrics in the Prometheus text format or OpenMetrics (with exemplars).

The LLM families can hold tens of thousands of series. prometheus-client's ``generate_latest``
formats each sample through a Sample tuple, sorted label dicts and per-label escaping: 8-13 µs
per line here, so 100k lines block the event loop for over a second and datagrams are lost.
This writer formats a whole histogram series in one string and costs about 2 µs per series
line (measured in bench/run.py scrape). A cache of rendered label strings saved 13 % of that
but raised the memory of 14k label sets from 13.6 to 59.6 MiB, so there is none.
The output is checked against prometheus-client's writer and parsers and against
``promtool check metrics`` in the tests. The exporter's own low-cardinality metrics and the
process metrics still go through prometheus-client's ``generate_latest`` (``self_metrics``).
"""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client import CollectorRegistry
from prometheus_client import exposition as text_format
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.openmetrics import exposition as openmetrics_format
from prometheus_client.utils import floatToGoString

from llm_exporter.metrics import le_label
from llm_exporter.sidecar.core.store import Family

CHUNK_SERIES = 1000  # series per chunk; the event loop runs between chunks


def negotiate(accept: str | None) -> tuple[bool, str]:
    """(use OpenMetrics?, Content-Type) for an Accept header, as prometheus-client decides."""
    _, content_type = text_format.choose_encoder(accept or "")
    return content_type.startswith("application/openmetrics-text"), content_type


def _escape(value: str) -> str:
    if "\\" in value or '"' in value or "\n" in value:
        return value.replace("\\", r"\\").replace('"', r"\"").replace("\n", r"\n")
    return value


def _number(value: float | int) -> str:
    return str(value) if type(value) is int else floatToGoString(value)


def render(families: list[Family], openmetrics: bool) -> Iterator[str]:
    """Exposition text in chunks of CHUNK_SERIES series (no trailing # EOF)."""
    out: list[str] = []
    for fam in families:
        if not fam.samples:
            continue
        out.append(_header(fam, openmetrics))
        names = fam.metric.labels
        les = [f'le="{le_label(b)}"' for b in (*fam.metric.buckets, float("inf"))]
        for values, sample in fam.samples.items():
            labels = ",".join(
                f'{n}="{_escape(v)}"' for n, v in zip(names, values, strict=True) if v)
            if fam.metric.kind == "histogram":
                exemplars = fam.exemplars.get(values) if openmetrics else None
                out.append(_histogram(fam.metric.name, labels, sample, exemplars, les))
            else:
                suffix = "_total" if fam.metric.kind == "counter" else ""
                braced = f"{{{labels}}}" if labels else ""
                out.append(f"{fam.metric.name}{suffix}{braced} {_number(sample)}\n")
            if len(out) >= CHUNK_SERIES:
                yield "".join(out)
                out = []
    if out:
        yield "".join(out)


def _header(fam: Family, openmetrics: bool) -> str:
    name = fam.metric.name
    if fam.metric.kind == "counter" and not openmetrics:
        name += "_total"
    text = f"# HELP {name} {fam.metric.help}\n# TYPE {name} {fam.metric.kind}\n"
    if openmetrics and fam.metric.unit:
        text += f"# UNIT {name} {fam.metric.unit}\n"
    return text


def _histogram(name: str, labels: str, sample: tuple[list[int], float],
               exemplars: dict | None, les: list[str]) -> str:
    counts, total = sample
    prefix = f"{name}_bucket{{{labels}," if labels else f"{name}_bucket{{"
    braced = f"{{{labels}}}" if labels else ""
    lines = []
    cumulative = 0
    for i, le in enumerate(les):
        cumulative += counts[i]
        line = f"{prefix}{le}}} {cumulative}"
        if exemplars and i in exemplars:
            trace_id, span_id, value, ts = exemplars[i]
            ex = f'trace_id="{_escape(trace_id)}"'
            if span_id:
                ex += f',span_id="{_escape(span_id)}"'
            line += f" # {{{ex}}} {floatToGoString(value)} {ts:.3f}"
        lines.append(line)
    lines.append(f"{name}_count{braced} {cumulative}")
    lines.append(f"{name}_sum{braced} {_number(total)}")
    lines.append("")
    return "\n".join(lines)


def self_metrics(registry: CollectorRegistry, openmetrics: bool) -> str:
    """The exporter's own and the process metrics, written by prometheus-client itself."""
    if openmetrics:
        text = openmetrics_format.generate_latest(registry).decode()
        return text.removesuffix("# EOF\n")
    return text_format.generate_latest(registry).decode()


def as_metric_families(families: list[Family]) -> Iterator[Metric]:
    """The same families as prometheus-client objects: the reference that tests and the
    benchmark compare ``render`` with (``generate_latest`` over these)."""
    for fam in families:
        if not fam.samples:
            continue
        m = fam.metric
        metric: Metric  # a histogram, or a counter or gauge
        if m.kind == "histogram":
            metric = HistogramMetricFamily(m.name, m.help, labels=m.labels)
            for values, (counts, total) in fam.samples.items():
                cumulative, buckets = 0, []
                for bound, n in zip((*fam.metric.buckets, float("inf")), counts, strict=True):
                    cumulative += n
                    buckets.append((le_label(bound), cumulative))
                metric.add_metric(values, buckets, total)
        else:
            cls = CounterMetricFamily if fam.metric.kind == "counter" else GaugeMetricFamily
            metric = cls(fam.metric.name, fam.metric.help, labels=fam.metric.labels)
            for values, number in fam.samples.items():
                metric.add_metric(values, number)
        yield metric
