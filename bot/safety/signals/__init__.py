"""What a crisis message says, as Swedish patterns on folded text (see
text.fold: no å/ä/ö, lower case). Each signal names its kind:

- self: the writer's own suicidal thoughts, plans, self-harm, overdose,
  means at hand, a dangerous place, farewell or preparation;
- other: someone else's suicidal intent, told by the writer (a friend, a group
  member) — a crisis when it is happening now;
- danger: violence or threats from another person against the writer;
- unclear: exhaustion or hopelessness that may or may not be a crisis.

`acute` signals are about this moment by their nature (means in the hand,
standing on the bridge, pills already taken): a habitual "när jag mår dåligt"
frame does not soften them. `negative` signals carry their own negation
("vill inte leva"), so a "inte" inside them is not a denial.

Whether a signal counts is decided in crisis.py, from its clause: negation,
past, topic (a film, a lesson, the group), everyday accidents, games, jokes.
"""
from bot.safety.signals import danger, farewell, moment, others, self_harm, thoughts, unclear
from bot.safety.signals.figures import FIGURES, FIGURES_OF_DEATH
from bot.safety.signals.words import Signal

SIGNALS: list[Signal] = (thoughts.SIGNALS + farewell.SIGNALS + moment.SIGNALS + self_harm.SIGNALS + others.SIGNALS + danger.SIGNALS + unclear.SIGNALS)

__all__ = ["FIGURES", "FIGURES_OF_DEATH", "SIGNALS", "Signal"]
