"""How numbers are written: English (1,256; 66,807.55) or Vietnamese (1.256; 66.807,55)."""

_VI = str.maketrans(",.", ".,")


def number(x: float, decimals: int = 0, lang: str = "en") -> str:
    """Group thousands and trim trailing zeros: 1,256 / 66,807.55 (vi: 1.256 / 66.807,55)."""
    text = f"{x:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return text.translate(_VI) if lang == "vi" else text


def plain(x: float, lang: str = "en") -> str:
    """A number in a formula line: whole numbers grouped, others to two decimals."""
    return number(x, 0 if float(x).is_integer() else 2, lang)
