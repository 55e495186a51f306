"""draft_eval's ``stock join`` row (benchmarks/draft_growth.py): a join a listener hears as
the kit's, read by its structure, not by a list of the kit's sentences: a pointer clause, a
lead of a preposition and a pointer, or the job as the place of a learning. The sentences are
written for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from helpers_scripts import load_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def growth():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        yield load_script(ROOT / "benchmarks" / "draft_growth.py", "bench_draft_growth")
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))


@pytest.mark.parametrize("sentence", [
    "That was a big part of how the hives came through the winter.",
    "This is what let me double the honey yield.",
    "It is exactly why losses fell to 8%.",
    "With this behind me, I ran forty colonies.",
    "Along the way I picked up swarm control.",
    "I learned swarm control, and with it I kept every colony.",
    "From there, I took over the second yard.",
    "At this job I mastered queen rearing.",
    "That was the job where I got better at grafting.",
    "It was in this role that I learned grafting.",
    "This role taught me to graft queens.",
])
def test_a_join_of_the_kits_is_read_by_its_structure(growth, sentence):
    """Each kind of stock join is found, in words no draft of the kit uses."""
    assert growth.stock_joins(f"I kept bees for six years. {sentence}") == [sentence]


@pytest.mark.parametrize("sentence", [
    "I grafted queens every spring, and losses fell from 30% to 8%.",
    "That winter we lost only two colonies.",
    "It was the first time anyone trusted me with a whole yard.",
    "Because I checked every hive weekly, swarms dropped by half.",
])
def test_the_participants_own_joins_are_not_stock(growth, sentence):
    """A join said in the entries' own terms is no stock join."""
    assert growth.stock_joins(sentence) == []
