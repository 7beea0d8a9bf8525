"""The intent classifier of the trained model: what a client notices is whether
a message they typed in their own words is understood, and that gibberish gets
the menu instead of a confident wrong turn."""
import pytest
from rasa.core.agent import Agent
from rasa.shared.nlu.training_data.loading import load_data

from bot.config import PROJECT_DIR
from bot.nlu.linear_intent_classifier import _read
from tests.conftest import MODEL


@pytest.fixture(scope="module")
def agent():
    return Agent.load(str(MODEL))


async def test_held_out_sentences_are_understood(agent):
    # tests/nlu was never trained on; `make eval` reports the full figures.
    examples = load_data(str(PROJECT_DIR / "tests" / "nlu")).intent_examples
    wrong = []
    for example in examples:
        parsed = await agent.parse_message(example.get("text"))
        ranking = [e["name"] for e in parsed["intent_ranking"] if e["name"] != "nlu_fallback"]
        if ranking[0] != example.get("intent"):
            wrong.append((example.get("text"), example.get("intent"), ranking[0]))
    assert len(wrong) / len(examples) < 0.06, wrong


@pytest.mark.parametrize("text", ["asdfgh", "lkjsdf lkj", "blå banan"])
async def test_gibberish_gets_the_menu_instead_of_a_guess(agent, text):
    assert (await agent.parse_message(text))["intent"]["name"] == "nlu_fallback"


@pytest.mark.parametrize("text, intent", [("ja", "affirm"), ("nej", "deny"), ("jag mår skit", "mood_low"),
                                          ("jag vill jobba med mina styrkor", "start_strengths")])
async def test_plain_messages_are_understood_with_confidence(agent, text, intent):
    parsed = await agent.parse_message(text)
    assert parsed["intent"]["name"] == intent
    assert parsed["intent"]["confidence"] > 0.6


def test_a_model_file_with_other_types_than_scikit_learns_is_refused(tmp_path):
    import collections

    import skops.io as sio

    path = tmp_path / "model.skops"
    sio.dump({"clf": collections.Counter(a=1)}, path)
    with pytest.raises(TypeError, match="collections.Counter"):
        _read(path)


def test_the_fast_probabilities_are_scikit_learns():
    import numpy as np
    import scipy.sparse
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    from bot.nlu.linear_intent_classifier import _Scorer

    rng = np.random.default_rng(7)

    def counts(rows, columns):
        block = scipy.sparse.random(rows, columns, density=0.1, format="csr", random_state=rng,
                                    data_rvs=lambda n: rng.integers(1, 4, n)).astype(np.float64)
        block[rows - 1] = 0  # a message with nothing the featurizer knows
        block.eliminate_zeros()
        return block

    train = [counts(300, 40), counts(300, 200)]
    weights = [TfidfTransformer(sublinear_tf=True).fit(b) for b in train]
    joined = scipy.sparse.hstack([w.transform(b) for w, b in zip(weights, train, strict=True)])
    clf = LogisticRegression(C=30, class_weight="balanced", max_iter=2000).fit(joined, rng.integers(0, 5, 300))
    new = [counts(50, 40), counts(50, 200)]
    expected = clf.predict_proba(scipy.sparse.hstack([w.transform(b) for w, b in zip(weights, new, strict=True)]))
    before = [b.copy() for b in new]
    assert np.allclose(_Scorer(weights, clf).probabilities(new), expected, rtol=1e-10, atol=1e-12)
    assert all((b != a).nnz == 0 for b, a in zip(new, before, strict=True))  # the messages keep their counts
