"""The closed lists of the format: qualifiers, statuses, units of time, kinds of period, bases."""

from ..messages import Term
from ..record import Record

SCHEMA_VERSION = 1


class Qualifier(Record):
    """A word a report puts before a figure: as printed (vi), as htx writes it in English
    (en), and other spellings a user may type (words)."""

    vi: str
    en: str
    words: tuple[str, ...] = ()


QUALIFIERS = {
    "more_than": Qualifier("hơn", "more than", ("more than",)),
    "over": Qualifier("trên", "over", ("over",)),
    "nearly": Qualifier("gần", "nearly", ("nearly",)),
    "about": Qualifier("khoảng", "about", ("about",)),
    "at_least": Qualifier("ít nhất", "at least", ("at least",)),
    "estimated": Qualifier("ước", "est.", ("ước đạt", "ước tính")),
}
STATUSES = {"actual": Term("actual", "thực hiện"), "estimated": Term("estimated", "ước tính")}
TIME_UNITS = {"month": Term("month", "tháng"), "year": Term("year", "năm")}
PERIOD_KINDS = {
    "year": Term("year", "năm"),
    "half-year": Term("half-year", "6 tháng"),
    "quarter": Term("quarter", "quý"),
    "as-of": Term("as-of", "thời điểm"),
}
RATING_BASES = ("all", "graded")
#: What the denominator of a share counts.
SHARE_BASES = {
    "all": Term("all cooperatives", "tổng số HTX"),
    "graded": Term("graded cooperatives", "số HTX được đánh giá"),
    "coops_and_funds": Term("cooperatives and credit funds", "HTX và quỹ tín dụng nhân dân"),
}
