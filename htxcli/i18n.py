"""Every label htx prints, in English and Vietnamese: the one catalogue.

JSON and CSV headers use ids and are the same in every language; tables and markdown are
translated. Metric labels live beside the metrics (``Metric.label_vi``).
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .metrics import Metric

LANGS = ("en", "vi")

FIGURES: dict[str, tuple[str, str]] = {
    "total": ("Total", "Tổng số"),
    "active": ("Active", "Đang hoạt động"),
    "suspended": ("Suspended", "Tạm ngừng hoạt động"),
    "organising": ("Organising", "Đang tổ chức hoạt động"),
    "new": ("New", "Thành lập mới"),
    "dissolved": ("Dissolved", "Giải thể"),
    "merged": ("Merged", "Sáp nhập"),
    "members": ("Members", "Thành viên"),
    "new_members": ("Members of the new", "Thành viên của tổ chức mới"),
    "workers": ("Workers", "Lao động"),
    "seasonal_workers": ("Seasonal workers", "Lao động thời vụ"),
    "charter_capital": ("Charter capital", "Vốn điều lệ"),
    "contributed_capital": ("Contributed capital", "Vốn góp"),
    "land_area": ("Land area", "Diện tích canh tác"),
    "revenue": ("Revenue", "Doanh thu"),
    "profit": ("Profit", "Lợi nhuận"),
    "avg_charter_capital": ("Average charter capital", "Vốn điều lệ bình quân"),
    "avg_revenue": ("Average revenue", "Doanh thu bình quân"),
    "avg_profit": ("Average profit", "Lợi nhuận bình quân"),
    "income_per_worker": ("Income per worker", "Thu nhập bình quân lao động"),
    "agriculture": ("Agriculture", "Nông nghiệp"),
    "non_agriculture": ("Non-agriculture", "Phi nông nghiệp"),
    "credit_funds": ("Credit funds", "Quỹ tín dụng nhân dân"),
    "good": ("Good", "Tốt"),
    "fair": ("Fair", "Khá"),
    "good_or_fair": ("Good or fair", "Khá, tốt"),
    "average": ("Average", "Trung bình"),
    "weak": ("Weak", "Yếu"),
    "graded": ("Graded", "Được đánh giá"),
    "not_graded": ("Not graded", "Không đánh giá"),
    "not_graded_new": ("Not graded: new", "Không đánh giá: mới thành lập"),
    "not_graded_stopped": ("Not graded: stopped", "Không đánh giá: ngừng hoạt động"),
    "ocop_products_all": ("OCOP products, whole province", "Sản phẩm OCOP toàn tỉnh"),
    "ocop_products": ("OCOP products", "Sản phẩm OCOP"),
    "ocop_organisations": ("Organisations with OCOP products", "Tổ chức có sản phẩm OCOP"),
    "high_tech": ("Applying high technology", "Ứng dụng công nghệ cao"),
    "digital_transformation": ("Digital transformation", "Chuyển đổi số"),
    "exports": ("Exporting", "Xuất khẩu"),
    "supply_chains": ("In supply chains", "Chuỗi liên kết"),
    "loans": ("Loans", "Lượt vay"),
    "loan_borrowers": ("Borrowers", "HTX được vay"),
    "loan_amount": ("Amount lent", "Số tiền cho vay"),
    "loan_dossiers": ("Loan dossiers", "Hồ sơ cho vay"),
    "training_classes": ("Training classes", "Lớp tập huấn"),
    "training_participants": ("People trained", "Người tham dự tập huấn"),
    "outreach_campaigns": ("Outreach campaigns", "Cuộc vận động"),
    "broadcast_reports": ("Broadcast reports", "Phóng sự"),
    "press_articles": ("Press articles", "Bài báo"),
    "web_articles": ("Web articles", "Tin, bài trên trang điện tử"),
    "partner_articles": ("Partner articles", "Bài viết phối hợp"),
    "budget": ("Support budget", "Kinh phí hỗ trợ"),
}

#: Interface text: English as written in the code -> Vietnamese.
VI: dict[str, str] = {
    "Cooperatives (HTX)": "Hợp tác xã (HTX)",
    "People's credit funds (QTDND)": "Quỹ tín dụng nhân dân (QTDND)",
    "Cooperative unions (LHHTX)": "Liên hiệp hợp tác xã (LHHTX)",
    "Cooperative groups (THT)": "Tổ hợp tác (THT)",
    "Programmes": "Chương trình",
    "Support": "Hỗ trợ",
    "Targets": "Chỉ tiêu",
    "By sector: ": "Theo lĩnh vực: ",
    "Members by sector: ": "Thành viên theo lĩnh vực: ",
    "Rated: ": "Xếp loại: ",
    "section": "mục",
    "item": "chỉ tiêu",
    "value": "giá trị",
    "origin": "nguồn",
    "basis": "cơ sở",
    "stated": "báo cáo",
    "computed": "tính toán",
    "n/a": "không có",
    "Not computable": "Không tính được",
    "no figures for: ": "thiếu số liệu cho: ",
    "Source": "Nguồn",
    "actual figures": "số liệu thực hiện",
    "estimated figures": "số liệu ước tính",
    "year": "năm",
    "half-year": "6 tháng",
    "quarter": "quý",
    "as-of": "thời điểm",
    "plan": "kế hoạch",
    "report": "báo cáo",
    "province": "tỉnh",
    "period": "kỳ",
    "kind": "loại",
    "status": "tình trạng",
    "publisher": "đơn vị công bố",
    "metric": "chỉ số",
    "rank": "hạng",
    "from": "từ",
    "to": "đến",
    "change": "thay đổi",
    "relative": "tương đối",
    "annualised": "theo năm",
    "not available because": "lý do không có",
    "origin / reason": "nguồn / lý do",
    "unit": "đơn vị",
    "label": "tên",
    "label_vi": "tên tiếng Việt",
    "formula": "công thức",
    "id": "mã",
    "est.": "ước",
    "actual": "thực hiện",
    "estimated": "ước tính",
    "Provinces by": "Xếp hạng theo",
    "* marks the leader of a row (lowest where less is better); n/a: not computable": (
        "* đánh dấu tỉnh dẫn đầu mỗi dòng (thấp nhất khi càng thấp càng tốt); không có: không tính được"
    ),
    "computed from two reports": "tính từ hai báo cáo",
    " pts": " điểm %",
    " %/yr": " %/năm",
    "with credit funds": "gồm cả quỹ tín dụng",
    "a report does not say the time unit": "một báo cáo không nêu đơn vị thời gian",
}


def tr(text: str, lang: str) -> str:
    return VI.get(text, text) if lang == "vi" else text


_DETAIL_VI = (
    ("stated average, time unit not stated", "bình quân theo báo cáo, không nêu đơn vị thời gian"),
    ("stated average, per year", "bình quân theo báo cáo, theo năm"),
    ("stated average, per month", "bình quân theo báo cáo, theo tháng"),
    (" a month x 12", "/tháng x 12"),
    (" a year", "/năm"),
    ("stated ", "báo cáo "),
)


def detail(text: str, lang: str) -> str:
    """A metric's inputs ("4,000,000 a month x 12") in the reader's language and number writing."""
    if lang != "vi" or not text:
        return text
    for en, vi in _DETAIL_VI:
        text = text.replace(en, vi)
    import re

    return re.sub(r"\d[\d,]*(\.\d+)?", lambda m: m.group(0).translate(str.maketrans(",.", ".,")), text)


_MONTHS = "January February March April May June July August September October November December"
_DATE = r"\b(\d{1,2}) (" + _MONTHS.replace(" ", "|") + r") (\d{4})\b"

#: Sentences htx writes (notes above a table, the basis of a derived value), as written in
#: the code (a full match) -> Vietnamese. JSON keeps them in English; dates become 1/7/2025
#: and "(old)" "(cũ)" before matching.
_SENTENCES_VI = (
    (
        r"(?P<p>.+) has been part of the new (?P<u>.+) since (?P<d>\S+) \(with (?P<o>.+)\)\.",
        "{p} thuộc {u} mới từ ngày {d} (cùng {o}).",
    ),
    (
        r"Since (?P<d>\S+), (?P<u>.+) names a larger unit \((?P<l>.+)\); "
        r"these figures are for the old (?P<p>.+)\.",
        "Từ ngày {d}, {u} là đơn vị mới gồm {l}; các số liệu này là của {p} cũ.",
    ),
    (r"(?P<u>.+), since (?P<d>\S+), groups (?P<l>.+)\.", "Từ ngày {d}, {u} gồm {l}."),
    (r"No data for (?P<l>.+); shown: (?P<s>.+)\.", "Không có số liệu của {l}; hiển thị: {s}."),
    (
        r"Periods differ \((?P<l>.+)\): counts are comparable, flows in the period are not\.",
        "Các kỳ khác nhau ({l}): số lượng so sánh được, số phát sinh trong kỳ thì không.",
    ),
    (
        r"Estimated figures \((?P<l>.+)\) stand beside actual ones\.",
        "Số liệu ước tính ({l}) đặt cạnh số liệu thực hiện.",
    ),
    (
        r"(?P<a>\S+) and (?P<b>\S+) differ in length: flows \(new, dissolved\) are not comparable; "
        r"rates are annualised over the time between their ends\.",
        "Kỳ {a} và kỳ {b} dài khác nhau: số phát sinh (thành lập mới, giải thể) không so sánh "
        "được; tốc độ tăng được quy về năm theo khoảng thời gian giữa hai cuối kỳ.",
    ),
    (
        r"(?P<p>.+) has one report and it states no rates or start values to derive from\.",
        "{p} chỉ có một báo cáo, và báo cáo không nêu tốc độ tăng hay giá trị đầu kỳ để suy ra.",
    ),
    (
        r"derived from the stated rate (?P<r>\S+ %) year on year \((?P<p>.+)\)",
        "suy ra từ tỷ lệ tăng {r} so với cùng kỳ ({p})",
    ),
    (r"derived from the stated value at the start of (?P<p>.+)", "suy ra từ giá trị đầu kỳ {p} theo báo cáo"),
    (r"the report prints (?P<v>.+) now", "báo cáo ghi {v} hiện nay"),
)


def sentence(text: str, lang: str) -> str:
    """A sentence htx writes, in the reader's language (one it does not know stays as written)."""
    if lang != "vi":
        return text
    import re

    months = _MONTHS.split()
    text = re.sub(_DATE, lambda m: f"{m[1]}/{months.index(m[2]) + 1}/{m[3]}", text)
    text = text.replace(" (old)", " (cũ)")
    for pattern, vi in _SENTENCES_VI:
        match = re.fullmatch(pattern, text)
        if match:
            return vi.format(**match.groupdict())
    return text


#: How Vietnamese reports abbreviate each kind of organisation.
KIND_ABBREVIATIONS = {"cooperatives": "HTX", "credit_funds": "QTDND", "unions": "LHHTX", "groups": "THT"}
_KINDS_VI = {
    "cooperatives": "HTX",
    "credit funds": "quỹ tín dụng nhân dân",
    "unions": "liên hiệp HTX",
    "groups": "tổ hợp tác",
}
_WORDS_VI = {
    "active": "đang hoạt động",
    "suspended": "tạm ngừng hoạt động",
    "good": "xếp loại tốt",
    "fair": "xếp loại khá",
    "good or fair": "xếp loại khá, tốt",
    "average": "xếp loại trung bình",
    "weak": "xếp loại yếu",
    "graded": "được đánh giá",
    "not graded": "không được đánh giá",
    "grading": "số liệu xếp loại",
    "plan": "kế hoạch",
    "charter capital": "vốn điều lệ",
    "contributed capital": "vốn góp",
    "members": "thành viên",
    "member cooperatives": "HTX thành viên",
    "workers": "lao động",
    "seasonal workers": "lao động thời vụ",
    "land": "diện tích",
    "revenue": "doanh thu",
    "profit": "lợi nhuận",
    "income per worker": "thu nhập bình quân lao động",
    "cooperative members": "thành viên HTX",
    "group members": "tổ viên THT",
}

#: Why a metric is not available, as the code words it (a full match) -> Vietnamese.
#: {k}, {w} and {t} are looked up in the tables above; {p} and {l} are kept as written.
_REASONS_VI = (
    (r"the report gives no total of (?P<k>.+)", "báo cáo không nêu tổng số {k}"),
    (r"the report gives no count of (?P<w>active|suspended) cooperatives", "báo cáo không nêu số HTX {w}"),
    (r"the report gives no count of (?P<w>.+) cooperatives", "báo cáo không nêu số HTX {w}"),
    (r"the report gives no new (?P<k>.+)", "báo cáo không nêu số {k} thành lập mới"),
    (r"the report gives no dissolutions of (?P<k>.+)", "báo cáo không nêu số {k} giải thể"),
    (r"the report gives no (?P<w>.+) of (?P<k>.+)", "báo cáo không nêu {w} của {k}"),
    (r"the report gives no (?P<w>.+)", "báo cáo không nêu {w}"),
    (r"the report sets no target for (?P<t>.+)", "báo cáo không đặt chỉ tiêu {t}"),
    (r"the target is for (?P<p>.+); no actual yet", "chỉ tiêu cho kỳ {p}; chưa có số thực hiện"),
    (r"no actual given", "chưa có số thực hiện"),
    (r"the denominator is zero", "mẫu số bằng 0"),
    (
        r"the report does not say whether income is per month or per year",
        "báo cáo không nói thu nhập tính theo tháng hay theo năm",
    ),
    (r"no report for (?P<p>\S+) from (?P<l>.+)", "không có báo cáo kỳ {p} của {l}"),
    (r"no report for (?P<p>\S+)", "không có báo cáo kỳ {p}"),
    (r"no report from (?P<l>.+)", "không có báo cáo của {l}"),
    (r"no period that every predecessor reports", "không có kỳ nào mà mọi tỉnh cũ đều có báo cáo"),
    (r"not available", "không có"),
)


@cache
def _reason_words() -> dict[str, str]:
    """The words a reason may hold, English -> Vietnamese: built once, not for every cell."""
    from .metrics_catalogue import TARGET_LABELS

    return {**_KINDS_VI, **_WORDS_VI, **dict(TARGET_LABELS.values())}


def reason(text: str, lang: str) -> str:
    """Why a metric is not available, in the reader's language ("2023: ..." keeps its period).
    A reason whose words are not all known stays as written."""
    if lang != "vi" or not text:
        return text
    import re

    period, sep, rest = text.partition(": ")
    if sep and re.fullmatch(r"\d{4}\S*", period):
        return f"{period}: {reason(rest, lang)}"
    words = _reason_words()
    for pattern, vi in _REASONS_VI:
        match = re.fullmatch(pattern, text)
        if match:
            parts = match.groupdict()
            if all(k in ("p", "l") or v in words for k, v in parts.items()):
                kept = {k: v.replace(" (old)", " (cũ)") for k, v in parts.items() if k in ("p", "l")}
                return vi.format(**{k: words[v] for k, v in parts.items() if k not in kept}, **kept)
    return text


def figure_label(key: str, lang: str) -> str:
    en, vi = FIGURES.get(key, (key.replace("_", " ").capitalize(), key))
    return vi if lang == "vi" else en


def metric_label(metric: Metric, lang: str) -> str:
    return metric.label_vi if lang == "vi" else metric.label


def detect(option: str | None) -> str:
    """--lang, else HTX_LANG, else a Vietnamese locale in LC_ALL / LC_MESSAGES / LANG, else en."""
    if option:
        return option
    if os.environ.get("HTX_LANG") in LANGS:
        return os.environ["HTX_LANG"]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"
