"""Shell completion: province names (accent-insensitive), metric ids, periods and files.

What the shells' scripts ask for (cli/shells.py, ``htx completion SHELL``) on every Tab: so
this module is imported only then, and each answer reads the data file at most once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click
from click.shell_completion import CompletionItem

if TYPE_CHECKING:
    from ..model.records import Dataset


def _dataset(ctx: click.Context) -> Dataset:
    from ..datafile.read import data_path, load

    obj = ctx.find_root().obj or {}
    return load(data_path(obj.get("data")))


def provinces(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Places in the data (provinces, "Lào Cai (cũ)", regions, the country) and the 2025 units of
    its provinces, matched without accents: kien -> Kiên Giang."""
    from ..model.errors import HtxError
    from ..model.names import fold, reorganisation, split_old

    try:
        ds = _dataset(ctx)
    except HtxError:
        return []
    in_data = ds.places()
    reorg = reorganisation()
    units = {reorg.new_of.get(split_old(p)[0], p) for p in ds.provinces()}
    key = fold(incomplete)
    names = sorted({*in_data, *units}, key=fold)
    return [
        CompletionItem(n, help="2025 unit" if n not in in_data else None)
        for n in names
        if fold(n).startswith(key)
    ]


def metrics(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    from ..metrics import CATALOGUE

    return [
        CompletionItem(mid, help=m.label.en)
        for mid, (m, _fn) in CATALOGUE.items()
        if mid.startswith(incomplete)
    ]


def periods(ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """The periods of the places already typed on the line (of every report, before any)."""
    from ..model.errors import HtxError

    try:
        ds = _dataset(ctx)
    except HtxError:
        return []
    typed = ctx.params.get("provinces") or (ctx.params.get("province"),)
    labels = _periods_of(ds, [p for p in typed if p]) or {r.period.label for r in ds.reports}
    return [
        CompletionItem(p) for p in sorted(labels, reverse=True) if p.upper().startswith(incomplete.upper())
    ]


def _periods_of(ds: Dataset, typed: list[str]) -> set[str]:
    """The periods all these places have a report of (a 2025 unit: of its old provinces), else
    those any of them has; an empty set where a name means nothing yet."""
    from ..model.errors import HtxError
    from ..model.names import reorganisation, resolve, split_old

    new_of = reorganisation().new_of
    each: list[set[str]] = []
    for query in typed:
        try:
            name = resolve(query, ds.places())
        except HtxError:
            return set()
        parts = [name] if ds.of(name) else [p for p in ds.provinces() if new_of.get(split_old(p)[0]) == name]
        each.append({r.period.label for part in parts for r in ds.of(part)})
    return set.intersection(*each) or set.union(*each) if each else set()


def files(_ctx: click.Context, _param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Let the shell complete file names (click.Path would, but costs start-up time)."""
    return [CompletionItem(incomplete, type="file")]
