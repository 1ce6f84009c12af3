"""The data format's vocabulary, declared once: every key a report block may hold, with its
unit, its meaning, its labels in English and Vietnamese and the words reports print for it.

The loader, the structural checks of ``htx validate``, the shipped JSON Schema, the key tables
in ``docs/data-format.md``, every label htx prints and the text extractor all read these
tables, so they cannot drift apart. ``words`` holds the small closed lists (qualifiers,
statuses, units of time, bases) and the places (scopes, regions, the country), ``figures``
the figures of an organisation, ``breakdowns`` sectors and grades, ``activities`` programmes
and support, ``report`` the keys of a report block.
"""

from .activities import PROGRAMME_FIGURES, SUPPORT_FIGURES
from .breakdowns import GRADES, RATING_EXTRA_KEYS, RATING_FIGURES, SECTORS
from .figures import AVERAGE_FIGURES, ORG_FIGURES, ORG_KINDS, PER_PERIOD_FIGURES, Key, OrgKind
from .report import (
    ACK_KEYS,
    BLOCK_FIGURES,
    BLOCKS,
    FIGURE_TABLE_KEYS,
    FIGURE_TABLE_KEYS_V1,
    KEY_MEANINGS,
    ORG_EXTRA_KEYS,
    ORG_EXTRA_KEYS_V2,
    PLACE_KEYS,
    REPORT_KEYS,
    REPORT_KEYS_V2,
    SECTORS_EXTRA_KEYS,
    SOURCE_KEYS,
    SOURCE_REQUIRED,
    TARGET_KEYS,
    TARGETS,
    TargetKind,
)
from .words import (
    COUNTRY,
    OLD_SUFFIX,
    OLD_SUFFIXES,
    PERIOD_KINDS,
    PERIOD_WORDS,
    QUALIFIERS,
    QUALIFIERS_V1,
    RATING_BASES,
    REGIONS,
    SCHEMA_VERSION,
    SCHEMA_VERSIONS,
    SCOPES,
    SHARE_BASES,
    STATUSES,
    TIME_UNITS,
    Qualifier,
    Region,
    Status,
)

__all__ = [
    "ACK_KEYS",
    "AVERAGE_FIGURES",
    "BLOCKS",
    "BLOCK_FIGURES",
    "COUNTRY",
    "FIGURE_TABLE_KEYS",
    "FIGURE_TABLE_KEYS_V1",
    "GRADES",
    "KEY_MEANINGS",
    "OLD_SUFFIX",
    "OLD_SUFFIXES",
    "ORG_EXTRA_KEYS",
    "ORG_EXTRA_KEYS_V2",
    "ORG_FIGURES",
    "ORG_KINDS",
    "PERIOD_KINDS",
    "PERIOD_WORDS",
    "PER_PERIOD_FIGURES",
    "PLACE_KEYS",
    "PROGRAMME_FIGURES",
    "QUALIFIERS",
    "QUALIFIERS_V1",
    "RATING_BASES",
    "RATING_EXTRA_KEYS",
    "RATING_FIGURES",
    "REGIONS",
    "REPORT_KEYS",
    "REPORT_KEYS_V2",
    "SCHEMA_VERSION",
    "SCHEMA_VERSIONS",
    "SCOPES",
    "SECTORS",
    "SECTORS_EXTRA_KEYS",
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
    "Region",
    "Status",
    "TargetKind",
]
