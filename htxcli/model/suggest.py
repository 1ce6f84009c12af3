""" "Did you mean …?": the one place that finds the names closest to a mistyped one."""

from collections.abc import Iterable
from typing import Any


def close_matches(word: str, candidates: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to ``n`` candidates that look like ``word``, closest first: exactly what
    ``difflib.get_close_matches`` returns, found faster when many words are matched against
    the same candidates (validate suggests a name for every unknown place of a file)."""
    import difflib  # only on the way to an error or a finding: it is slow to import
    import heapq

    s = difflib.SequenceMatcher()
    s.set_seq2(word)
    scored = []
    for x in _quick_pass(word, tuple(candidates), cutoff):
        s.set_seq1(x)
        if s.ratio() >= cutoff:
            scored.append((s.ratio(), x))
    return [x for _score, x in heapq.nlargest(n, scored)]


#: (candidates, cutoff) -> (the candidates' letters, {word's length and letters: passing})
_QUICK: dict[tuple[tuple[str, ...], float], tuple[frozenset[str], dict[tuple[Any, ...], list[str]]]] = {}


def _quick_pass(word: str, candidates: tuple[str, ...], cutoff: float) -> list[str]:
    """The candidates that pass difflib's two quick bounds (``real_quick_ratio`` and
    ``quick_ratio``), in order. Both depend only on the word's length and on the letters of
    the word that occur in some candidate, so words alike in those share one answer:
    "Nơi 000001" and "Nơi 000002" are checked against each candidate once."""
    found = _QUICK.get((candidates, cutoff))
    if found is None:  # not setdefault: its default, the candidates' letters, cost every call
        found = _QUICK[(candidates, cutoff)] = (frozenset("".join(candidates)), {})
    letters, seen = found
    key = (len(word), *sorted(ch for ch in word if ch in letters))
    if key not in seen:
        seen[key] = [x for x in candidates if _bounds(word, x) >= cutoff]
    return seen[key]


def _bounds(word: str, x: str) -> float:
    """The lesser of difflib's real_quick_ratio and quick_ratio of ``x`` against ``word``."""
    length = len(word) + len(x)
    if not length:
        return 1.0
    have: dict[str, int] = {}
    for ch in word:
        have[ch] = have.get(ch, 0) + 1
    matches = 0
    for ch in x:
        if have.get(ch, 0) > 0:
            have[ch] -= 1
            matches += 1
    return min(2.0 * min(len(word), len(x)), 2.0 * matches) / length


def containing(word: str, candidates: Iterable[str], n: int, exclude: list[str]) -> list[str]:
    """Up to ``n`` candidates that contain ``word`` (for ids typed in part), not in ``exclude``."""
    return [c for c in candidates if word and word in c and c not in exclude][:n]


def did_you_mean(near: list[str], quoted: bool = True, joiner: str = " or ") -> str | None:
    """'did you mean 'a' or 'b'?', or None when nothing is near."""
    if not near:
        return None
    return f"did you mean {joiner.join(repr(x) if quoted else x for x in near)}?"
