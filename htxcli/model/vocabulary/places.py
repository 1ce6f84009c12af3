"""What a report may be about: a province, one of the six socio-economic regions, or the whole
country; with the names and abbreviations reports print for each."""

from ..messages import Term
from ..record import Record

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
