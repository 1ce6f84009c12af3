"""The keys of a report block: its source, its blocks, its targets and acknowledgements."""

from ..messages import Term
from ..record import Record
from .figures import ORG_KINDS

#: The blocks of figures that are not organisations, and the targets block.
BLOCKS = {
    "programmes": Term("Programmes", "Chương trình"),
    "support": Term("Support", "Hỗ trợ"),
    "targets": Term("Targets", "Chỉ tiêu"),
}


class TargetKind(Record):
    """What a target may be set for: the figure holding its actual when the target omits it,
    the unit of its plan and actual, and its name."""

    actual_from: tuple[str, str] | None
    unit: str
    label: Term


TARGETS = {
    "new_cooperatives": TargetKind(
        ("cooperatives", "new"), "count", Term("new cooperatives", "thành lập mới HTX")
    ),
    "new_groups": TargetKind(("groups", "new"), "count", Term("new cooperative groups", "thành lập mới THT")),
    "new_unions": TargetKind(
        ("unions", "new"), "count", Term("new cooperative unions", "thành lập mới LHHTX")
    ),
    "training_classes": TargetKind(
        ("support", "training_classes"), "count", Term("training classes", "lớp tập huấn")
    ),
    "training_participants": TargetKind(
        ("support", "training_participants"), "count", Term("people trained", "người tập huấn")
    ),
    "outreach_campaigns": TargetKind(
        ("support", "outreach_campaigns"), "count", Term("outreach campaigns", "cuộc vận động")
    ),
    "support_budget": TargetKind(None, "VND", Term("support budget", "kinh phí hỗ trợ")),
}
TARGET_KEYS = ("target", "period", "plan", "plan_qualifier", "actual", "stated_pct", "note")

SOURCE_KEYS = {
    "publisher": "who issued the report, as the text names it",
    "title": "title or one-line description",
    "published": "publication date (TOML date)",
    "meeting": "date of the meeting the report was given at (TOML date)",
    "url": "address of the text, when known",
    "author": "byline",
    "file": "file name of the stored copy (shared/seeds)",
    "note": "anything else a reader needs to find the text",
}
SOURCE_REQUIRED = ("publisher", "title")

REPORT_KEYS = (
    "province",
    "period",
    "status",
    "note",
    "source",
    *ORG_KINDS,
    "programmes",
    "support",
    "targets",
    "stated",
    "start",
    "acknowledge",
)
#: Keys of an organisation's table that are not figures.
ORG_EXTRA_KEYS = ("includes_credit_funds", "by_sector", "members_by_sector", "ratings", "note")
FIGURE_TABLE_KEYS = ("value", "qualifier", "per", "yoy_pct", "with_credit_funds", "note")
ACK_KEYS = ("rule", "key", "reason")
