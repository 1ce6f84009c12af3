"""Figures beside the organisations: programmes they take part in, and support they receive."""

from ..messages import Term
from .figures import Key, count

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
