"""A crisis / not-crisis model beside the patterns: it catches the wordings no
pattern list has ("har gjort i ordning allt och skrivit till mamma"), and it
sees what the patterns found and why they did not count (negated, past, a
film...), so the two decide together.

Logistic regression over hashed, tf-idf weighted word 1-2-grams and character
2-5-grams of the folded text, plus one feature per (signal kind, reason) the
patterns report. Its scores are calibrated (Platt scaling on out-of-fold
scores), so a threshold reads as a probability. Hashing needs no vocabulary,
and the model is saved as plain NumPy arrays (no pickle: loading cannot run
code)."""
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import scipy.sparse

from bot.safety.crisis import findings_in
from bot.safety.text import fold

N_FEATURES = 2**18
KINDS = ("self", "other", "danger", "unclear")
REASONS = (None, "negated", "stopped", "past", "topic", "everyday", "game", "joke", "mundane", "someone else", "habit", "plan")
PATTERN_FEATURES = len(KINDS) * len(REASONS)


def _vectorizers():
    from sklearn.feature_extraction.text import HashingVectorizer

    common = dict(n_features=N_FEATURES, alternate_sign=False, norm=None, lowercase=False)
    return (HashingVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"\b\w+\b", **common),
            HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), **common))


def pattern_features(texts: Sequence[str]) -> scipy.sparse.csr_matrix:
    rows, cols = [], []
    for row, text in enumerate(texts):
        for finding in {(f.kind, f.reason) for f in findings_in(text)}:
            rows.append(row)
            cols.append(KINDS.index(finding[0]) * len(REASONS) + REASONS.index(finding[1]))
    return scipy.sparse.csr_matrix((np.ones(len(rows)), (rows, cols)),
                                   shape=(len(texts), PATTERN_FEATURES))


def raw_blocks(texts: Sequence[str]) -> list[scipy.sparse.csr_matrix]:
    folded = [fold(t) for t in texts]
    words, chars = _vectorizers()
    return [words.transform(folded).tocsr(), chars.transform(folded).tocsr(), pattern_features(texts)]


def _weigh(block: scipy.sparse.csr_matrix, idf: np.ndarray) -> scipy.sparse.csr_matrix:
    """Sublinear tf-idf, scaled to unit length per message."""
    x = block.astype(np.float64)
    x.sum_duplicates()
    x.eliminate_zeros()
    np.log(x.data, out=x.data)
    x.data += 1
    x.data *= idf[x.indices]
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    norms[norms == 0] = 1
    return scipy.sparse.diags(1 / norms) @ x


def _idf(block: scipy.sparse.csr_matrix) -> np.ndarray:
    df = np.bincount(block.indices, minlength=block.shape[1])
    n = block.shape[0]
    return np.log((1 + n) / (1 + df)) + 1


def features(blocks: list[scipy.sparse.csr_matrix], idfs: list[np.ndarray]) -> scipy.sparse.csr_matrix:
    return scipy.sparse.hstack([_weigh(b, idf) for b, idf in zip(blocks, idfs, strict=True)]).tocsr()


@dataclass
class CrisisModel:
    idfs: list[np.ndarray]
    coef: np.ndarray
    intercept: float
    platt: tuple[float, float]  # p = 1 / (1 + exp(-(a * score + b)))

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        return features(raw_blocks(texts), self.idfs) @ self.coef + self.intercept

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        a, b = self.platt
        return 1 / (1 + np.exp(-(a * self.scores(texts) + b)))

    def probability(self, text: str) -> float:
        return float(self.probabilities([text])[0])

    def save(self, path: Path) -> None:
        idfs = {f"idf_{i}": idf for i, idf in enumerate(self.idfs)}
        np.savez(path, coef=self.coef, intercept=np.array([self.intercept]), platt=np.array(self.platt), **idfs)

    @classmethod
    def load(cls, path: Path) -> "CrisisModel":
        with np.load(path, allow_pickle=False) as saved:
            idfs = [saved[f"idf_{i}"] for i in range(len(saved.files) - 3)]
            return cls(idfs, saved["coef"], float(saved["intercept"][0]), tuple(saved["platt"]))


def _fit_lr(x, y, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=42).fit(x, y)


def out_of_fold_scores(texts: Sequence[str], labels: Sequence[int], c: float, folds: int = 5) -> np.ndarray:
    """Each example's score from a model trained without it."""
    from sklearn.model_selection import StratifiedKFold

    blocks = raw_blocks(texts)
    y = np.asarray(labels)
    scores = np.zeros(len(y))
    for train, test in StratifiedKFold(folds, shuffle=True, random_state=42).split(np.zeros(len(y)), y):
        train_blocks = [b[train] for b in blocks]
        idfs = [_idf(b) for b in train_blocks]
        clf = _fit_lr(features(train_blocks, idfs), y[train], c)
        scores[test] = clf.decision_function(features([b[test] for b in blocks], idfs))
    return scores


def _platt(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    from sklearn.linear_model import LogisticRegression

    fit = LogisticRegression(C=1e6, max_iter=1000).fit(scores.reshape(-1, 1), labels)
    return float(fit.coef_[0, 0]), float(fit.intercept_[0])


def train(texts: Sequence[str], labels: Sequence[int], c: float, folds: int = 5) -> CrisisModel:
    """labels: 1 for a crisis (own or from another person), 0 for none."""
    y = np.asarray(labels)
    platt = _platt(out_of_fold_scores(texts, y, c, folds), y)
    blocks = raw_blocks(texts)
    idfs = [_idf(b) for b in blocks]
    clf = _fit_lr(features(blocks, idfs), y, c)
    return CrisisModel(idfs, clf.coef_[0].copy(), float(clf.intercept_[0]), platt)
