"""The figures each block of a report may hold: organisations, sectors, grades, programmes, support."""

from ..messages import Term
from ..record import Record

#: How a figure's unit is shown: a per-organisation or per-worker amount is money, persons a count.
_DISPLAY_UNITS = {"VND/org": "VND", "VND/worker": "VND", "persons": "count"}


class Key(Record):
    """One figure key: its unit, what it means, its label, and whether it must be whole."""

    unit: str  # count | persons | VND | ha | VND/org | VND/worker | percent | amount
    meaning: str
    label: Term
    integer: bool = True
    needs_per: bool = False  # income per worker: the report must say per month or per year

    @property
    def display_unit(self) -> str:
        return _DISPLAY_UNITS.get(self.unit, self.unit)


def _count(meaning: str, en: str, vi: str) -> Key:
    return Key("count", meaning, Term(en, vi))


class OrgKind(Record):
    """A kind of organisation: its full name, the short name of a sentence, its abbreviation,
    and how a report heads the count of them ("Số HTX")."""

    meaning: str
    name: Term
    short: Term
    abbreviation: str
    counted: Term


ORG_KINDS = {
    "cooperatives": OrgKind(
        "cooperatives (hợp tác xã, HTX)",
        Term("cooperatives", "hợp tác xã"),
        Term("cooperatives", "HTX"),
        "HTX",
        Term("Cooperatives", "Số HTX"),
    ),
    "credit_funds": OrgKind(
        "people's credit funds (quỹ tín dụng nhân dân, QTDND)",
        Term("people's credit funds", "quỹ tín dụng nhân dân"),
        Term("credit funds", "QTDND"),
        "QTDND",
        Term("People's credit funds", "Số quỹ tín dụng nhân dân"),
    ),
    "unions": OrgKind(
        "cooperative unions (liên hiệp HTX)",
        Term("cooperative unions", "liên hiệp hợp tác xã"),
        Term("unions", "LHHTX"),
        "LHHTX",
        Term("Cooperative unions", "Số liên hiệp HTX"),
    ),
    "groups": OrgKind(
        "cooperative groups (tổ hợp tác, THT)",
        Term("cooperative groups", "tổ hợp tác"),
        Term("groups", "THT"),
        "THT",
        Term("Cooperative groups", "Số tổ hợp tác"),
    ),
}

ORG_FIGURES: dict[str, Key] = {
    "total": _count("organisations at the end of the period (lũy kế, tổng số)", "Total", "Tổng số"),
    "active": _count("operating (đang hoạt động)", "Active", "Đang hoạt động"),
    "suspended": _count(
        "suspended or stopped (tạm ngừng, ngừng hoạt động)", "Suspended", "Tạm ngừng hoạt động"
    ),
    "organising": _count("registered, still organising to operate", "Organising", "Đang tổ chức hoạt động"),
    "new": _count("newly established in the period (thành lập mới)", "New", "Thành lập mới"),
    "dissolved": _count("dissolved in the period (giải thể)", "Dissolved", "Giải thể"),
    "merged": _count("merged in the period (sáp nhập)", "Merged", "Sáp nhập"),
    "members": Key(
        "persons",
        "members (thành viên, tổ viên); for unions: member cooperatives",
        Term("Members", "Thành viên"),
    ),
    "new_members": Key(
        "persons",
        "members of the organisations newly established in the period",
        Term("Members of the new", "Thành viên của tổ chức mới"),
    ),
    "workers": Key("persons", "workers, regular or unspecified (lao động)", Term("Workers", "Lao động")),
    "seasonal_workers": Key(
        "persons", "seasonal workers (lao động thời vụ)", Term("Seasonal workers", "Lao động thời vụ")
    ),
    "charter_capital": Key(
        "VND", "total charter capital (vốn điều lệ)", Term("Charter capital", "Vốn điều lệ")
    ),
    "contributed_capital": Key(
        "VND", "total contributed capital of groups (vốn góp)", Term("Contributed capital", "Vốn góp")
    ),
    "land_area": Key(
        "ha",
        "cultivated area (diện tích canh tác)",
        Term("Land area", "Diện tích canh tác"),
        integer=False,
    ),
    "revenue": Key("VND", "total revenue (doanh thu)", Term("Revenue", "Doanh thu")),
    "profit": Key("VND", "total profit (lợi nhuận)", Term("Profit", "Lợi nhuận")),
    "avg_charter_capital": Key(
        "VND/org",
        "average charter capital per organisation",
        Term("Average charter capital", "Vốn điều lệ bình quân"),
    ),
    "avg_revenue": Key(
        "VND/org",
        "average revenue per organisation (give per = year if stated)",
        Term("Average revenue", "Doanh thu bình quân"),
    ),
    "avg_profit": Key(
        "VND/org",
        "average profit per organisation (give per = year if stated)",
        Term("Average profit", "Lợi nhuận bình quân"),
    ),
    "income_per_worker": Key(
        "VND/worker",
        "average income per regular worker (thu nhập bình quân)",
        Term("Income per worker", "Thu nhập bình quân lao động"),
        needs_per=True,
    ),
}
#: The figures whose value is an average per organisation or worker: never summed.
AVERAGE_FIGURES = tuple(k for k, key in ORG_FIGURES.items() if key.unit.startswith("VND/"))

SECTORS: dict[str, Key] = {
    "agriculture": _count("agricultural (nông nghiệp)", "Agriculture", "Nông nghiệp"),
    "non_agriculture": _count("non-agricultural (phi nông nghiệp)", "Non-agriculture", "Phi nông nghiệp"),
    "credit_funds": _count(
        "people's credit funds counted inside the total", "Credit funds", "Quỹ tín dụng nhân dân"
    ),
}

RATING_FIGURES: dict[str, Key] = {
    "good": _count("graded good (tốt)", "Good", "Tốt"),
    "fair": _count("graded fair (khá)", "Fair", "Khá"),
    "good_or_fair": _count(
        "good or fair, when the report merges them (khá, tốt)", "Good or fair", "Khá, tốt"
    ),
    "average": _count("graded average (trung bình)", "Average", "Trung bình"),
    "weak": _count("graded weak (yếu, yếu kém)", "Weak", "Yếu"),
    "graded": _count("graded, or eligible for grading (đủ điều kiện đánh giá)", "Graded", "Được đánh giá"),
    "not_graded": _count("not graded (không thực hiện đánh giá)", "Not graded", "Không đánh giá"),
    "not_graded_new": _count(
        "not graded because newly established", "Not graded: new", "Không đánh giá: mới thành lập"
    ),
    "not_graded_stopped": _count(
        "not graded because stopped or suspended", "Not graded: stopped", "Không đánh giá: ngừng hoạt động"
    ),
}
#: The grades a share can be computed for (a merged "good or fair" included).
GRADES = ("good", "fair", "good_or_fair", "average", "weak", "not_graded")

PROGRAMME_FIGURES: dict[str, Key] = {
    "ocop_products_all": _count(
        "OCOP products in the whole province, any producer",
        "OCOP products, whole province",
        "Sản phẩm OCOP toàn tỉnh",
    ),
    "ocop_products": _count("OCOP products of collective organisations", "OCOP products", "Sản phẩm OCOP"),
    "ocop_organisations": _count(
        "collective organisations with OCOP products",
        "Organisations with OCOP products",
        "Tổ chức có sản phẩm OCOP",
    ),
    "high_tech": _count(
        "cooperatives applying high or advanced technology",
        "Applying high technology",
        "Ứng dụng công nghệ cao",
    ),
    "digital_transformation": _count(
        "cooperatives in digital transformation (chuyển đổi số)", "Digital transformation", "Chuyển đổi số"
    ),
    "exports": _count("cooperatives exporting (xuất khẩu)", "Exporting", "Xuất khẩu"),
    "supply_chains": _count(
        "cooperatives in value or supply chains (chuỗi liên kết)", "In supply chains", "Chuỗi liên kết"
    ),
}

SUPPORT_FIGURES: dict[str, Key] = {
    "loans": _count("loans made (lượt vay)", "Loans", "Lượt vay"),
    "loan_borrowers": _count("cooperatives that borrowed", "Borrowers", "HTX được vay"),
    "loan_amount": Key("VND", "money lent", Term("Amount lent", "Số tiền cho vay")),
    "loan_dossiers": _count("loan applications completed (hồ sơ cho vay)", "Loan dossiers", "Hồ sơ cho vay"),
    "training_classes": _count("training classes held (lớp tập huấn)", "Training classes", "Lớp tập huấn"),
    "training_participants": Key(
        "persons", "people trained", Term("People trained", "Người tham dự tập huấn")
    ),
    "outreach_campaigns": _count(
        "outreach and advice campaigns (cuộc vận động)", "Outreach campaigns", "Cuộc vận động"
    ),
    "broadcast_reports": _count("radio or television reports (phóng sự)", "Broadcast reports", "Phóng sự"),
    "press_articles": _count("newspaper articles", "Press articles", "Bài báo"),
    "web_articles": _count(
        "news items on the publisher's website", "Web articles", "Tin, bài trên trang điện tử"
    ),
    "partner_articles": _count(
        "articles published with a partner agency", "Partner articles", "Bài viết phối hợp"
    ),
    "budget": Key("VND", "support budget (kinh phí hỗ trợ)", Term("Support budget", "Kinh phí hỗ trợ")),
}

#: Every table of figures in a report block: block -> its keys.
BLOCK_FIGURES: dict[str, dict[str, Key]] = {
    **{kind: ORG_FIGURES for kind in ORG_KINDS},
    "programmes": PROGRAMME_FIGURES,
    "support": SUPPORT_FIGURES,
}
