"""Numbers at their edges, through the console script (issue 16): a plan next to 0, integers
beyond a float's 2**53, a rate of -100 %, reports a day apart, a period that is not one."""

from __future__ import annotations

import json

HEAD = """
[[report]]
province = "Long An"
period = "{period}"
status = "actual"

[report.source]
publisher = "p"
title = "t{period}"
"""


def data(tmp_path, *blocks: tuple[str, str]) -> str:
    """A data file of (period, body) report blocks."""
    path = tmp_path / "d.toml"
    text = "schema_version = 2\n" + "".join(HEAD.format(period=p) + body for p, body in blocks)
    path.write_text(text, encoding="utf-8")
    return str(path)


BIG = """
[report.cooperatives]
total = 9_007_199_254_740_993
active = 9_007_199_254_740_990
suspended = 1
"""


def test_integers_beyond_2_53_keep_every_digit(htx, tmp_path):
    path = data(tmp_path, ("2024", BIG))
    r = htx("validate", path)
    assert "9,007,199,254,740,990 + 1 = 9,007,199,254,740,991, but the whole is 9,007,199,254,740,993" in (
        r.stdout
    )
    md = htx("--data", path, "show", "Long An", "--format", "markdown").stdout
    assert "9,007,199,254,740,993 " in md and "9,007,199,254,740,990 / 9,007,199,254,740,993" in md
    doc = json.loads(htx("--data", path, "show", "Long An", "--json").stdout)
    assert doc["reports"][0]["figures"]["cooperatives"]["total"]["value"] == 2**53 + 1
