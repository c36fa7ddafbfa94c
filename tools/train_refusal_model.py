"""Train the refusal classifier (``llm_exporter.refusal_model``) and write its weights.

    pip install -e '.[train]' && python tools/train_refusal_model.py   # make refusal-model

Trained on the corpora in tests/data (refusals and answers, answers that look like refusals,
ordinary answers) but the held-out ones: the EXTERNAL split of refusal_corpus_external.py,
refusal_corpus_writer_c.py (never looked at), writers E, F and G (trying them in training
cost precision on the others: docs/answer-checks.md) and every other answer of
ordinary_answers.py,
on which it reports precision and recall per language (tests/test_checks.py and
tests/test_refusal_model.py hold those figures). Before
writing, checks that the standard-library scorer gives scikit-learn's probabilities."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "exporter"), str(ROOT / "tests")]

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from llm_exporter.checks import AnswerChecks  # noqa: E402
from llm_exporter.refusal_model import MODEL_FILE, RefusalModel  # noqa: E402

from data import refusal_corpus  # noqa: E402
from data.ordinary_answers import ANSWERS  # noqa: E402
from data.ordinary_answers_e import ANSWERS as ANSWERS_E  # noqa: E402
from data.refusal_corpus_external import EXTERNAL, LANGUAGES, TUNE  # noqa: E402
from data.refusal_corpus_writer_a import CORPUS as WRITER_A  # noqa: E402
from data.refusal_corpus_writer_b import CORPUS as WRITER_B  # noqa: E402
from data.refusal_corpus_writer_c import CORPUS as WRITER_C  # noqa: E402
from data.refusal_corpus_writer_d import CORPUS as WRITER_D  # noqa: E402
from data.refusal_corpus_writer_e import CORPUS as WRITER_E  # noqa: E402
from data.refusal_corpus_writer_f import CORPUS as WRITER_F  # noqa: E402
from data.refusal_corpus_writer_g import CORPUS as WRITER_G  # noqa: E402
from data.refusal_lookalikes import LOOKALIKES  # noqa: E402

CHARS = 200  # of an answer's start
NGRAMS = (2, 4)
# chosen by leaving each writer's corpus out in turn (the external one, A, B, D; printed by
# this script): with the grammar, recall 0.92 and precision 0.97 on average
C = 100.0  # inverse regularisation
THRESHOLD = 0.6


def training_set() -> tuple[list[str], list[int], int]:
    """The answers and their labels (1: a refusal), and how many were left out as near
    copies of held-out ones."""
    labelled = []
    for split in (refusal_corpus.HELD_OUT, refusal_corpus.DEV, refusal_corpus.FRESH, TUNE,
                  WRITER_A, WRITER_B, WRITER_D):
        for lang in split.values():
            for key, label in (("refusal", 1), ("answer", 0), ("hard", 0)):
                labelled += [(text, label) for text in lang.get(key, [])]
    for answers in [*LOOKALIKES.values(), *ANSWERS_E.values(),
                    *(a[::2] for a in ANSWERS.values())]:
        labelled += [(text, 0) for text in answers]
    held_out = [t.lower() for lang in EXTERNAL.values() for t in lang["refusal"] + lang["answer"]]
    kept = [(t, label) for t, label in labelled if not near(t.lower(), held_out)]
    return [t for t, _ in kept], [label for _, label in kept], len(labelled) - len(kept)


def fit(texts: list[str], labels: list[int], shape: RefusalModel
        ) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, min_df=2,
                                 sublinear_tf=True, preprocessor=shape.text)
    classifier = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    classifier.fit(vectorizer.fit_transform(texts), labels)
    return vectorizer, classifier


def grammar_only() -> AnswerChecks:
    checks = AnswerChecks()
    checks.refusal_model = None  # the grammar (and the check's own gates) alone
    return checks


def figures(refused: Callable[[str], bool], corpus: dict) -> str:
    """Recall and precision per language, as "en .97/1.00 fr ..."."""
    out = []
    for lang in LANGUAGES:
        hit = sum(map(refused, corpus[lang]["refusal"]))
        wrong = sum(map(refused, corpus[lang]["answer"]))
        out.append(f"{lang} {hit / len(corpus[lang]['refusal']):.2f}/"
                   f"{hit / max(1, hit + wrong):.2f}")
    return " ".join(out)


def writers_left_out(shape: RefusalModel) -> None:
    """Each writer's corpus left out of training in turn, the check (grammar or the
    classifier over THRESHOLD) on it: how C and THRESHOLD were chosen."""
    grammar = grammar_only()
    writers = {"external": {lang: {k: TUNE[lang][k] + EXTERNAL[lang][k]
                                   for k in ("refusal", "answer")} for lang in LANGUAGES},
               "A": WRITER_A, "B": WRITER_B, "D": WRITER_D}
    base = [(t, label) for split in (refusal_corpus.HELD_OUT, refusal_corpus.DEV,
                                     refusal_corpus.FRESH)
            for lang in split.values()
            for key, label in (("refusal", 1), ("answer", 0), ("hard", 0))
            for t in lang.get(key, [])]
    base += [(t, 0) for answers in [*LOOKALIKES.values(), *(a[::2] for a in ANSWERS.values())]
             for t in answers]
    thresholds = (0.5, 0.6, 0.7, 0.8)
    recalls: dict[float, list[float]] = {t: [] for t in thresholds}
    precisions: dict[float, list[float]] = {t: [] for t in thresholds}
    for name, held in writers.items():
        rest = [(t, label) for other, corpus in writers.items() if other != name
                for lang in corpus.values()
                for key, label in (("refusal", 1), ("answer", 0)) for t in lang[key]]
        texts, labels = zip(*(base + rest), strict=True)
        vectorizer, classifier = fit(list(texts), list(labels), shape)
        for lang in LANGUAGES:
            scored = {key: [(grammar.run(t)["refusal"] == "fail", p) for t, p in zip(
                held[lang][key],
                classifier.predict_proba(vectorizer.transform(held[lang][key]))[:, 1],
                strict=True)] for key in ("refusal", "answer")}
            for threshold in thresholds:
                hit, wrong = (sum(g or p > threshold for g, p in scored[key])
                              for key in ("refusal", "answer"))
                recalls[threshold].append(hit / len(scored["refusal"]))
                precisions[threshold].append(hit / max(1, hit + wrong))
    for threshold in thresholds:
        r, p = recalls[threshold], precisions[threshold]
        print(f"each writer left out in turn, grammar or classifier over {threshold}: recall "
              f"{sum(r) / len(r):.2f}, precision {sum(p) / len(p):.2f} on average "
              f"(recall {min(r):.2f}, precision {min(p):.2f} at worst)")


def near(text: str, others: list[str]) -> bool:
    """Whether ``text`` is a near copy of one of ``others`` (difflib's ratio over 0.6: the
    same sentence reworded): the look-alikes were asked for by examples taken from the
    held-out set, and came back close to some."""
    matcher = SequenceMatcher(None, b=text)
    for other in others:
        matcher.set_seq1(other)
        if matcher.real_quick_ratio() > 0.6 and matcher.quick_ratio() > 0.6 \
                and matcher.ratio() > 0.6:
            return True
    return False


def main() -> int:
    texts, labels, dropped = training_set()
    shape = RefusalModel(chars=CHARS, ngrams=NGRAMS, threshold=THRESHOLD, intercept=0.0,
                         weights={})  # what it reads of an answer
    vectorizer, classifier = fit(texts, labels, shape)
    features = vectorizer.transform(texts)
    shipped = {"chars": CHARS, "ngrams": list(NGRAMS), "threshold": THRESHOLD,
               "intercept": round(float(classifier.intercept_[0]), 6),
               "weights": {gram: [round(float(vectorizer.idf_[i]), 5),
                                  round(float(classifier.coef_[0][i]), 5)]
                           for gram, i in sorted(vectorizer.vocabulary_.items())}}
    model = RefusalModel.from_json(shipped)
    expected = classifier.predict_proba(features)[:, 1]
    worst = max(abs(model.score(t) - p) for t, p in zip(texts, expected, strict=True))
    if worst > 1e-3:
        print(f"the scorer differs from scikit-learn by {worst:.2g}", file=sys.stderr)
        return 1
    text = json.dumps(shipped, ensure_ascii=False, separators=(",", ":"))
    MODEL_FILE.write_bytes(gzip.compress(text.encode(), 9, mtime=0))  # the same bytes again
    print(f"{len(texts)} answers ({dropped} near copies of held-out ones left out), "
          f"{len(model)} n-grams, scorer within {worst:.1g} of "
          f"scikit-learn; {MODEL_FILE.stat().st_size / 1024:.0f} KiB")
    grammar, check = grammar_only(), AnswerChecks()  # the check reads the file just written
    for name, corpus in (("external", EXTERNAL), ("writer C", WRITER_C),
                         ("writer E", WRITER_E), ("writer F", WRITER_F), ("writer G", WRITER_G)):
        print(f"{name}, recall/precision: the classifier alone  {figures(model, corpus)}")
        print(f"{name}, recall/precision: the grammar alone     "
              f"{figures(lambda t: grammar.run(t)['refusal'] == 'fail', corpus)}")
        print(f"{name}, recall/precision: the check (either)    "
              f"{figures(lambda t: check.run(t)['refusal'] == 'fail', corpus)}")
    flagged = sum(sum(map(model, answers[1::2])) for answers in ANSWERS.values())
    print(f"ordinary answers flagged: {flagged} of {sum(len(a[1::2]) for a in ANSWERS.values())}")
    writers_left_out(shape)
    return 0


if __name__ == "__main__":
    sys.exit(main())
