"""The intent classifier of the trained model: what a client notices is whether
a message they typed in their own words is understood, and that gibberish gets
the menu instead of a confident wrong turn."""
import pytest
from rasa.core.agent import Agent
from rasa.shared.nlu.training_data.loading import load_data

from bot.config import PROJECT_DIR
from bot.nlu.linear_intent_classifier import InvalidModelFile, LinearIntentClassifier, LinearModel
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
    # both end with the menu (data/rules/core.yml): "I can't help with that" is no wrong turn
    assert (await agent.parse_message(text))["intent"]["name"] in ("nlu_fallback", "out_of_scope")


@pytest.mark.parametrize("text", ["", " ", "?!"])
async def test_a_message_with_no_words_gets_the_menu(agent, text):
    assert (await agent.parse_message(text))["intent"]["name"] == "nlu_fallback"


def test_without_training_data_every_message_gets_no_intent_instead_of_an_error():
    from rasa.shared.nlu.training_data.message import Message

    untrained = LinearIntentClassifier({}, model_storage=None, resource=None)
    [message] = untrained.process([Message(data={"text": "hej"})])
    assert message.get("intent") == {"name": None, "confidence": 0.0}
    assert message.get("intent_ranking") == []


@pytest.mark.parametrize("text, intent", [("ja", "affirm"), ("nej", "deny"), ("jag mår skit", "mood_low"),
                                          ("jag vill jobba med mina styrkor", "start_strengths")])
async def test_plain_messages_are_understood_with_confidence(agent, text, intent):
    parsed = await agent.parse_message(text)
    assert parsed["intent"]["name"] == intent
    assert parsed["intent"]["confidence"] > 0.6


def test_a_model_file_cannot_make_the_server_run_code(tmp_path):
    import numpy as np

    path = tmp_path / "linear_intents.npz"
    np.savez(path, intents=np.array(["greet", "deny"], dtype=object), coef=np.zeros((2, 1)),
             intercept=np.zeros(2), idf_0=np.ones(1))  # an object array needs pickle to load
    with pytest.raises(InvalidModelFile, match="pickle"):
        LinearModel.load(path)


def test_a_broken_model_file_stops_the_server_from_loading_instead_of_failing_every_message(tmp_path):
    import numpy as np
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    storage, resource = LocalModelStorage(tmp_path), Resource("linear")
    with storage.write_to(resource) as model_dir:
        np.savez(model_dir / "linear_intents.npz", intents=np.array(["greet", "deny"]), coef=np.zeros((2, 3)),
                 intercept=np.zeros(2), idf_0=np.ones(1))  # the weights do not fit the idf
    with pytest.raises(InvalidModelFile):
        LinearIntentClassifier.load({}, storage, resource, execution_context=None)


@pytest.mark.parametrize("intents", [2, 5])  # two is scikit-learn's binary model
def test_the_probabilities_are_scikit_learns_and_survive_saving(tmp_path, intents):
    import numpy as np
    import scipy.sparse
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

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
    clf = LogisticRegression(C=30, class_weight="balanced", max_iter=2000).fit(joined, rng.integers(0, intents, 300))
    new = [counts(50, 40), counts(50, 200)]
    expected = clf.predict_proba(scipy.sparse.hstack([w.transform(b) for w, b in zip(weights, new, strict=True)]))
    before = [b.copy() for b in new]
    model = LinearModel.from_sklearn(weights, clf)
    assert np.allclose(model.probabilities(new), expected, rtol=1e-10, atol=1e-12)
    path = tmp_path / "linear_intents.npz"
    model.save(path)
    assert np.array_equal(LinearModel.load(path).probabilities(new), model.probabilities(new))
    assert all((b != a).nnz == 0 for b, a in zip(new, before, strict=True))  # the messages keep their counts
