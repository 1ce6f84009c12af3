"""model.record.Record behaves as collections.namedtuple does, for any fields and values."""

from __future__ import annotations

import keyword
import pickle
from collections import namedtuple
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from htxcli.model.record import Record


class Point(Record):
    """A point."""

    x: int
    y: int = 0
    label: str | None = None

    @property
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


Twin = namedtuple("Twin", "x y label", defaults=(0, None))
#: Field names as Python allows them: identifiers that are not keywords ("if" is no field name).
NAME = st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True).filter(lambda n: not keyword.iskeyword(n))
NAMES = st.lists(NAME, min_size=1, max_size=20, unique=True)  # written out up to 16, compiled beyond
VALUES = st.one_of(st.integers(), st.text(max_size=4), st.none(), st.floats(allow_nan=False))


def make(fields: list[str], n_defaults: int) -> type:
    namespace: dict[str, Any] = {"__annotations__": dict.fromkeys(fields, "int"), "__module__": __name__}
    namespace.update({f: None for f in fields[len(fields) - n_defaults :]})
    return type(Record)("R", (Record,), namespace)


@given(NAMES, st.data())
def test_behaves_as_a_namedtuple(fields, data):
    n_defaults = data.draw(st.integers(0, len(fields)))
    ours = make(fields, n_defaults)
    theirs = namedtuple("R", fields, defaults=[None] * n_defaults)
    values = data.draw(st.lists(VALUES, min_size=len(fields), max_size=len(fields)))
    a, b = ours(*values), theirs(*values)
    assert a == b and hash(a) == hash(b) and repr(a) == repr(b) and isinstance(a, tuple)
    assert a._asdict() == b._asdict() and ours._fields == theirs._fields
    assert ours._field_defaults == theirs._field_defaults
    assert ours(**dict(zip(fields, values, strict=True))) == a
    changed = {fields[0]: "changed"}
    assert a._replace(**changed) == b._replace(**changed) and type(a._replace(**changed)) is ours
    if n_defaults < len(fields):
        with pytest.raises(TypeError):
            ours()
    with pytest.raises(TypeError):
        ours(*values, 1)
    with pytest.raises(ValueError):
        a._replace(not_a_field=1)


def test_class_body_is_kept_and_instances_pickle():
    p = Point(3, -4)
    assert p == Twin(3, -4) and p.norm1 == 7 and p.label is None and Point.__doc__ == "A point."
    assert pickle.loads(pickle.dumps(p)) == p and type(pickle.loads(pickle.dumps(p))) is Point
    assert Point.__qualname__ == "Point" and Point.__module__ == __name__
    with pytest.raises(AttributeError):
        p.x = 1  # immutable
