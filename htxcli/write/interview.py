"""The questions htx add asks when it is given neither --from-json nor --set."""

from collections.abc import Callable

from ..model import vocabulary as spec

SOURCE_QUESTIONS = (
    ("source.publisher", "Publisher (who issued the report)"),
    ("source.title", "Title or description"),
    ("source.published", "Published (YYYY-MM-DD)"),
    ("source.meeting", "Meeting date (YYYY-MM-DD)"),
    ("source.url", "URL"),
    ("status", "Status: actual or estimated"),
)
_BLOCKS = (
    *((kind, org.meaning) for kind, org in spec.ORG_KINDS.items()),
    ("programmes", "programmes (OCOP, technology, exports)"),
    ("support", "support (loans, training, outreach)"),
)


def interview(ask: Callable[[str, str], str | None], yesno: Callable[[str], bool]) -> list[str]:
    """Ask for the source, then figure by figure; Enter skips. Returns --set assignments."""
    sets = [f"{key}={answer}" for key, label in SOURCE_QUESTIONS if (answer := ask(key, label))]
    for block, words in _BLOCKS:
        if not yesno(f"Does the report give figures for {words}?"):
            continue
        for name, key in spec.BLOCK_FIGURES[block].items():
            hint = " (e.g. 4.000.000 / month)" if key.needs_per else ""
            answer = ask(f"{block}.{name}", f"  {name}: {key.meaning} [{key.unit}]{hint}")
            if answer:
                sets.append(f"{block}.{name}={answer}")
    return sets
