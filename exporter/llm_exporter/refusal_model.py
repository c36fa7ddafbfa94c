"""The refusal classifier: a logistic regression over the character n-grams of an answer's
normalised start (TF-IDF: sublinear counts, l2 norm, as scikit-learn's ``char_wb``
analyzer cuts them), shipped as weights in ``refusal_model.json.gz`` and scored here with the
standard library: the grammar of ``refusals`` names the constructions it knows, this model
catches those nobody spelled out. Trained by ``tools/train_refusal_model.py`` (scikit-learn,
``pip install -e '.[train]'``), which checks that this scorer gives scikit-learn's
probabilities before it writes the file."""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from functools import cache
from pathlib import Path

from llm_exporter.refusals import normalise

MODEL_FILE = Path(__file__).with_name("refusal_model.json.gz")
_QUOTE = re.compile('["«»„「」『』]')  # normalised: curly quotes are straight


class RefusalModel:
    """Weights per n-gram; ``score(text)`` is the probability that ``text`` declines."""

    def __init__(self, *, chars: int, ngrams: tuple[int, int], threshold: float,
                 intercept: float, weights: dict[str, tuple[float, float]]):
        """``chars``: how much of an answer's start is read; ``ngrams``: the n-gram lengths
        (inclusive); ``weights``: n-gram -> (idf, coefficient); ``threshold``: the
        probability above which an answer is a refusal."""
        self.chars, self.ngrams = chars, ngrams
        self.threshold, self.intercept = threshold, intercept
        # n-gram -> (idf x coefficient, idf^2): a term's share of the dot product and norm
        # (only these are kept: 10 MiB for the shipped model's 48k n-grams)
        self._terms = {g: (idf * coef, idf * idf) for g, (idf, coef) in weights.items()}

    def __len__(self) -> int:
        return len(self._terms)

    def text(self, answer: str) -> str:
        """What the model reads of an answer: its normalised start."""
        return normalise(answer[:self.chars])

    def grams(self, text: str) -> Counter[str]:
        """How often each n-gram within a word of ``text`` occurs, each word padded with a
        space, as ``char_wb`` counts them: cut from the words joined by single spaces (an
        n-gram across two words holds a space inside, which no word's does, and only the
        count of the lone space differs: two per word)."""
        low, high = self.ngrams
        words = text.split()
        line = f" {' '.join(words)} "
        end = len(line) + 1
        grams = Counter([line[i:i + n] for n in range(low, high + 1) for i in range(end - n)])
        if low == 1:
            grams[" "] = 2 * len(words)
        return grams

    def score(self, answer: str) -> float:
        return self._probability(self.text(answer))

    def _probability(self, text: str) -> float:
        weights = self._terms
        dot = norm = 0.0
        for gram, count in self.grams(text).items():
            term = weights.get(gram)
            if term is not None:
                if count == 1:  # sublinear counts: 1 + log(count)
                    dot += term[0]
                    norm += term[1]
                else:
                    tf = 1.0 + math.log(count)
                    dot += tf * term[0]
                    norm += tf * tf * term[1]
        z = self.intercept + (dot / math.sqrt(norm) if norm else 0.0)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def __call__(self, answer: str) -> bool:
        """Whether ``answer`` declines: its start scores above the threshold and quotes
        nobody (a refusal in quotation marks is what someone else said: 2-3 % of the
        corpora's refusals quote, a fifth of the answers built to look like one)."""
        text = self.text(answer)
        return _QUOTE.search(text) is None and self._probability(text) > self.threshold

    @classmethod
    def from_json(cls, data: dict) -> RefusalModel:
        """From what ``tools/train_refusal_model.py`` writes: ``chars``, ``ngrams``,
        ``threshold``, ``intercept``, ``weights`` (n-gram -> [idf, coefficient])."""
        return cls(chars=data["chars"], ngrams=tuple(data["ngrams"]),
                   threshold=data["threshold"], intercept=data["intercept"],
                   weights={g: (w[0], w[1]) for g, w in data["weights"].items()})


@cache
def built_in_model() -> RefusalModel:
    """The shipped model, read once (~40 ms)."""
    with gzip.open(MODEL_FILE, "rt", encoding="utf-8") as f:
        return RefusalModel.from_json(json.load(f))
