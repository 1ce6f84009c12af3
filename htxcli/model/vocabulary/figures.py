"""The figures of an organisation block (cooperatives, credit funds, unions, groups).

Each Key says its unit, what it means, its label in both languages, and ``words``: the
Vietnamese phrases reports print for it. ``since`` is the schema_version that introduced it.
"""

from ..messages import Term
from ..record import Record

#: How a figure's unit is shown: a per-organisation or per-person amount is money, persons a count.
_DISPLAY_UNITS = {"VND/org": "VND", "VND/worker": "VND", "VND/member": "VND", "persons": "count"}


class Key(Record):
    """One figure key: its unit, meaning and label, and what values it takes."""

    unit: str  # count | persons | VND | ha | VND/org | VND/worker | VND/member | percent | amount
    meaning: str
    label: Term
    integer: bool = True
    needs_per: bool = False  # income: the report must say per month or per year
    signed: bool = False  # may be negative: a profit may be a loss
    words: tuple[str, ...] = ()
    since: int = 1

    @property
    def display_unit(self) -> str:
        return _DISPLAY_UNITS.get(self.unit, self.unit)


def count(meaning: str, en: str, vi: str, words: tuple[str, ...] = (), since: int = 1) -> Key:
    return Key("count", meaning, Term(en, vi), words=words, since=since)


def money(
    meaning: str, en: str, vi: str, words: tuple[str, ...] = (), since: int = 1, unit: str = "VND"
) -> Key:
    return Key(unit, meaning, Term(en, vi), words=words, since=since)


class OrgKind(Record):
    """A kind of organisation: its full name, the short name of a sentence, its abbreviation,
    how a report heads the count of them ("Số HTX"), and the words that name it."""

    meaning: str
    name: Term
    short: Term
    abbreviation: str
    counted: Term
    words: tuple[str, ...] = ()


ORG_KINDS = {
    "cooperatives": OrgKind(
        "cooperatives (hợp tác xã, HTX)",
        Term("cooperatives", "hợp tác xã"),
        Term("cooperatives", "HTX"),
        "HTX",
        Term("Cooperatives", "Số HTX"),
        ("hợp tác xã", "HTX"),
    ),
    "credit_funds": OrgKind(
        "people's credit funds (quỹ tín dụng nhân dân, QTDND)",
        Term("people's credit funds", "quỹ tín dụng nhân dân"),
        Term("credit funds", "QTDND"),
        "QTDND",
        Term("People's credit funds", "Số quỹ tín dụng nhân dân"),
        ("quỹ tín dụng nhân dân", "QTDND", "quỹ tín dụng"),
    ),
    "unions": OrgKind(
        "cooperative unions (liên hiệp HTX)",
        Term("cooperative unions", "liên hiệp hợp tác xã"),
        Term("unions", "LHHTX"),
        "LHHTX",
        Term("Cooperative unions", "Số liên hiệp HTX"),
        ("liên hiệp hợp tác xã", "liên hiệp HTX", "LHHTX", "LH HTX"),
    ),
    "groups": OrgKind(
        "cooperative groups (tổ hợp tác, THT)",
        Term("cooperative groups", "tổ hợp tác"),
        Term("groups", "THT"),
        "THT",
        Term("Cooperative groups", "Số tổ hợp tác"),
        ("tổ hợp tác", "THT"),
    ),
}

ORG_FIGURES: dict[str, Key] = {
    "total": count(
        "organisations at the end of the period (lũy kế, tổng số)",
        "Total",
        "Tổng số",
        ("tổng số", "lũy kế", "toàn tỉnh có"),
    ),
    "active": count("operating (đang hoạt động)", "Active", "Đang hoạt động", ("đang hoạt động",)),
    "suspended": count(
        "suspended or stopped (tạm ngừng, ngừng hoạt động)",
        "Suspended",
        "Tạm ngừng hoạt động",
        ("tạm ngừng hoạt động", "ngừng hoạt động", "tạm dừng hoạt động"),
    ),
    "organising": count(
        "registered, still organising to operate",
        "Organising",
        "Đang tổ chức hoạt động",
        ("đang tổ chức hoạt động",),
    ),
    "new": count(
        "newly established in the period (thành lập mới)", "New", "Thành lập mới", ("thành lập mới",)
    ),
    "dissolved": count("dissolved in the period (giải thể)", "Dissolved", "Giải thể", ("giải thể",)),
    "merged": count("merged in the period (sáp nhập)", "Merged", "Sáp nhập", ("sáp nhập", "hợp nhất")),
    "effective": count(
        "operating effectively (hoạt động hiệu quả); give the report's criterion",
        "Effective",
        "Hoạt động hiệu quả",
        ("hoạt động hiệu quả", "hoạt động có hiệu quả"),
        since=2,
    ),
    "dissolving": count(
        "being dissolved (đang giải thể)",
        "Being dissolved",
        "Đang giải thể",
        ("đang giải thể", "đang làm thủ tục giải thể"),
        since=2,
    ),
    "to_convert": count(
        "due to reorganise under the Law on Cooperatives 2012 (phải chuyển đổi)",
        "Due to reorganise",
        "Phải chuyển đổi",
        ("thuộc diện chuyển đổi", "phải chuyển đổi", "phải tổ chức lại"),
        since=2,
    ),
    "converted": count(
        "reorganised under the Law on Cooperatives 2012 (đã chuyển đổi)",
        "Reorganised",
        "Đã chuyển đổi",
        ("đã chuyển đổi", "chuyển đổi theo Luật Hợp tác xã 2012", "tổ chức lại"),
        since=2,
    ),
    "converted_to_enterprise": count(
        "converted into enterprises (chuyển sang doanh nghiệp)",
        "Converted into enterprises",
        "Chuyển sang doanh nghiệp",
        ("chuyển sang loại hình doanh nghiệp", "chuyển đổi thành doanh nghiệp"),
        since=2,
    ),
    "became_cooperatives": count(
        "groups grown into cooperatives (phát triển thành HTX)",
        "Grown into cooperatives",
        "Phát triển thành HTX",
        ("phát triển thành HTX", "nâng cấp thành HTX", "nâng lên thành HTX"),
        since=2,
    ),
    "registered": count(
        "registered (chứng thực) with the commune, for groups",
        "Registered",
        "Được chứng thực",
        ("chứng thực", "được chứng thực", "đăng ký hoạt động"),
        since=2,
    ),
    "members": Key(
        "persons",
        "members (thành viên, tổ viên); for unions: member cooperatives",
        Term("Members", "Thành viên"),
        words=("thành viên", "tổ viên", "xã viên"),
    ),
    "new_members": Key(
        "persons",
        "members of the organisations newly established in the period",
        Term("Members of the new", "Thành viên của tổ chức mới"),
    ),
    "members_joined": Key(
        "persons",
        "members who joined existing organisations in the period (kết nạp mới)",
        Term("Members joined", "Thành viên kết nạp mới"),
        words=("kết nạp mới", "kết nạp thêm", "thu hút thêm"),
        since=2,
    ),
    "workers": Key(
        "persons",
        "workers, regular or unspecified (lao động)",
        Term("Workers", "Lao động"),
        words=("lao động", "lao động thường xuyên"),
    ),
    "seasonal_workers": Key(
        "persons",
        "seasonal workers (lao động thời vụ)",
        Term("Seasonal workers", "Lao động thời vụ"),
        words=("lao động thời vụ",),
    ),
    "charter_capital": money(
        "total charter capital (vốn điều lệ)", "Charter capital", "Vốn điều lệ", ("vốn điều lệ",)
    ),
    "contributed_capital": money(
        "total contributed capital of groups (vốn góp)", "Contributed capital", "Vốn góp", ("vốn góp",)
    ),
    "operating_capital": money(
        "total operating capital (vốn hoạt động)",
        "Operating capital",
        "Vốn hoạt động",
        ("vốn hoạt động",),
        since=2,
    ),
    "total_assets": money(
        "total assets (tổng tài sản)",
        "Total assets",
        "Tổng tài sản",
        ("tổng tài sản", "tổng giá trị tài sản"),
        since=2,
    ),
    "land_area": Key(
        "ha",
        "cultivated area (diện tích canh tác)",
        Term("Land area", "Diện tích canh tác"),
        integer=False,
        words=("diện tích", "diện tích canh tác"),
    ),
    "revenue": money("total revenue (doanh thu)", "Revenue", "Doanh thu", ("doanh thu", "tổng doanh thu")),
    "output_value": money(
        "value of output (giá trị sản xuất kinh doanh), not revenue",
        "Output value",
        "Giá trị sản xuất",
        ("giá trị sản xuất", "giá trị sản xuất kinh doanh"),
        since=2,
    ),
    "profit": Key(
        "VND",
        "total profit, negative for a loss (lợi nhuận, lãi, lỗ)",
        Term("Profit", "Lợi nhuận"),
        signed=True,
        words=("lợi nhuận", "lãi", "lỗ"),
    ),
    "budget_contribution": money(
        "contributions to the state budget (nộp ngân sách)",
        "Budget contributions",
        "Nộp ngân sách",
        ("nộp ngân sách", "nộp ngân sách nhà nước"),
        since=2,
    ),
    "member_revenue_share": Key(
        "percent",
        "share of revenue from services to members, percent as printed",
        Term("Revenue from members", "Doanh thu từ thành viên"),
        integer=False,
        words=("doanh thu từ thành viên", "doanh thu cung ứng dịch vụ cho thành viên"),
        since=2,
    ),
    "avg_charter_capital": money(
        "average charter capital per organisation",
        "Average charter capital",
        "Vốn điều lệ bình quân",
        ("vốn điều lệ bình quân",),
        unit="VND/org",
    ),
    "avg_revenue": money(
        "average revenue per organisation (give per = year if stated)",
        "Average revenue",
        "Doanh thu bình quân",
        ("doanh thu bình quân",),
        unit="VND/org",
    ),
    "avg_profit": Key(
        "VND/org",
        "average profit per organisation (give per = year if stated)",
        Term("Average profit", "Lợi nhuận bình quân"),
        signed=True,
        words=("lợi nhuận bình quân", "lãi bình quân"),
    ),
    "income_per_worker": Key(
        "VND/worker",
        "average income per regular worker (thu nhập bình quân)",
        Term("Income per worker", "Thu nhập bình quân lao động"),
        needs_per=True,
        words=("thu nhập bình quân của người lao động", "thu nhập bình quân lao động", "thu nhập bình quân"),
    ),
    "income_per_member": Key(
        "VND/member",
        "average income per member (thu nhập bình quân của thành viên)",
        Term("Income per member", "Thu nhập bình quân thành viên"),
        needs_per=True,
        words=("thu nhập bình quân của thành viên", "thu nhập bình quân thành viên"),
        since=2,
    ),
}
#: The figures whose value is an average per organisation or person, or a share: never summed.
AVERAGE_FIGURES = tuple(
    k for k, key in ORG_FIGURES.items() if key.unit.startswith("VND/") or key.unit == "percent"
)
#: Amounts that accrue over the period (revenue in the year), unlike stocks (capital at its end):
#: their averages need a time unit, and compare only over periods of one length.
PER_PERIOD_FIGURES = ("revenue", "profit", "output_value", "budget_contribution", "avg_revenue", "avg_profit")
