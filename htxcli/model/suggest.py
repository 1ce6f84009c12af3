""" "Did you mean …?": the one place that finds the names closest to a mistyped one."""

from collections.abc import Iterable


def close_matches(word: str, candidates: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Up to ``n`` candidates that look like ``word``, closest first."""
    import difflib  # only on the way to an error or a finding: it is slow to import

    return difflib.get_close_matches(word, list(candidates), n=n, cutoff=cutoff)


def containing(word: str, candidates: Iterable[str], n: int, exclude: list[str]) -> list[str]:
    """Up to ``n`` candidates that contain ``word`` (for ids typed in part), not in ``exclude``."""
    return [c for c in candidates if word and word in c and c not in exclude][:n]


def did_you_mean(near: list[str], quoted: bool = True, joiner: str = " or ") -> str | None:
    """'did you mean 'a' or 'b'?', or None when nothing is near."""
    if not near:
        return None
    return f"did you mean {joiner.join(repr(x) if quoted else x for x in near)}?"
