"""Medvind: everything that is not Rasa training data or Rasa actions."""
