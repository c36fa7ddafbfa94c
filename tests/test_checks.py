"""Answer checks on a corpus of answers as models write them, and each check's switches."""

import pytest

from llm_exporter.checks import (
    BUILT_IN,
    AnswerChecks,
    Expectation,
    Rule,
    default_checks,
    expectation,
    normalise,
)
from llm_exporter.content import AnswerText
from llm_exporter.refusals import REFUSALS, Grammar, Refusals

from data.answer_corpus import CORPUS, JSON_SCHEMA, ON_REQUEST, PERSON, WEATHER
from data.ordinary_answers import ANSWERS as ORDINARY
from data.refusal_corpus import DEV, FRESH, HELD_OUT, LANGUAGES
from data.refusal_corpus_external import EXTERNAL, TUNE
from data.refusal_corpus_writer_c import CORPUS as WRITER_C
from data.refusal_corpus_writer_e import CORPUS as WRITER_E
from data.refusal_corpus_writer_f import CORPUS as WRITER_F
from data.refusal_corpus_writer_g import CORPUS as WRITER_G


@pytest.mark.parametrize("text, finish, request_, tools, expected", CORPUS,
                         ids=[f"{i}-{c[0][:30]}" for i, c in enumerate(CORPUS)])
def test_corpus(text, finish, request_, tools, expected):
    results = default_checks().run(text, finish_reason=finish, tool_calls=tools,
                                   expect=expectation(request_))
    for check, result in expected.items():
        assert results.get(check) == result, (check, results)
    for check in ON_REQUEST:
        if check not in expected:
            assert check not in results, (check, results)
    assert set(results.values()) <= {"pass", "fail"}


def test_refusal_is_read_at_the_start_only():
    checks = default_checks()
    refusal = "I can't help with that."
    assert checks.run(refusal)["refusal"] == "fail"
    assert checks.run("Happy to help! " + refusal)["refusal"] == "pass"
    assert checks.run("x" * 300 + refusal)["refusal"] == "pass"


def refused(text: str) -> bool:
    return default_checks().run(text)["refusal"] == "fail"


def figures(corpus: dict[str, list[str]]) -> tuple[float, float]:
    """Precision and recall of the refusal check on one language of a corpus: refusals
    against answers and hard negatives."""
    caught = sum(map(refused, corpus["refusal"]))
    wrong = sum(map(refused, corpus.get("answer", []) + corpus.get("hard", [])))
    return caught / max(1, caught + wrong), caught / len(corpus["refusal"])


@pytest.mark.parametrize("split", ["held_out", "dev", "fresh"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_refusals_are_found_per_language(split, lang):
    """At least 0.95 recall and 0.95 precision per language on each split of the corpus
    (docs/answer-checks.md gives the figures): a matcher that regresses fails here."""
    corpus = {"held_out": HELD_OUT, "dev": DEV, "fresh": FRESH}[split][lang]
    precision, recall = figures(corpus)
    missed = [t for t in corpus["refusal"] if not refused(t)]
    flagged = [t for t in corpus.get("answer", []) + corpus["hard"] if refused(t)]
    assert recall >= 0.95, missed
    assert precision >= 0.95, flagged


def test_the_corpus_is_large_enough_to_mean_something():
    for lang in LANGUAGES:
        assert len(HELD_OUT[lang]["refusal"]) >= 40
        assert len(HELD_OUT[lang]["answer"]) + len(HELD_OUT[lang]["hard"]) >= 40
        assert len(HELD_OUT[lang]["hard"]) >= 20


@pytest.mark.parametrize("text", [t for split in (HELD_OUT, DEV, FRESH) for lang in LANGUAGES
                                  for t in split[lang]["hard"]])
def test_hard_negatives_are_never_refusals(text):
    """Apologies that correct, idioms ("I can't wait"), "Unfortunately, <a fact>", a part
    declined and the answer given, quoted refusals: none is a refusal."""
    assert not refused(text)


@pytest.mark.parametrize("text, expected", [
    ("Thanks for asking. Unfortunately, I can't help with that.", True),  # a preface
    ("I understand you're upset, but I can't help you get into their account.", True),
    ("While I get the curiosity, I'm not able to explain how to pick that lock.", True),
    ("Thanks for your patience: I can't help with that.", True),  # speaks to the user
    ("The agent replied: I can't help with the login, try later.", False),  # a report
    ("Happy to help! I can't help with that.", False),  # took the task on first
    ("Sure! I can't promise it's optimal, but this works.", False),
    ("The crash is in parse(). I can't give you the exact line without symbols.", False),
    ("Your note was kind. I read it twice. It moved me. Still, I'm not able to write that "
     "letter.", True),  # past the grammar's two prefaces, but the classifier reads on
    ("\"I can't help with that\" is what the bot said; rephrase the prompt.", False),
    ("\"I can't help with that.\"", True),  # the whole answer in quotes
    ("I can't help with that, but here are some resources: 988.", True),  # the request
    ("I can't write the whole essay, but here's an outline:", False),  # a part, then help
    ("As an AI, I don't have opinions, but here are the main arguments:", False),
    ("I'm afraid that's not possible.", True),
    ("That's not possible with the free plan.", False),
])
def test_refusal_structure(text, expected):
    assert refused(text) is expected


def test_a_new_language_is_rows_not_code():
    esperanto = Grammar(cue=("ne ",), opener=(r"bedaŭrinde",), neg=(r"mi ne (?:povas|volas)",),
                        gap=(r" (?:vere )?",), act=(r"helpi",), strong=("{neg}{gap}{act}",))
    refusals = Refusals({"eo": esperanto})
    assert refusals(normalise("Bedaŭrinde, mi ne povas helpi pri tio."))
    assert not refusals(normalise("Mi ne povas atendi! Jen la respondo."))
    assert set(REFUSALS) >= set(LANGUAGES)


def test_phrases_are_extended_not_replaced():
    checks = AnswerChecks(refusal_phrases=("Computer says no",), hedge_phrases=("Probably",))
    assert checks.run("computer says NO.")["refusal"] == "fail"
    assert checks.run("I can't help with that.")["refusal"] == "fail"  # the defaults stay
    assert checks.run("It is probably fine.")["hedge"] == "fail"
    assert checks.run("I think so.")["hedge"] == "fail"


def test_each_check_can_be_switched_off():
    off = AnswerChecks(refusal=False, empty=False, truncated=False, hedge=False,
                       json_valid=False, json_schema=False, tool_arguments=False)
    assert off.run("I think I can't help with", finish_reason="length",
                   tool_calls=[("nope", "{")],
                   expect=Expectation(True, PERSON, {"f": WEATHER})) == {}
    only_json = AnswerChecks(json_schema=False)
    results = only_json.run('{"name": 1}', expect=expectation(JSON_SCHEMA))
    assert results["json"] == "pass" and "json_schema" not in results


def test_operator_rules_apply_to_their_prompt_only():
    checks = AnswerChecks(prompts={"support-answer": (
        Rule("cites_source", must_match=r"\[\d+\]"),
        Rule("no_links", must_not_match=r"https?://"),
        Rule("short", max_chars=40))})
    good = checks.run("See the guide [1].", prompt_name="support-answer")
    assert {k: good[k] for k in ("cites_source", "no_links", "short")} == \
        {"cites_source": "pass", "no_links": "pass", "short": "pass"}
    bad = checks.run("See https://example.com for everything you need to know.",
                     prompt_name="support-answer")
    assert {k: bad[k] for k in ("cites_source", "no_links", "short")} == \
        {"cites_source": "fail", "no_links": "fail", "short": "fail"}
    assert "cites_source" not in checks.run("See the guide.", prompt_name="other")


@pytest.mark.parametrize("rule, message", [
    (dict(name="Refusal"), "lower-case"),
    (dict(name="refusal"), "built-in"),
    (dict(name="ok", must_match="("), "not a regular expression"),
    (dict(name="ok", max_chars=-1), "negative"),
])
def test_bad_rules_are_refused_with_a_reason(rule, message):
    with pytest.raises(ValueError, match=message):
        Rule(**rule)


def test_an_invalid_schema_is_the_requests_mistake_not_the_answers():
    bad_schema = {"type": "object", "properties": {"a": {"type": 12}}}
    results = default_checks().run('{"a": 1}', expect=Expectation(True, bad_schema))
    assert results["json_schema"] == "pass"


def test_a_remote_ref_is_never_fetched():
    schema = {"$ref": "http://127.0.0.1:9/schema.json"}
    assert default_checks().run('{"a": 1}', expect=Expectation(True, schema))[
        "json_schema"] == "pass"


def test_validators_are_cached_and_bounded():
    checks = AnswerChecks()
    for i in range(100):
        checks.run("{}", expect=Expectation(True, {"type": "object", "title": str(i)}))
    assert len(checks._validators) == 64


def test_expectation_reads_each_wire_format():
    assert expectation({"response_format": {"type": "json_object"}}) == Expectation(True)
    assert expectation(JSON_SCHEMA).schema == PERSON
    assert expectation({"text": {"format": {"type": "json_schema", "schema": PERSON}}}) \
        .schema == PERSON
    assert expectation({"output_format": {"type": "json_schema", "schema": PERSON}}).json
    assert expectation({"output_config": {"format": {"type": "json_schema", "schema": PERSON}}}
                       ).schema == PERSON
    assert expectation({"response_format": {"type": "text"}}) == Expectation()
    tools = expectation({"tools": [{"type": "function", "name": "f", "parameters": WEATHER},
                                   {"name": "g", "input_schema": WEATHER},
                                   {"type": "web_search"}, "junk"]}).tools
    assert tools == {"f": WEATHER, "g": WEATHER}
    for junk in (None, [], {"response_format": "json"}, {"tools": "all"}):
        assert expectation(junk) == Expectation()


def test_answer_text_keeps_text_and_tool_calls_apart():
    whole = AnswerText()
    whole.response({"choices": [{"message": {"content": "On it.", "tool_calls": [
        {"function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'}}]}}]})
    assert whole.text() == "On it."
    assert whole.tool_calls() == [("get_weather", '{"city": "Oslo"}')]
    streamed = AnswerText()  # Anthropic: a text block, then a tool_use block in parts
    for data in ({"type": "content_block_delta", "index": 0,
                  "delta": {"type": "text_delta", "text": "Checking"}},
                 {"type": "content_block_start", "index": 1,
                  "content_block": {"type": "tool_use", "name": "get_weather", "input": {}}},
                 {"type": "content_block_delta", "index": 1,
                  "delta": {"type": "input_json_delta", "partial_json": '{"city": '}},
                 {"type": "content_block_delta", "index": 1,
                  "delta": {"type": "input_json_delta", "partial_json": '"Lima"}'}}):
        streamed.stream_event(data)
    assert streamed.text() == "Checking"
    assert streamed.tool_calls() == [("get_weather", '{"city": "Lima"}')]
    responses = AnswerText()  # the Responses API streams a function call by output index
    for data in ({"type": "response.output_item.added", "output_index": 0,
                  "item": {"type": "function_call", "name": "f", "arguments": ""}},
                 {"type": "response.function_call_arguments.delta", "output_index": 0,
                  "delta": '{"a": 1}'},
                 {"type": "response.output_text.delta", "output_index": 1, "delta": "ok"}):
        responses.stream_event(data)
    assert responses.tool_calls() == [("f", '{"a": 1}')] and responses.text() == "ok"
    refused = AnswerText()  # OpenAI's structured refusal is the answer's text
    refused.response({"choices": [{"message": {"content": None,
                                                "refusal": "I can't help with that."}}]})
    assert default_checks().run(refused.text())["refusal"] == "fail"


def test_built_in_names_are_valid_check_names():
    from llm_exporter.checks import NAME

    assert all(NAME.match(name) for name in BUILT_IN)


# Held out from the refusal classifier's training (tools/train_refusal_model.py), per
# language: the external set's second split, written by another hand (the grammar alone:
# recall 0.50-0.87), and writer C's corpus of deployed assistants, never looked at while
# building either (the grammar alone: 0.25-0.47). docs/answer-checks.md ("How refusals are
# found") gives the figures; these are floors, so that a change that loses ground fails.
EXTERNAL_RECALL = dict.fromkeys(LANGUAGES, 0.95)
WRITER_C_RECALL = {"en": 0.8, "fr": 0.7, "de": 0.85, "es": 0.75, "pt": 0.8, "ja": 0.85,
                   "zh": 0.8}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_refusals_written_by_another_hand(lang):
    tuned = figures(TUNE[lang])
    assert tuned >= (0.95, 0.95), tuned
    precision, recall = figures(EXTERNAL[lang])
    assert recall >= EXTERNAL_RECALL[lang] and precision >= 0.9, (precision, recall)
    precision, recall = figures(WRITER_C[lang])
    assert recall >= WRITER_C_RECALL[lang] and precision >= 0.95, (precision, recall)


# Three more writers, each shown none of the other corpora, none of them trained on: E
# assistants deployed in products, F the house styles of the model families, G refusals
# without "can't" or "sorry" and answers with them. (recall floor per language, precision
# floor); what the check measured is in docs/answer-checks.md.
MORE_WRITERS = {
    "E": (WRITER_E, {"en": 0.85, "fr": 0.9, "de": 0.85, "es": 0.65, "pt": 0.7, "ja": 0.85,
                     "zh": 0.8}, 0.95),
    "F": (WRITER_F, {"en": 0.9, "fr": 0.9, "de": 0.9, "es": 0.9, "pt": 0.9, "ja": 0.8,
                     "zh": 0.9}, 0.85),
    "G": (WRITER_G, {"en": 0.85, "fr": 0.85, "de": 0.8, "es": 0.75, "pt": 0.7, "ja": 0.75,
                     "zh": 0.75}, 0.85),
}


@pytest.mark.parametrize("writer", sorted(MORE_WRITERS))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_refusals_of_writers_never_trained_on(writer, lang):
    corpus, recall_floor, precision_floor = MORE_WRITERS[writer]
    precision, recall = figures(corpus[lang])
    assert recall >= recall_floor[lang] and precision >= precision_floor, (precision, recall)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ordinary_answers_are_not_refusals(lang):
    """Letters, stories, confirmations, code, recipes... (the held-out half): most answers
    are these, so that one in a hundred flagged would outnumber the refusals."""
    flagged = [text for text in ORDINARY[lang][1::2] if refused(text)]
    assert not flagged, flagged
