"""What every rule module shares: the Alert record, number formatting, common labels."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from llm_exporter.config import OVERRIDE_LABELS, AlertingConfig, parse_duration
from llm_exporter.metrics import MODEL, PROVIDER

PM = f"{PROVIDER}, {MODEL}"  # the labels every per-model rule keeps
PM_LABELS = f"{{{{ $labels.{PROVIDER} }}}}/{{{{ $labels.{MODEL} }}}}"  # for descriptions
# the longer windows every ratio alert also weighs after its own (see ``evidence``)
EVIDENCE_WINDOWS = ("1h", "2h", "6h")


@dataclass(frozen=True)
class Alert:
    """One alerting rule before it is rendered."""

    name: str
    expr: str
    severity: str
    for_: str
    summary: str
    description: str
    dashboard: str


def fmt(number: float) -> str:
    """A number as PromQL and YAML want it: no trailing .0, no exponent for common values."""
    return f"{number:.10g}"



def wilson_lower(ratio: str, calls: str, z: float) -> str:
    """PromQL for the Wilson score lower bound of a binomial ratio observed over ``calls``
    trials, ``z`` standard errors down: the ratio a rule can be confident of. Unlike the
    normal approximation it stays honest at 0 and 1 and for few calls (1 of 1 is not 100 %)."""
    z2 = fmt(z * z)
    return (f"(\n  {ratio} + {z2} / (2 * {calls})\n"
            f"  - {fmt(z)} * sqrt({ratio} * (1 - {ratio}) / {calls}"
            f" + {z2} / (4 * {calls} ^ 2))\n)\n/ (1 + {z2} / {calls})")


def significant(bad: str, total: str, seconds: float, expected: str, z: float) -> str:
    """PromQL true where the count of bad calls over ``seconds`` (``bad``, a per-second rate)
    is ``z`` standard errors over what a ratio of ``expected`` expects of the ``total`` calls:
    a one-sided Poisson score test on Anscombe's square root, 2 (sqrt(k + 3/8) - sqrt(l + 3/8)).
    Near-exact from a handful of calls on (a binomial count varies less than a Poisson one,
    so it errs to quiet): 6 bad of 10 where 5 % are expected scores 3.2, 2 of 2 scores 1.7."""
    s = fmt(seconds)
    return (f"2 * (\n  sqrt({bad} * {s} + 0.375)\n  - sqrt({expected} * {total} * {s} + 0.375)"
            f"\n)\n  > {fmt(z)}")


def usual_ratio(record: str, bad: str, total: str, over: str = "1d") -> dict:
    """The recording of a series' usual ratio for ``evidence``: hourly over the ``over`` (a
    day, or a week for the drift alerts) to an hour ago, from the 1-hour rates ``bad`` and
    ``total`` (recordings of the same labels). A ratio of the averages, each hour weighed by
    its calls, as the score test expects: the average of the hourly ratios weighs a quiet
    night hour as a busy one, and read 0.82 % for 0.91 % of a day's answers."""
    return {"record": record,
            "expr": f"avg_over_time({bad}[{over}:1h] offset 1h)\n"
                    f"  / avg_over_time({total}[{over}:1h] offset 1h)"}


def usual_or_line(usual: str, total: str, line: float) -> str:
    """What ``evidence`` expects of a series: its ``usual`` ratio (a ``usual_ratio``
    recording), at most the line, and the line itself where the series has no day of history
    (``total``: any rate of the series)."""
    return f"(clamp_max({usual}, {fmt(line)}) >= 0 or {total} * 0 + {fmt(line)})"


def evidence(ratio: Callable[[str], str], bad: Callable[[str], str],
             total: Callable[[str], str], expected: Callable[[str], str],
             windows: tuple[str, ...], line: float, z: float,
             also: Callable[[str], str] | None = None) -> str:
    """A ratio alert's condition: for any of ``windows`` (its own first, then longer ones),
    the ratio over the window is over ``line`` and ``significant`` by ``z`` against the ratio
    ``expected(w)`` (``usual_or_line``: bad, and not the series' normal). Past the first, the
    window before it is too by ``z / 2`` (the problem still goes on: one bad call at the usual
    rate does not bring back a long window's old evidence), or is too quiet to say and holds
    a bad call; and the own window is over the line (a busy series' alert ends with its own
    window), or is too quiet to say.
    A busy series fires on its own window in minutes, a quiet one on an hour or more.
    ``ratio(w)``, ``bad(w)`` and ``total(w)`` are the PromQL of each over window ``w``;
    ``also(w)``, a further condition on each window (a drift's factor over its baseline)."""
    value = fmt(line)

    def score(w: str, over: float) -> str:
        return significant(bad(w), total(w), parse_duration(w), expected(w), over)

    def quiet(w: str) -> str:
        # under one bad call expected in ``w`` at the line, at the longest window's traffic
        # (a busy series whose calls stopped is not quiet)
        return f"{total(windows[-1])} * {fmt(parse_duration(w) * line)} < 1"
    own = windows[0]
    branches = []
    for i, w in enumerate(windows):
        branch = f"{ratio(w)} > {value}\nand {score(w, z)}"
        if also is not None:
            branch += f"\nand {also(w)}"
        if i:
            before = windows[i - 1]
            branch += (f"\nand (\n  {score(before, z / 2)}\n"
                       f"  or {quiet(before)} and {bad(before)} > 0\n)"
                       f"\nand (\n  {ratio(own)} > {value}\n  or {quiet(own)}\n)")
        branches.append(branch)
    return "\nor\n".join(f"(\n{b}\n)" for b in branches)


def evidenced(bad: str, total: str, usual: str, windows: tuple[str, ...], default: float,
              threshold: str, alerting: AlertingConfig, ratio: str | None = None,
              keys: tuple[str, ...] | None = None) -> str:
    """``evidence`` over recordings, with each override of ``threshold`` in a branch of its
    own (see ``with_overrides``). ``bad`` and ``total`` name the rate recordings with ``{w}``
    for the window (``"llm:finishes:rate{w}"``), ``ratio`` a recorded ratio of them if there is
    one, ``usual`` their ``usual_ratio`` recording."""
    z = alerting.thresholds.evidence_zscore

    def build(matchers: str, line: float) -> str:
        def rate(name: str, w: str) -> str:
            return recorded(name.format(w=w), matchers)

        def ratio_of(w: str) -> str:
            if ratio is not None:
                return rate(ratio, w)
            return f"{rate(bad, w)}\n  / {rate(total, w)}"
        expected = usual_or_line(recorded(usual, matchers), rate(total, windows[-1]), line)
        return evidence(ratio_of, lambda w: rate(bad, w), lambda w: rate(total, w),
                        lambda w: expected, windows, line, z)
    return with_overrides(build, default, threshold, alerting,
                          covers=lambda matchers: recorded(total.format(w=windows[-1]), matchers),
                          keys=keys)


def or_override(alerting: AlertingConfig, threshold: str,
                keys: tuple[str, ...] | None = None) -> str:
    """" or its override" for a description, where an override sets ``threshold`` (matching
    only on ``keys``, as in ``with_overrides``)."""
    return " or its override" if any(
        getattr(o, threshold) is not None and (keys is None or set(o.match) <= set(keys))
        for o in alerting.overrides) else ""


def recorded(name: str, matchers: str) -> str:
    """A recording's selector with the extra ``matchers`` (``', model=~"o3"'``) of an
    override branch."""
    return f"{name}{{{matchers.removeprefix(', ')}}}" if matchers else name


def overridden(measure: Callable[[str], str], op: str, default: float, threshold: str,
               alerting: AlertingConfig) -> str:
    """``measure op threshold`` as one expression, with each ``alerting.overrides`` entry that
    sets ``threshold`` in a branch of its own. ``measure(matchers)`` is the PromQL of the
    measured value whose selectors carry the extra ``matchers`` (``', model=~"o3"'``)."""
    return with_overrides(lambda matchers, value: f"{measure(matchers)}\n  {op} {fmt(value)}",
                          default, threshold, alerting, covers=measure)


def with_overrides(build: Callable[[str, float], str], default: float, threshold: str,
                   alerting: AlertingConfig,
                   covers: Callable[[str], str] | None = None,
                   keys: tuple[str, ...] | None = None) -> str:
    """``build(matchers, value)`` for each override that sets ``threshold`` (its label
    matchers, its value), then for everything else with ``default``, joined with ``or``: a
    series takes the first override that matches it. ``covers(matchers)`` gives every series
    an override matches (default: what ``build`` gives, when it filters nothing out); every
    branch must carry the same labels. With ``keys``, only overrides matching on those config
    keys apply (a tenant's error ratio is not a model's)."""
    branches: list[str] = []
    taken: list[str] = []
    for o in alerting.overrides:
        value = getattr(o, threshold)
        if value is None or (keys is not None and not set(o.match) <= set(keys)):
            continue
        matchers = "".join(f", {OVERRIDE_LABELS[k]}=~{quote(v)}" for k, v in o.match.items())
        branches.append(_unless(build(matchers, value), taken))
        taken.append(covers(matchers) if covers else build(matchers, value))
    branches.append(_unless(build("", default), taken))
    if len(branches) == 1:
        return branches[0]
    return "\nor\n".join(f"(\n{b}\n)" for b in branches)


def _unless(expr: str, taken: list[str]) -> str:
    if not taken:
        return expr
    return f"({expr})\nunless (\n  " + "\n  or ".join(taken) + "\n)"


def quote(value: str) -> str:
    """A PromQL string literal."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
