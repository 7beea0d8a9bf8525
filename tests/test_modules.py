"""The module registry (bot/modules.py) agrees with the domain: every module
that asks questions has its form, every form belongs to a module, and what
the ombud and the client see of each shareable module is written down."""
from bot import modules


def test_every_module_that_keeps_answers_has_its_form_in_the_domain():
    for module in modules.MODULES:
        if "answers" in module.kept_in:
            assert modules.question_order(module.key), f"no {module.key}_form in domain/"


def test_every_form_in_the_domain_belongs_to_a_module():
    parts_of_dreams = {"goal_form", "step_form"}  # the goal and its steps are kept with the dreams
    for form in modules._forms():
        assert form in parts_of_dreams or form.removesuffix("_form") in modules.BY_KEY, form


def test_each_shareable_module_says_what_the_ombud_sees():
    for module in modules.SHAREABLE.values():
        assert module.share_title and module.ombud_sees


def test_answers_come_in_the_order_the_form_asks_them():
    stored = {"strengths_proud": "7", "strengths_coping": "2", "strengths_drive": "1", "gone_question": "?"}
    assert modules.in_asked_order("strengths", stored) == ["1", "2", "7", "?"]


def test_every_menu_button_starts_something_the_domain_knows():
    import yaml

    intents = {intent for path in modules.DOMAIN_DIR.glob("*.yml")
               for intent in (yaml.safe_load(path.read_text()).get("intents") or [])}
    for button in modules.menu_buttons():
        assert button["payload"].removeprefix("/") in intents, button


def test_a_start_request_mid_form_is_known_for_every_module_in_the_menu():
    from actions.common import COMMANDS

    for module in modules.MODULES:
        if module.menu_title:
            assert module.start_intent in COMMANDS and module.what_starting, module.key
