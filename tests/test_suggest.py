"""close_matches is difflib.get_close_matches, only faster for many words against one list
(validate suggests a name for every unknown place: issue 15)."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from htxcli.model.names import known_names
from htxcli.model.suggest import close_matches

WORDS = st.text(alphabet="aăâbcdđeêhiklmnoơôgtuưy 0123-", max_size=14)


@settings(max_examples=400, deadline=None)
@given(
    word=WORDS,
    candidates=st.lists(WORDS, max_size=12),
    n=st.integers(1, 4),
    cutoff=st.sampled_from([0.0, 0.5, 0.6, 0.8, 1.0]),
)
def test_the_same_answer_as_difflib(word, candidates, n, cutoff):
    assert close_matches(word, candidates, n, cutoff) == difflib.get_close_matches(
        word, candidates, n, cutoff
    )


@settings(max_examples=200, deadline=None)
@given(word=st.text(alphabet="Nơi Thử Hà Giang0123456789", max_size=20))
def test_the_same_answer_for_places(word):
    names = known_names([])
    assert close_matches(word, names, 3, 0.5) == difflib.get_close_matches(word, names, 3, 0.5)
