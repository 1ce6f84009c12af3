"""The data format's vocabulary, declared once: every key a report block may hold, with its
unit, its meaning and the words that name it in English and Vietnamese.

The loader, the structural checks of ``htx validate``, the shipped JSON Schema, the key tables
in ``docs/data-format.md`` and every label htx prints are derived from these tables, so they
cannot drift apart. ``words`` holds the small closed lists (qualifiers, statuses, units of
time), ``figures`` the figures of each block, ``report`` the keys of a report block.
"""

from .figures import (
    AVERAGE_FIGURES,
    BLOCK_FIGURES,
    GRADES,
    ORG_FIGURES,
    ORG_KINDS,
    PROGRAMME_FIGURES,
    RATING_FIGURES,
    SECTORS,
    SUPPORT_FIGURES,
    Key,
    OrgKind,
)
from .report import (
    ACK_KEYS,
    BLOCKS,
    FIGURE_TABLE_KEYS,
    ORG_EXTRA_KEYS,
    REPORT_KEYS,
    SOURCE_KEYS,
    SOURCE_REQUIRED,
    TARGET_KEYS,
    TARGETS,
    TargetKind,
)
from .words import (
    PERIOD_KINDS,
    QUALIFIERS,
    RATING_BASES,
    SCHEMA_VERSION,
    SHARE_BASES,
    STATUSES,
    TIME_UNITS,
    Qualifier,
)

__all__ = [
    "ACK_KEYS",
    "AVERAGE_FIGURES",
    "BLOCKS",
    "BLOCK_FIGURES",
    "FIGURE_TABLE_KEYS",
    "GRADES",
    "ORG_EXTRA_KEYS",
    "ORG_FIGURES",
    "ORG_KINDS",
    "PERIOD_KINDS",
    "PROGRAMME_FIGURES",
    "QUALIFIERS",
    "RATING_BASES",
    "RATING_FIGURES",
    "REPORT_KEYS",
    "SCHEMA_VERSION",
    "SECTORS",
    "SHARE_BASES",
    "SOURCE_KEYS",
    "SOURCE_REQUIRED",
    "STATUSES",
    "SUPPORT_FIGURES",
    "TARGETS",
    "TARGET_KEYS",
    "TIME_UNITS",
    "Key",
    "OrgKind",
    "Qualifier",
    "TargetKind",
]
