"""Train the refusal classifier (``llm_exporter.refusal_model``) and write its weights.

    pip install -e '.[train]' && python tools/train_refusal_model.py   # make refusal-model

Trained on the corpora in tests/data (refusals and answers, answers that look like refusals,
ordinary answers) but the held-out ones: the EXTERNAL split of refusal_corpus_external.py,
refusal_corpus_writer_c.py (never looked at) and every other answer of ordinary_answers.py,
on which it reports precision and recall per language (tests/test_checks.py and
tests/test_refusal_model.py hold those figures). Before
writing, checks that the standard-library scorer gives scikit-learn's probabilities."""

from __future__ import annotations

import gzip
import json
import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "exporter"), str(ROOT / "tests")]

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from llm_exporter.refusal_model import MODEL_FILE, RefusalModel  # noqa: E402

from data import refusal_corpus  # noqa: E402
from data.ordinary_answers import ANSWERS  # noqa: E402
from data.ordinary_answers_e import ANSWERS as ANSWERS_E  # noqa: E402
from data.refusal_corpus_external import EXTERNAL, LANGUAGES, TUNE  # noqa: E402
from data.refusal_corpus_writer_a import CORPUS as WRITER_A  # noqa: E402
from data.refusal_corpus_writer_b import CORPUS as WRITER_B  # noqa: E402
from data.refusal_corpus_writer_c import CORPUS as WRITER_C  # noqa: E402
from data.refusal_corpus_writer_d import CORPUS as WRITER_D  # noqa: E402
from data.refusal_lookalikes import LOOKALIKES  # noqa: E402

CHARS = 200  # of an answer's start
NGRAMS = (2, 4)
# chosen by leaving each writer's corpus out in turn (the external one, A, B, D): with the
# grammar, recall 0.92 and precision 0.97 on average over the writers and languages
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
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, min_df=2,
                                 sublinear_tf=True, preprocessor=shape.text)
    features = vectorizer.fit_transform(texts)
    classifier = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    classifier.fit(features, labels)
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
    for name, corpus in (("external", EXTERNAL), ("writer C", WRITER_C)):
        for lang in LANGUAGES:
            refused = sum(map(model, corpus[lang]["refusal"]))
            flagged = sum(map(model, corpus[lang]["answer"]))
            print(f"{name} {lang}, the classifier alone: recall "
                  f"{refused / len(corpus[lang]['refusal']):.2f}, precision "
                  f"{refused / max(1, refused + flagged):.2f}")
    flagged = sum(sum(map(model, answers[1::2])) for answers in ANSWERS.values())
    print(f"ordinary answers flagged: {flagged} of {sum(len(a[1::2]) for a in ANSWERS.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
