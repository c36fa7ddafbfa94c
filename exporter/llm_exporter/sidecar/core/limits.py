"""Cardinality limits: a cap on distinct values per label, the rest folded into ``__other__``.

A label value comes from the application, so a bug that puts a user id into ``tenant`` must not
create a million series and take Prometheus down. Each label keeps at most ``cap`` distinct
values; a value past that becomes ``__other__`` and is counted in
``llm_exporter_label_overflow_total{label}``. Values free their place when every series using
them has expired (see ``Store.expire``), which calls ``reset``.

Values inside every cap can still combine without bound (provider x model x operation x
error type alone allows 10^7), so the store also caps the label sets it holds
(``limits.label_sets``) and counts a fold past that cap under ``label="label_sets"``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from prometheus_client.core import Metric

from llm_exporter.config import LabelLimits
from llm_exporter.metrics import LABEL_OVERFLOW, family

OTHER = "__other__"
LABEL_SETS = "label_sets"  # the label value that counts folds past limits.label_sets


class LabelLimiter:
    """Admits label values up to a per-label cap."""

    def __init__(self, caps: LabelLimits):
        self.caps: dict[str, int] = dataclasses.asdict(caps)
        self.seen: dict[str, set[str]] = {label: set() for label in self.caps}
        self.overflow: dict[str, int] = dict.fromkeys(self.caps, 0)
        self.overflow[LABEL_SETS] = 0  # label sets folded past limits.label_sets

    def admit(self, label: str, value: str) -> str:
        """The value to use for ``label``: itself, or OTHER once the cap is reached."""
        seen = self.seen[label]
        if value in seen or value == "":
            return value
        if len(seen) < self.caps[label]:
            seen.add(value)
            return value
        self.overflow[label] += 1
        return OTHER

    def reset(self, label: str, live_values: Iterable[str]) -> None:
        """Keep only the values still in use, freeing room for new ones."""
        self.seen[label] = {v for v in live_values if v not in ("", OTHER)}

    def collect(self) -> Iterator[Metric]:
        """Values folded into OTHER, per label."""
        yield family(LABEL_OVERFLOW, self.overflow.items())
