"""Rasa custom actions, one module per conversation module."""
