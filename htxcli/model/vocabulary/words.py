"""The closed lists of the format: qualifiers, statuses, units of time, kinds of period, bases;
and the places a report may be about (scopes, regions, the country).

``words`` are the Vietnamese phrases reports print for each entry (besides its ``vi`` name):
what a reader, or htx's text extractor, recognises them by.
"""

from ..messages import Term
from ..record import Record

SCHEMA_VERSION = 2
#: Every schema_version this htx reads; a file without one is read as the latest.
SCHEMA_VERSIONS = (1, 2)


class Qualifier(Record):
    """A word a report puts before a figure: as printed (vi), as htx writes it in English
    (en), and other spellings a user may type or a report may print (words)."""

    vi: str
    en: str
    words: tuple[str, ...] = ()


QUALIFIERS = {
    "more_than": Qualifier("hơn", "more than", ("more than", "hơn")),
    "over": Qualifier("trên", "over", ("over",)),
    "nearly": Qualifier("gần", "nearly", ("nearly", "xấp xỉ", "gần như")),
    "about": Qualifier("khoảng", "about", ("about", "khoảng chừng", "chừng")),
    "at_least": Qualifier("ít nhất", "at least", ("at least", "tối thiểu")),
    "under": Qualifier("dưới", "under", ("under", "less than", "chưa đến", "chưa tới")),
    "estimated": Qualifier("ước", "est.", ("ước đạt", "ước tính")),
}
#: Qualifiers that schema_version 1 knew.
QUALIFIERS_V1 = ("more_than", "over", "nearly", "about", "at_least", "estimated")


class Status(Record):
    """Whether figures are final: the label, and the words reports use ("ước đạt")."""

    label: Term
    words: tuple[str, ...] = ()


STATUSES = {
    "actual": Status(Term("actual", "thực hiện"), ("thực hiện", "đạt")),
    "estimated": Status(Term("estimated", "ước tính"), ("ước", "ước đạt", "ước tính", "dự kiến")),
}
TIME_UNITS = {"month": Term("month", "tháng"), "year": Term("year", "năm")}
PERIOD_KINDS = {
    "year": Term("year", "năm"),
    "half-year": Term("half-year", "6 tháng"),
    "quarter": Term("quarter", "quý"),
    "months": Term("months", "các tháng"),
    "as-of": Term("as-of", "thời điểm"),
    "as-of month": Term("as-of month", "thời điểm trong tháng"),
}
#: How reports name periods, for the text extractor: phrase -> how to write the period.
PERIOD_WORDS = {
    "6 tháng đầu năm": "YYYY-H1",
    "6 tháng cuối năm": "YYYY-H2",
    "quý I": "YYYY-Q1",
    "quý II": "YYYY-Q2",
    "quý III": "YYYY-Q3",
    "quý IV": "YYYY-Q4",
    "năm": "YYYY",
    "N tháng đầu năm": "YYYY-01/YYYY-MM",
    "từ đầu năm đến nay": "YYYY-01/YYYY-MM (MM: the month of the report)",
    "đầu tháng M/YYYY": "YYYY-MM",
    "tính đến ngày D/M/YYYY": "YYYY-MM-DD",
}
RATING_BASES = ("all", "graded", "active")
#: What the denominator of a share counts.
SHARE_BASES = {
    "all": Term("all cooperatives", "tổng số HTX"),
    "graded": Term("graded cooperatives", "số HTX được đánh giá"),
    "active": Term("active cooperatives", "số HTX đang hoạt động"),
    "coops_and_funds": Term("cooperatives and credit funds", "HTX và quỹ tín dụng nhân dân"),
    "planned": Term("the plan", "kế hoạch"),
    "to_convert": Term("cooperatives due to reorganise", "số HTX phải chuyển đổi"),
    "revenue": Term("revenue", "doanh thu"),
}


# What a report may be about: a province, one of the six socio-economic regions, or the
# whole country; with the names and abbreviations reports print for each.

#: The key of a report block that names its place, per scope.
SCOPES = {
    "province": Term("province", "tỉnh"),
    "region": Term("region", "vùng"),
    "country": Term("country", "cả nước"),
}


class Region(Record):
    """A socio-economic region (Resolution 81/2023/QH15): its name, English name, and the other
    names and abbreviations reports use."""

    name: str
    en: str
    words: tuple[str, ...] = ()


REGIONS = {
    "northern_midlands": Region(
        "Trung du và miền núi phía Bắc",
        "Northern Midlands and Mountains",
        ("miền núi phía Bắc", "trung du miền núi phía Bắc", "TD&MNPB", "vùng núi phía Bắc"),
    ),
    "red_river_delta": Region("Đồng bằng sông Hồng", "Red River Delta", ("ĐBSH", "vùng đồng bằng sông Hồng")),
    "central_coast": Region(
        "Bắc Trung Bộ và duyên hải miền Trung",
        "North Central and Central Coast",
        ("Bắc Trung Bộ và duyên hải Trung Bộ", "BTB&DHMT", "miền Trung"),
    ),
    "central_highlands": Region("Tây Nguyên", "Central Highlands", ("vùng Tây Nguyên",)),
    "southeast": Region("Đông Nam Bộ", "Southeast", ("ĐNB", "vùng Đông Nam Bộ")),
    "mekong_delta": Region(
        "Đồng bằng sông Cửu Long", "Mekong Delta", ("ĐBSCL", "vùng đồng bằng sông Cửu Long", "miền Tây")
    ),
}

#: The whole country: its name as data holds it, and the words reports use ("cả nước").
COUNTRY = Region("Việt Nam", "Vietnam", ("cả nước", "toàn quốc", "Vietnam", "Viet Nam"))

#: How the data and the command line name a province as it was before 1 July 2025, where its
#: name now names a larger unit: "Lâm Đồng (cũ)". "(old)" is read too.
OLD_SUFFIX = " (cũ)"
OLD_SUFFIXES = (" (cũ)", " (old)")
