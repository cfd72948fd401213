"""Mutated articles and broken pages never make the extractor or the page reader raise.

A few hundred seeded cases per run (``benchmarks/fuzz.py`` runs the same for ten minutes by hand).
"""

from __future__ import annotations

import random

from fuzzing import fuzz, mutate_html, mutate_text


def test_mutations_change_the_input():
    rng = random.Random(1)
    text = "Sudah sebanyak 1.169.409 penduduk Kabupaten Demak terdaftar sebagai peserta JKN."
    assert any(mutate_text(rng, text) != text for _ in range(5))
    assert any(mutate_html(rng, f"<p>{text}</p>") != f"<p>{text}</p>" for _ in range(5))


def test_four_hundred_mutated_inputs_raise_nothing():
    report = fuzz(400, seed=20261204)
    assert report.cases == 400
    assert report.failures == [], report.failures[0]
