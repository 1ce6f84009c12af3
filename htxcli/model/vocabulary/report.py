"""The keys of a report block: its place, period, source, blocks, targets, acknowledgements;
the figures beside the organisations (programmes they take part in, support they receive);
and the keys a figure may carry besides its value. ``*_V2`` lists what schema_version 2 added."""

from ..messages import Term
from ..record import Record
from .figures import ORG_FIGURES, ORG_KINDS, Key, count

#: Programmes the organisations take part in.
PROGRAMME_FIGURES: dict[str, Key] = {
    "ocop_products_all": count(
        "OCOP products in the whole province, any producer",
        "OCOP products, whole province",
        "Sản phẩm OCOP toàn tỉnh",
        ("sản phẩm OCOP toàn tỉnh",),
    ),
    "ocop_products": count(
        "OCOP products of collective organisations",
        "OCOP products",
        "Sản phẩm OCOP",
        ("sản phẩm OCOP", "đạt chuẩn OCOP"),
    ),
    "ocop_organisations": count(
        "collective organisations with OCOP products",
        "Organisations with OCOP products",
        "Tổ chức có sản phẩm OCOP",
        ("có sản phẩm OCOP",),
    ),
    "high_tech": count(
        "cooperatives applying high or advanced technology",
        "Applying high technology",
        "Ứng dụng công nghệ cao",
        ("ứng dụng công nghệ cao", "ứng dụng công nghệ tiên tiến"),
    ),
    "digital_transformation": count(
        "cooperatives in digital transformation (chuyển đổi số)",
        "Digital transformation",
        "Chuyển đổi số",
        ("chuyển đổi số",),
    ),
    "exports": count("cooperatives exporting (xuất khẩu)", "Exporting", "Xuất khẩu", ("xuất khẩu",)),
    "supply_chains": count(
        "cooperatives in value or supply chains (chuỗi liên kết)",
        "In supply chains",
        "Chuỗi liên kết",
        ("chuỗi liên kết", "chuỗi giá trị", "chuỗi cung ứng"),
    ),
}

#: Support the organisations receive.
SUPPORT_FIGURES: dict[str, Key] = {
    "loans": count("loans made (lượt vay)", "Loans", "Lượt vay", ("lượt vay",)),
    "loan_borrowers": count("cooperatives that borrowed", "Borrowers", "HTX được vay", ("được vay vốn",)),
    "loan_amount": Key(
        "VND", "money lent", Term("Amount lent", "Số tiền cho vay"), words=("số tiền cho vay",)
    ),
    "loan_dossiers": count(
        "loan applications completed (hồ sơ cho vay)",
        "Loan dossiers",
        "Hồ sơ cho vay",
        ("hồ sơ cho vay", "hồ sơ vay vốn"),
    ),
    "training_classes": count(
        "training classes held (lớp tập huấn)",
        "Training classes",
        "Lớp tập huấn",
        ("lớp tập huấn", "lớp đào tạo"),
    ),
    "training_participants": Key(
        "persons",
        "people trained",
        Term("People trained", "Người tham dự tập huấn"),
        words=("người tham dự", "lượt người"),
    ),
    "outreach_campaigns": count(
        "outreach and advice campaigns (cuộc vận động)",
        "Outreach campaigns",
        "Cuộc vận động",
        ("cuộc vận động",),
    ),
    "broadcast_reports": count(
        "radio or television reports (phóng sự)", "Broadcast reports", "Phóng sự", ("phóng sự",)
    ),
    "press_articles": count("newspaper articles", "Press articles", "Bài báo", ("bài báo",)),
    "web_articles": count(
        "news items on the publisher's website", "Web articles", "Tin, bài trên trang điện tử", ("tin, bài",)
    ),
    "partner_articles": count(
        "articles published with a partner agency",
        "Partner articles",
        "Bài viết phối hợp",
        ("bài viết phối hợp",),
    ),
    "budget": Key(
        "VND",
        "support budget (kinh phí hỗ trợ)",
        Term("Support budget", "Kinh phí hỗ trợ"),
        words=("kinh phí hỗ trợ",),
    ),
}

#: The blocks of figures that are not organisations, and the targets block.
BLOCKS = {
    "programmes": Term("Programmes", "Chương trình"),
    "support": Term("Support", "Hỗ trợ"),
    "targets": Term("Targets", "Chỉ tiêu"),
}
#: Every table of figures in a report block: block -> its keys.
BLOCK_FIGURES: dict[str, dict[str, Key]] = {
    **{kind: ORG_FIGURES for kind in ORG_KINDS},
    "programmes": PROGRAMME_FIGURES,
    "support": SUPPORT_FIGURES,
}


class TargetKind(Record):
    """A target id of schema_version 1: the figure holding its actual when the target omits
    it, the unit of its plan and actual, and its name. Version 2 also takes any figure path
    ("cooperatives.total", "groups.sectors.agriculture.new") or metric id as the target."""

    actual_from: tuple[str, ...] | None
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
    "published": 'publication date: a TOML date, unquoted (2024-07-23), or "YYYY-MM" with no day printed',
    "meeting": 'date of the meeting the report was given at: a TOML date, unquoted, or "YYYY-MM"',
    "url": "address of the text, when known",
    "author": "byline",
    "file": "file name of the stored copy (shared/seeds)",
    "note": "anything else a reader needs to find the text",
}
SOURCE_REQUIRED = ("publisher", "title")

#: A report names its place with exactly one of these keys.
PLACE_KEYS = ("province", "region", "country")
REPORT_KEYS = (
    *PLACE_KEYS,
    "period",
    "status",
    "preferred",
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
REPORT_KEYS_V2 = ("region", "country", "preferred")
#: Keys of an organisation's table that are not figures.
ORG_EXTRA_KEYS = ("includes_credit_funds", "by_sector", "members_by_sector", "sectors", "ratings", "note")
ORG_EXTRA_KEYS_V2 = ("sectors",)
#: Keys of an organisation's [sectors] table that are not sector ids.
SECTORS_EXTRA_KEYS = ("complete", "note")
#: What a figure written as a table may hold besides its value, and what each means.
FIGURE_TABLE_KEYS = {
    "value": 'the number as printed, or [low, high] for a printed range ("từ 4 - 5 triệu")',
    "qualifier": 'the word before the number: "hơn", "gần", "khoảng"... (see Qualifiers)',
    "per": 'time unit of an amount: "month" or "year" (income needs it)',
    "status": '"estimated" ("ước") or "actual", where it differs from the report\'s status',
    "period": "the period this figure is for, where it differs from the report's",
    "covers": 'how many organisations the figure covers, when fewer than all ("379 HTX nông nghiệp có ...")',
    "yoy_pct": "change against the same period a year earlier, percent (schema_version 1)",
    "change": 'the change printed as a number ("tăng 37 THT"), in the figure\'s unit',
    "change_pct": 'the change printed as a percentage ("tăng 6,1%"); negative for a fall',
    "change_from": "the period the change is against (default: the year before)",
    "change_qualifier": 'the word before the change: "khoảng 17%" is about, "trên 12%" over',
    "plan": 'the planned value ("kế hoạch"), a number or [low, high]',
    "plan_qualifier": 'the word before the plan ("ít nhất", "trên")',
    "attained_pct": 'the attainment the report prints ("đạt 100,5% kế hoạch"), percent',
    "national_share_pct": 'the share of the national total the report prints ("chiếm 11,5%"), percent',
    "with_credit_funds": "true when the figure includes credit funds although the count does not",
    "criterion": 'how the report defines the figure ("hiệu quả": doanh thu trên 1 tỷ đồng)',
    "note": "free text: anything printed with the figure that has no key",
}
FIGURE_TABLE_KEYS_V1 = ("value", "qualifier", "per", "yoy_pct", "with_credit_funds", "note")
ACK_KEYS = ("rule", "key", "reason")

#: What each key that is not a figure means, with the words reports print for it: read by the
#: JSON Schema (an editor's hover text) and the docs. Keys of nested tables are written as
#: ``table.key`` (``source.publisher`` is in SOURCE_KEYS, figures are Keys).
KEY_MEANINGS = {
    "schema_version": "the version of the format this file is written in: 1 or 2 (none: the latest)",
    "report": "one report of one place and period, as its source prints it: a [[report]] block",
    "province": 'the province, as the report names it ("tỉnh", "thành phố"); "X (cũ)" for a '
    "province before the 2025 merger whose name now names a larger unit",
    "region": 'one of the six socio-economic regions ("vùng"), instead of province',
    "country": '"Việt Nam": a report on the whole country ("cả nước", "toàn quốc"), instead of province',
    "period": 'the period the figures cover: "2024" (năm), "2024-H1" (6 tháng đầu năm), "2024-Q3" (quý III), '
    '"2024-01/2024-04" (4 tháng đầu năm), "2024-06-30" (tính đến ngày), "2022-06" (đầu tháng 6/2022)',
    "status": '"actual" (thực hiện) or "estimated" (ước, ước đạt, dự kiến): whether the figures are final',
    "preferred": "true on the source commands use when several report one place and period",
    "note": "free text: anything printed that has no key",
    "source": "where the figures come from: publisher and title are required",
    "programmes": "figures of the programmes organisations join (OCOP, chuyển đổi số, chuỗi liên kết)",
    "support": "figures of the support organisations receive: loans, training, outreach (hỗ trợ)",
    "targets": 'the plans the report sets or measures against ("chỉ tiêu", "kế hoạch"): [[report.targets]]',
    "stated": "values the report prints for a metric id (a share as its printed percentage, an average "
    "or count in its unit), checked against the figures: see htx metrics",
    "start": "the value of a metric id at the start of the period (a share as its printed percentage)",
    "acknowledge": "a contradiction of the source, kept as printed: rule, key and the reason",
    "includes_credit_funds": 'true when the count includes the people\'s credit funds ("HTX và QTDND")',
    "by_sector": "counts by sector (schema_version 1; version 2 writes sectors)",
    "members_by_sector": "members by sector (schema_version 1; version 2 writes sectors)",
    "sectors": 'the figures of each sector ("lĩnh vực"): a table per sector id',
    "ratings": 'the grading of the year ("đánh giá, phân loại"): counts per grade',
    "ratings.base": 'what the grades are counted against: "all", "graded" or "active" organisations',
    "sectors.complete": "true when the report says the sectors make up the whole",
    "targets.target": "what the target is for: a target id, a figure path (cooperatives.new, "
    "groups.sectors.agriculture.total) or a metric id",
    "targets.period": "the period of the target, where it differs from the report's",
    "targets.plan": 'the planned value ("kế hoạch", "chỉ tiêu"), a number or [low, high]',
    "targets.plan_qualifier": 'the word before the plan ("ít nhất", "trên")',
    "targets.actual": "the value reached, when the report prints it (else read from the figure)",
    "targets.stated_pct": 'the attainment the report prints ("đạt 80% kế hoạch"), percent',
    "acknowledge.rule": "the validate rule whose finding the source's contradiction explains",
    "acknowledge.key": "the key path the finding is about (cooperatives.by_sector)",
    "acknowledge.reason": "why the contradiction is kept: what the source prints",
}
