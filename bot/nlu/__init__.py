"""Medvind's custom NLU components. Rasa imports this package when it loads the
model, which is where the server's speed-ups are installed (bot/rasa_speedups.py)."""
from bot import rasa_speedups

rasa_speedups.install()
