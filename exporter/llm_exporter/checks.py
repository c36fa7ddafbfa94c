"""Answer checks: what an answer's text says about its quality, measured where the text is.

The proxy and the SDK wrappers run them on every answer (``client.check`` for code that uses
``track()`` with another SDK) and send only the results, ``{check: "pass" | "fail"}``, in
the call's event; the text never leaves the process for this. Standard library only, but for
``jsonschema_rs``, imported when a request gives a schema.

Built in (each can be switched off):

- ``refusal``: the answer's first sentences decline the request: an apology or regret, a
  negation with ability or will, and the act asked for ("I'm sorry, but I can't assist with
  that", "I'm not able to provide…", "As an AI, I can't…", "申し訳ありませんが、お手伝いで
  きません"), by a grammar per language (``refusals.REFUSALS``), read in the normalised
  start after at most two prefaces, and by a classifier of the start's character n-grams
  (``refusal_model``) for the phrasings no row spells out; operators add whole phrases
  (``refusal_phrases``). Not refusals: a part declined and the answer given in the same
  sentence ("I can't browse the web, but here is what I know"), an apology that corrects,
  idioms ("I can't wait"), a quoted refusal.
- ``empty``: no text and no tool call, or only whitespace.
- ``truncated``: the answer stopped at the length limit (``finish_reason`` "length").
- ``hedge``: the answer contains a hedging phrase ("I think", "I'm not sure", ...;
  ``HEDGE_PHRASES``, extendable). Monitoring guides call these hallucination markers; a hedge
  is what is measured, not a detected hallucination.
- ``json``: the answer parses as JSON, when the request asked for JSON output
  (``response_format`` json_object or json_schema, the Responses API's ``text.format``,
  Anthropic's ``output_format``).
- ``json_schema``: the parsed answer is valid against the schema the request gave.
- ``tool_arguments``: each tool call names a tool the request offered and its arguments are
  JSON valid against that tool's parameters.

The operator adds ``Rule``s per prompt name: must match / must not match a regular
expression, a maximum length; each is a check of its own name.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from llm_exporter.protocol import CHECK_NAME, CHECK_RESULTS, MAX_CHECKS
from llm_exporter.refusal_model import built_in_model
from llm_exporter.refusals import built_in_refusals, normalise, trie

PASS, FAIL = CHECK_RESULTS
BUILT_IN = ("refusal", "empty", "truncated", "hedge", "json", "json_schema", "tool_arguments")
NAME = re.compile(CHECK_NAME)  # a check's name: a label value kept short

# Hedges anywhere in an answer (whole words), compared after ``normalise``.
HEDGE_PHRASES = (
    # English
    "i think", "i believe", "i'm not sure", "i am not sure", "i'm not certain",
    "i am not certain", "i'm not entirely sure", "not 100% sure", "if i recall correctly",
    "if i remember correctly", "to the best of my knowledge", "as far as i know",
    "i may be wrong", "i might be wrong", "i could be wrong", "i'm guessing", "my best guess",
    "it's possible that", "it is possible that", "i don't have access to real-time",
    "as of my last update", "as of my knowledge cutoff", "i cannot verify", "i can't verify",
    # French
    "je pense que", "je crois que", "je ne suis pas sûr", "je ne suis pas sûre",
    "il est possible que", "si je me souviens bien", "à ma connaissance",
    # German
    "ich glaube", "ich denke", "ich bin mir nicht sicher", "soweit ich weiß",
    "wenn ich mich richtig erinnere", "möglicherweise",
    # Spanish, Portuguese, Italian
    "creo que", "no estoy seguro", "no estoy segura", "si no me equivoco", "que yo sepa",
    "acho que", "não tenho certeza", "penso che", "non sono sicuro", "non sono sicura",
    # Japanese, Chinese
    "と思います", "かもしれません", "確信がありません", "我认为", "我不确定", "可能是",
)

_LEADING = re.compile(r"^[\s\"'*_#>`~\-]+")
START_CHARS = 400  # how much of the start of an answer the refusal check reads
_THREE = re.compile(r"(?:[^.!?。！？\n]*[.!?。！？\n]+){3}")  # three sentences
# An answer that opens with a quotation and goes on after it, in the same sentence
_QUOTATION = re.compile(r"[\s*_#>~\-]*[\"«„「『][^\"»“”」』\n]{1,300}[\"»“”」』][\s,;]*[^\W\d_]")


class Phrases:
    """A set of phrases found in normalised text, as whole words where a phrase starts or
    ends with a Latin letter or digit (Japanese and Chinese put no spaces between words;
    "not 100% sure" ends in a sign); a space in a phrase matches any run of white space.

    One regular expression shaped as a trie of the phrases: an alternation of 100 phrases
    costs 2.7 ms per 1k-token answer, the trie 35 µs (``bench/run.py checks``)."""

    def __init__(self, phrases: tuple[str, ...]):
        self.whole_word_start: set[str] = set()  # first characters that need a word boundary
        root: dict = {}
        for phrase in {" ".join(normalise(p).split()) for p in phrases if p.strip()}:
            node = root
            for char in phrase:
                node = node.setdefault(char, {})
            node[""] = r"(?!\w)" if phrase[-1].isalnum() and phrase[-1].isascii() else ""
            if phrase[0].isalnum() and phrase[0].isascii():
                self.whole_word_start.add(phrase[0])
        self.pattern = re.compile(trie(root) if root else r"(?!)")

    def search(self, text: str) -> bool:
        """Whether normalised ``text`` contains one of the phrases."""
        pos = 0
        while (m := self.pattern.search(text, pos)) is not None:
            start = m.start()
            if start == 0 or text[start] not in self.whole_word_start \
                    or not text[start - 1].isalnum() and text[start - 1] != "_":
                return True
            pos = start + 1  # inside a word: look again from the next character
        return False

    def starts(self, text: str) -> bool:
        """Whether normalised ``text`` starts with one of the phrases."""
        return self.pattern.match(text) is not None


@dataclass(frozen=True)
class Rule:
    """An operator's check for the answers of one prompt: its text must match ``must_match``,
    must not match ``must_not_match`` (regular expressions, searched), and be at most
    ``max_chars`` characters long (0: no limit). Each given condition must hold."""

    name: str
    must_match: str = ""
    must_not_match: str = ""
    max_chars: int = 0

    def __post_init__(self) -> None:
        if not NAME.match(self.name) or self.name in BUILT_IN:
            raise ValueError(f"check name {self.name!r}: expected lower-case letters, digits "
                             f"and _ (not a built-in check: {', '.join(BUILT_IN)})")
        for key in ("must_match", "must_not_match"):
            try:
                re.compile(getattr(self, key))
            except re.error as e:
                raise ValueError(f"check {self.name!r}: {key} is not a regular expression: "
                                 f"{e}") from e
        if self.max_chars < 0:
            raise ValueError(f"check {self.name!r}: max_chars must not be negative")


@dataclass(frozen=True)
class Expectation:
    """What a request asked of the answer's form: JSON, a schema, the tools it offered."""

    json: bool = False
    schema: dict | None = None
    tools: dict[str, dict] = field(default_factory=dict)  # tool name -> parameters schema


def expectation(request: Any) -> Expectation:
    """What a request body or SDK call's arguments ask of the answer (OpenAI chat and
    completions, the Responses API, Anthropic messages)."""
    if not isinstance(request, dict):
        return Expectation()
    wants_json, schema = False, None
    form = request.get("response_format")  # OpenAI chat completions
    if not isinstance(form, dict):
        text = request.get("text")  # the Responses API
        form = text.get("format") if isinstance(text, dict) else None
    if not isinstance(form, dict):
        config = request.get("output_config")  # Anthropic structured outputs
        form = config.get("format") if isinstance(config, dict) else None
    if not isinstance(form, dict):
        form = request.get("output_format")  # Anthropic's beta name for the same
    if isinstance(form, dict):
        kind = form.get("type")
        if kind in ("json_object", "json_schema", "json"):
            wants_json = True
        if kind == "json_schema":
            inner = form.get("json_schema")
            candidate = inner.get("schema") if isinstance(inner, dict) else form.get("schema")
            if isinstance(candidate, dict):
                schema = candidate
    tools: dict[str, dict] = {}
    offered = request.get("tools")
    for tool in offered if isinstance(offered, list) else []:
        if not isinstance(tool, dict):
            continue
        function = tool["function"] if isinstance(tool.get("function"), dict) else tool
        name = function.get("name")
        params = function.get("parameters", function.get("input_schema"))
        if isinstance(name, str) and isinstance(params, dict):
            tools[name] = params
    return Expectation(wants_json, schema, tools)


class AnswerChecks:
    """The checks to run on answers, built once (phrases compiled, validators cached)."""

    def __init__(self, *, refusal: bool = True, refusal_phrases: tuple[str, ...] = (),
                 empty: bool = True, truncated: bool = True, hedge: bool = True,
                 hedge_phrases: tuple[str, ...] = (), json_valid: bool = True,
                 json_schema: bool = True, tool_arguments: bool = True,
                 prompts: dict[str, tuple[Rule, ...]] | None = None):
        """``refusal_phrases``: whole phrases that are a refusal when an answer starts with
        one, besides the built-in grammars (``REFUSALS``); ``hedge_phrases`` are added to
        ``HEDGE_PHRASES``; ``prompts`` maps a prompt name to the operator's checks for its
        answers."""
        self.refusal = refusal
        self.empty = empty
        self.truncated = truncated
        self.hedge = hedge
        self.json_valid = json_valid
        self.json_schema = json_schema
        self.tool_arguments = tool_arguments
        self.refusals = built_in_refusals()
        self.refusal_model = built_in_model() if refusal else None  # read once per process
        self.refusal_phrases = Phrases(refusal_phrases) if refusal_phrases else None
        self.hedges = Phrases(HEDGE_PHRASES + hedge_phrases)
        self.rules = {prompt: tuple((rule, re.compile(rule.must_match) if rule.must_match
                                     else None,
                                     re.compile(rule.must_not_match) if rule.must_not_match
                                     else None) for rule in rules)
                      for prompt, rules in (prompts or {}).items()}
        for prompt, rules in self.rules.items():
            if len(rules) > MAX_CHECKS - len(BUILT_IN):
                raise ValueError(f"prompt {prompt!r}: at most {MAX_CHECKS - len(BUILT_IN)} "
                                 "checks of its own")
        self._validators: OrderedDict[str, Any] = OrderedDict()

    def run(self, text: str, *, finish_reason: str = "",
            tool_calls: list[tuple[str, str]] | None = None,
            expect: Expectation | None = None, prompt_name: str = "") -> dict[str, str]:
        """The result of each check that applies: ``{name: "pass" | "fail"}``.

        ``text`` is the answer's text, ``tool_calls`` its (tool name, JSON arguments),
        ``expect`` what the request asked for (``expectation``)."""
        results: dict[str, str] = {}
        tool_calls = tool_calls or []
        if self.empty:
            results["empty"] = FAIL if not text.strip() and not tool_calls else PASS
        if self.truncated:
            results["truncated"] = FAIL if finish_reason == "length" else PASS
        if text:
            if self.refusal:
                start = text[:START_CHARS]
                if not start.isascii() and (m := _THREE.match(start)) is not None:
                    start = start[:m.end()]  # three sentences are read at most: NFKC costs
                start = normalise(start)
                quoted = _QUOTATION.match(start) is not None  # '"I can't" is what it said'
                start = _LEADING.sub("", start).replace("*", "")
                model = self.refusal_model
                refused = not quoted and (self.refusals(start) or model is not None and not
                                          self.refusals.takes_on(start) and model(text)) or (
                    self.refusal_phrases is not None and self.refusal_phrases.starts(start))
                results["refusal"] = FAIL if refused else PASS
            if self.hedge:
                results["hedge"] = FAIL if self.hedges.search(normalise(text)) else PASS
        expect = expect or Expectation()
        if expect.json and self.json_valid and finish_reason != "length" and not tool_calls:
            try:
                value = json.loads(text)
            except (ValueError, RecursionError):
                results["json"] = FAIL
            else:
                results["json"] = PASS
                if expect.schema is not None and self.json_schema:
                    results["json_schema"] = PASS if self._valid(expect.schema, value) else FAIL
        if tool_calls and expect.tools and self.tool_arguments:
            results["tool_arguments"] = PASS if all(
                self._valid_call(expect.tools, name, arguments)
                for name, arguments in tool_calls) else FAIL
        for rule, must, must_not in self.rules.get(prompt_name, ()):
            ok = ((must is None or must.search(text) is not None)
                  and (must_not is None or must_not.search(text) is None)
                  and (not rule.max_chars or len(text) <= rule.max_chars))
            results[rule.name] = PASS if ok else FAIL
        return results

    def _valid_call(self, tools: dict[str, dict], name: str, arguments: str) -> bool:
        schema = tools.get(name)
        if schema is None:
            return False  # a tool the request did not offer
        try:
            value = json.loads(arguments) if arguments.strip() else {}
        except (ValueError, RecursionError):
            return False
        return self._valid(schema, value)

    def _valid(self, schema: dict, value: Any) -> bool:
        """``value`` against a JSON Schema (its own ``$schema`` draft, else 2020-12); a schema
        that is itself invalid, or refers to one elsewhere (nothing is fetched), counts as
        passed: the request's mistake, not the answer's.

        jsonschema-rs, not jsonschema: 2.5 µs against 1,050 µs for a 1k-token answer of 45
        objects (``bench/run.py checks``), on the event loop of the proxy."""
        import jsonschema_rs  # only when a request gives a schema: the client stays light

        key = json.dumps(schema, sort_keys=True, default=str)
        validator: Any = self._validators.get(key)  # a jsonschema_rs validator, False: invalid
        if validator is None:
            try:
                validator = jsonschema_rs.validator_for(schema, offline=True)
            except (jsonschema_rs.ValidationError, jsonschema_rs.ReferencingError,
                    ValueError):
                validator = False
            self._validators[key] = validator
            if len(self._validators) > 64:
                self._validators.popitem(last=False)
        else:
            self._validators.move_to_end(key)
        return True if validator is False else validator.is_valid(value)

_default: AnswerChecks | None = None


def default_checks() -> AnswerChecks:
    """The built-in checks with their defaults, built once and shared."""
    global _default
    if _default is None:
        _default = AnswerChecks()
    return _default
