"""The refusal classifier's scorer and the weights the package ships."""

import math

import pytest

from llm_exporter.refusal_model import MODEL_FILE, RefusalModel, built_in_model

from data.ordinary_answers import ANSWERS
from data.refusal_corpus_external import EXTERNAL, LANGUAGES


def test_grams_are_cut_within_words_padded_with_a_space():
    model = RefusalModel(chars=200, ngrams=(1, 3), threshold=0.5, intercept=0.0, weights={})
    grams = model.grams("ab  c")
    # " ab ": " ", "a", "b", " " | " a", "ab", "b " | " ab", "ab " ; " c ": " ", "c", " " |
    # " c", "c " | " c " ; across words: "b c" (3), never one of a word's
    assert {g: k for g, k in grams.items() if g != "b c"} == {
        " ": 4, "a": 1, "b": 1, "c": 1, " a": 1, "ab": 1, "b ": 1, " c": 1, "c ": 1,
        " ab": 1, "ab ": 1, " c ": 1}


def test_a_score_is_the_logistic_of_the_normalised_tf_idf_dot_product():
    model = RefusalModel(chars=200, ngrams=(2, 2), threshold=0.5, intercept=-1.0,
                         weights={" n": (2.0, 3.0), "no": (1.0, -1.0), "o ": (0.5, 0.0)})
    # "no no": " n" x2, "no" x2, "o " x2 -> tf 1 + ln 2 each
    tf = 1 + math.log(2)
    values = {" n": tf * 2.0, "no": tf * 1.0, "o ": tf * 0.5}
    z = -1.0 + (values[" n"] * 3.0 - values["no"]) / math.sqrt(
        sum(v * v for v in values.values()))
    assert model.score("No NO") == pytest.approx(1 / (1 + math.exp(-z)))
    assert model.score("") == pytest.approx(1 / (1 + math.exp(1.0)))  # the intercept alone
    assert model.score("zzz") == model.score("")  # no known n-gram


def test_only_the_start_is_read():
    model = built_in_model()
    refusal = "I can't help with that."
    assert model(refusal)
    assert not model("x " * 100 + refusal)


@pytest.mark.parametrize("text", ["", " ", "\0" * 10, "\ud800", "😀" * 500, "a" * 10**6,
                                  "\u3000\u200b\ufeff", "١٢٣ لا أستطيع"])
def test_any_text_gets_a_probability(text):
    assert 0.0 <= built_in_model().score(text) <= 1.0


def test_the_shipped_weights_are_read_whole_and_are_small():
    import gzip
    import json

    with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as f:
        data = json.load(f)
    model = built_in_model()
    assert len(model) == len(data["weights"]) > 10_000
    assert 0.5 <= model.threshold < 1 and model.chars <= 400
    assert MODEL_FILE.stat().st_size < 512 << 10


# Held out from training (tools/train_refusal_model.py): the external corpus's EXTERNAL
# split and every other ordinary answer. The classifier alone, as `make refusal-model`
# prints it; the check (grammar or classifier) in tests/test_checks.py
ALONE_RECALL = {"en": 0.95, "fr": 0.95, "de": 0.95, "es": 0.95, "pt": 0.9, "ja": 0.95,
                "zh": 0.9}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_held_out_figures_alone(lang):
    model = built_in_model()
    caught = sum(map(model, EXTERNAL[lang]["refusal"]))
    wrong = sum(map(model, EXTERNAL[lang]["answer"]))
    assert caught / len(EXTERNAL[lang]["refusal"]) >= ALONE_RECALL[lang]
    assert caught / (caught + wrong) >= 0.9
    assert not any(map(model, ANSWERS[lang][1::2]))
