"""How a report splits an organisation block: by sector (any figure), and by grade."""

from ..messages import Term
from .figures import Key, count

#: Sectors a report may split cooperatives (or groups) by. ``words``: how reports name them
#: ("HTX nông nghiệp", "QTDND", "HTX giao thông vận tải").
SECTORS: dict[str, Key] = {
    "agriculture": count(
        "agricultural (nông nghiệp)",
        "Agriculture",
        "Nông nghiệp",
        ("nông nghiệp", "nông, lâm, ngư nghiệp", "nông, lâm nghiệp và thủy sản"),
    ),
    "non_agriculture": count(
        "non-agricultural (phi nông nghiệp)", "Non-agriculture", "Phi nông nghiệp", ("phi nông nghiệp",)
    ),
    "credit_funds": count(
        "people's credit funds counted inside the total",
        "Credit funds",
        "Quỹ tín dụng nhân dân",
        ("quỹ tín dụng nhân dân", "QTDND"),
    ),
    "fishery": count(
        "fishery (thủy sản)", "Fishery", "Thủy sản", ("thủy sản", "nuôi trồng thủy sản"), since=2
    ),
    "forestry": count("forestry (lâm nghiệp)", "Forestry", "Lâm nghiệp", ("lâm nghiệp",), since=2),
    "industry_handicraft": count(
        "industry and handicraft (công nghiệp - tiểu thủ công nghiệp)",
        "Industry and handicraft",
        "Công nghiệp - tiểu thủ công nghiệp",
        ("công nghiệp - tiểu thủ công nghiệp", "CN-TTCN", "tiểu thủ công nghiệp"),
        since=2,
    ),
    "industry_trade": count(
        "industry and trade (công thương)", "Industry and trade", "Công thương", ("công thương",), since=2
    ),
    "trade_services": count(
        "trade and services (thương mại - dịch vụ)",
        "Trade and services",
        "Thương mại - dịch vụ",
        ("thương mại - dịch vụ", "thương mại, dịch vụ", "thương mại"),
        since=2,
    ),
    "transport": count(
        "transport (giao thông vận tải)",
        "Transport",
        "Giao thông vận tải",
        ("giao thông vận tải", "vận tải"),
        since=2,
    ),
    "construction": count("construction (xây dựng)", "Construction", "Xây dựng", ("xây dựng",), since=2),
    "environment": count(
        "environment and sanitation (môi trường)",
        "Environment",
        "Môi trường",
        ("môi trường", "vệ sinh môi trường"),
        since=2,
    ),
    "clean_water": count(
        "clean water supply (nước sạch)", "Clean water", "Nước sạch", ("nước sạch",), since=2
    ),
    "housing": count("housing (nhà ở)", "Housing", "Nhà ở", ("nhà ở",), since=2),
    "other_services": count(
        "other services (dịch vụ khác)", "Other services", "Dịch vụ khác", ("dịch vụ khác",), since=2
    ),
    "other": count(
        "other sectors (lĩnh vực khác)", "Other sectors", "Lĩnh vực khác", ("lĩnh vực khác", "khác"), since=2
    ),
}

RATING_FIGURES: dict[str, Key] = {
    "good": count("graded good (tốt)", "Good", "Tốt", ("tốt", "loại tốt")),
    "fair": count("graded fair (khá)", "Fair", "Khá", ("khá", "loại khá")),
    "good_or_fair": count(
        "good or fair, when the report merges them (khá, tốt)",
        "Good or fair",
        "Khá, tốt",
        ("khá, tốt", "khá và tốt"),
    ),
    "average": count("graded average (trung bình)", "Average", "Trung bình", ("trung bình",)),
    "weak": count("graded weak (yếu, yếu kém)", "Weak", "Yếu", ("yếu", "yếu kém", "kém")),
    "graded": count(
        "graded, or eligible for grading (đủ điều kiện đánh giá)",
        "Graded",
        "Được đánh giá",
        ("được đánh giá", "đủ điều kiện đánh giá", "tham gia đánh giá"),
    ),
    "not_graded": count(
        "not graded (không thực hiện đánh giá)",
        "Not graded",
        "Không đánh giá",
        ("không thực hiện đánh giá", "không đánh giá", "chưa đánh giá"),
    ),
    "not_graded_new": count(
        "not graded because newly established", "Not graded: new", "Không đánh giá: mới thành lập"
    ),
    "not_graded_stopped": count(
        "not graded because stopped or suspended", "Not graded: stopped", "Không đánh giá: ngừng hoạt động"
    ),
}
#: The grades a share can be computed for (a merged "good or fair" included).
GRADES = ("good", "fair", "good_or_fair", "average", "weak", "not_graded")
#: Keys of a [ratings] table that are not counts: base = "all" | "graded" | "active".
RATING_EXTRA_KEYS = ("base", "note")

SECTOR_TERM = Term("sector", "lĩnh vực")
