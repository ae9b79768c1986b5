"""Causes: stated explanations of why a fund metric moved (issue 3).

Rules (``cues``) find cue frames; a trained clause classifier (``classify``)
decides where each explanation starts and stops; ``link`` ties it to the
fact it explains; a second classifier (``categories``) labels it.
"""
