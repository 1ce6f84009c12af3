"""The data format, declared once.

Every key a report block may hold is listed here with its unit and meaning. The loader,
the schema checks of ``htx validate``, the shipped JSON Schema and the key table in
``docs/data-format.md`` are all derived from these tables, so they cannot drift apart.
"""

from typing import NamedTuple

SCHEMA_VERSION = 1

#: Words a report puts before a figure ("hơn", "gần", "ước" ...), as stored in the data.
QUALIFIERS = {
    "more_than": "hơn",
    "over": "trên",
    "nearly": "gần",
    "about": "khoảng",
    "at_least": "ít nhất",
    "estimated": "ước",
}
STATUSES = ("actual", "estimated")
TIME_UNITS = ("month", "year")
RATING_BASES = ("all", "graded")


class Key(NamedTuple):
    """One figure key: its unit, whether it must be whole, and what it means."""

    unit: str  # count | persons | VND | ha | VND/org | VND/worker | percent
    meaning: str
    integer: bool = True
    needs_per: bool = False  # income per worker: the report must say per month or per year


def _count(meaning: str) -> Key:
    return Key("count", meaning)


ORG_KINDS = {
    "cooperatives": "cooperatives (hợp tác xã, HTX)",
    "credit_funds": "people's credit funds (quỹ tín dụng nhân dân, QTDND)",
    "unions": "cooperative unions (liên hiệp HTX)",
    "groups": "cooperative groups (tổ hợp tác, THT)",
}

ORG_FIGURES: dict[str, Key] = {
    "total": _count("organisations at the end of the period (lũy kế, tổng số)"),
    "active": _count("operating (đang hoạt động)"),
    "suspended": _count("suspended or stopped (tạm ngừng, ngừng hoạt động)"),
    "organising": _count("registered, still organising to operate"),
    "new": _count("newly established in the period (thành lập mới)"),
    "dissolved": _count("dissolved in the period (giải thể)"),
    "merged": _count("merged in the period (sáp nhập)"),
    "members": Key("persons", "members (thành viên, tổ viên); for unions: member cooperatives"),
    "new_members": Key("persons", "members of the organisations newly established in the period"),
    "workers": Key("persons", "workers, regular or unspecified (lao động)"),
    "seasonal_workers": Key("persons", "seasonal workers (lao động thời vụ)"),
    "charter_capital": Key("VND", "total charter capital (vốn điều lệ)"),
    "contributed_capital": Key("VND", "total contributed capital of groups (vốn góp)"),
    "land_area": Key("ha", "cultivated area (diện tích canh tác)", integer=False),
    "revenue": Key("VND", "total revenue (doanh thu)"),
    "profit": Key("VND", "total profit (lợi nhuận)"),
    "avg_charter_capital": Key("VND/org", "average charter capital per organisation"),
    "avg_revenue": Key("VND/org", "average revenue per organisation (give per = year if stated)"),
    "avg_profit": Key("VND/org", "average profit per organisation (give per = year if stated)"),
    "income_per_worker": Key(
        "VND/worker", "average income per regular worker (thu nhập bình quân)", needs_per=True
    ),
}

SECTORS: dict[str, Key] = {
    "agriculture": _count("agricultural (nông nghiệp)"),
    "non_agriculture": _count("non-agricultural (phi nông nghiệp)"),
    "credit_funds": _count("people's credit funds counted inside the total"),
}

RATING_FIGURES: dict[str, Key] = {
    "good": _count("graded good (tốt)"),
    "fair": _count("graded fair (khá)"),
    "good_or_fair": _count("good or fair, when the report merges them (khá, tốt)"),
    "average": _count("graded average (trung bình)"),
    "weak": _count("graded weak (yếu, yếu kém)"),
    "graded": _count("graded, or eligible for grading (đủ điều kiện đánh giá)"),
    "not_graded": _count("not graded (không thực hiện đánh giá)"),
    "not_graded_new": _count("not graded because newly established"),
    "not_graded_stopped": _count("not graded because stopped or suspended"),
}

PROGRAMME_FIGURES: dict[str, Key] = {
    "ocop_products_all": _count("OCOP products in the whole province, any producer"),
    "ocop_products": _count("OCOP products of collective organisations"),
    "ocop_organisations": _count("collective organisations with OCOP products"),
    "high_tech": _count("cooperatives applying high or advanced technology"),
    "digital_transformation": _count("cooperatives in digital transformation (chuyển đổi số)"),
    "exports": _count("cooperatives exporting (xuất khẩu)"),
    "supply_chains": _count("cooperatives in value or supply chains (chuỗi liên kết)"),
}

SUPPORT_FIGURES: dict[str, Key] = {
    "loans": _count("loans made (lượt vay)"),
    "loan_borrowers": _count("cooperatives that borrowed"),
    "loan_amount": Key("VND", "money lent"),
    "loan_dossiers": _count("loan applications completed (hồ sơ cho vay)"),
    "training_classes": _count("training classes held (lớp tập huấn)"),
    "training_participants": Key("persons", "people trained"),
    "outreach_campaigns": _count("outreach and advice campaigns (cuộc vận động)"),
    "broadcast_reports": _count("radio or television reports (phóng sự)"),
    "press_articles": _count("newspaper articles"),
    "web_articles": _count("news items on the publisher's website"),
    "partner_articles": _count("articles published with a partner agency"),
    "budget": Key("VND", "support budget (kinh phí hỗ trợ)"),
}

#: What a target may be set for, and the figure that holds its actual when the target omits it.
TARGETS: dict[str, tuple[str, str] | None] = {
    "new_cooperatives": ("cooperatives", "new"),
    "new_groups": ("groups", "new"),
    "new_unions": ("unions", "new"),
    "training_classes": ("support", "training_classes"),
    "training_participants": ("support", "training_participants"),
    "outreach_campaigns": ("support", "outreach_campaigns"),
    "support_budget": None,
}
#: The unit of a target's plan and actual, where it is not a count.
TARGET_UNITS = {"support_budget": "VND"}
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
ORG_EXTRA_KEYS = ("includes_credit_funds", "by_sector", "members_by_sector", "ratings", "note")
FIGURE_TABLE_KEYS = ("value", "qualifier", "per", "yoy_pct", "with_credit_funds", "note")
ACK_KEYS = ("rule", "key", "reason")
