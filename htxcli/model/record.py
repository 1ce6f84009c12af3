"""Typed, immutable records that cost little to define.

``class Figure(Record)`` reads and type-checks exactly like ``class Figure(NamedTuple)``: type
checkers are told that Record *is* ``typing.NamedTuple``. At run time the class body's
annotations name the fields, in order (those given a value have it as default); the body's
methods, properties and docstring are kept; the annotations are never evaluated.

Why not ``typing.NamedTuple`` itself: it checks every annotation and then builds the class
with ``collections.namedtuple``, which compiles a ``__new__`` from source for every class:
0.68 M instructions a class, against ~0.16 M here. htx defines some twenty records on every
run, a few ms of a command whose whole start-up is ~50 ms (docs/performance.md). Here one
``__new__`` per number of fields is compiled and shared, renamed for each class's fields.
Instances are plain tuples with named fields, as namedtuples are: ``_fields``,
``_field_defaults``, ``_replace``, ``_asdict``, equality, hashing, repr and pickling
(tests/test_record.py holds them to ``collections.namedtuple``'s behaviour).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:
    from types import FunctionType

    try:  # what collections.namedtuple's fields are: a C descriptor, cheaper than a property
        from _collections import _tuplegetter
    except ImportError:  # not CPython
        from operator import itemgetter

        def _tuplegetter(index: int, doc: str) -> Any:
            return property(itemgetter(index), doc=doc)

    _NOT_COPIED = {"__module__", "__qualname__", "__annotations__", "__orig_bases__"}
    _new_tuple = tuple.__new__
    # ``__new__`` of records of 0 to 16 fields, written out so that they are compiled once
    # into this module's bytecode: compiling them from text on every run cost 0.4 M
    # instructions each (htx uses nine sizes). Wider records are compiled once per size.
    _WRITTEN_OUT = (  # the arguments take the field names (_members)
        lambda c: _new_tuple(c, ()),
        lambda c, a: _new_tuple(c, (a,)),
        lambda c, a, b: _new_tuple(c, (a, b)),
        lambda c, a, b, d: _new_tuple(c, (a, b, d)),
        lambda c, a, b, d, e: _new_tuple(c, (a, b, d, e)),
        lambda c, a, b, d, e, f: _new_tuple(c, (a, b, d, e, f)),
        lambda c, a, b, d, e, f, g: _new_tuple(c, (a, b, d, e, f, g)),
        lambda c, a, b, d, e, f, g, h: _new_tuple(c, (a, b, d, e, f, g, h)),
        lambda c, a, b, d, e, f, g, h, i: _new_tuple(c, (a, b, d, e, f, g, h, i)),
        lambda c, a, b, d, e, f, g, h, i, j: _new_tuple(c, (a, b, d, e, f, g, h, i, j)),
        lambda c, a, b, d, e, f, g, h, i, j, k: _new_tuple(c, (a, b, d, e, f, g, h, i, j, k)),
        lambda c, a, b, d, e, f, g, h, i, j, k, m: _new_tuple(c, (a, b, d, e, f, g, h, i, j, k, m)),
        lambda c, a, b, d, e, f, g, h, i, j, k, m, n: _new_tuple(c, (a, b, d, e, f, g, h, i, j, k, m, n)),
        lambda c, a, b, d, e, f, g, h, i, j, k, m, n, o: _new_tuple(
            c, (a, b, d, e, f, g, h, i, j, k, m, n, o)
        ),
        lambda c, a, b, d, e, f, g, h, i, j, k, m, n, o, p: _new_tuple(
            c, (a, b, d, e, f, g, h, i, j, k, m, n, o, p)
        ),
        lambda c, a, b, d, e, f, g, h, i, j, k, m, n, o, p, q: _new_tuple(
            c, (a, b, d, e, f, g, h, i, j, k, m, n, o, p, q)
        ),
        lambda c, a, b, d, e, f, g, h, i, j, k, m, n, o, p, q, r: _new_tuple(
            c, (a, b, d, e, f, g, h, i, j, k, m, n, o, p, q, r)
        ),
    )
    _NEW: dict[int, FunctionType] = dict(enumerate(_WRITTEN_OUT))

    def _new(size: int) -> FunctionType:
        """``__new__`` for records of ``size`` fields, shared by all records of that size."""
        if size not in _NEW:
            args = ", ".join(f"a{i}" for i in range(size))
            scope = {"_tuple_new": tuple.__new__}
            exec(
                f"def __new__(_cls, {args}):\n    return _tuple_new(_cls, ({args}{',' * (size == 1)}))", scope
            )
            _NEW[size] = scope["__new__"]
        return _NEW[size]

    def _repr(self: tuple) -> str:
        fields = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self, strict=True))
        return f"{type(self).__name__}({fields})"

    def _asdict(self: tuple) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    def _replace(self: tuple, /, **changes: Any) -> tuple:
        result = tuple.__new__(
            type(self), [changes.pop(f, v) for f, v in zip(self._fields, self, strict=True)]
        )
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return result

    def _getnewargs(self: tuple) -> tuple:
        return tuple(self)

    def _members(name: str, namespace: dict[str, Any]) -> dict[str, Any]:
        fields = tuple(namespace.get("__annotations__", {}))
        defaults = tuple(namespace[f] for f in fields if f in namespace)
        shared = _new(len(fields))
        new = FunctionType(
            shared.__code__.replace(
                co_varnames=("_cls", *fields), co_name="__new__", co_qualname=f"{name}.__new__"
            ),
            shared.__globals__,
            "__new__",
            defaults or None,
        )
        return {
            "__repr__": _repr,
            **{k: v for k, v in namespace.items() if k not in _NOT_COPIED and k not in fields},
            "__slots__": (),
            "__module__": namespace.get("__module__"),
            "__qualname__": namespace.get("__qualname__", name),
            "__new__": new,
            "__getnewargs__": _getnewargs,
            "__match_args__": fields,
            "_fields": fields,
            "_field_defaults": dict(zip(fields[len(fields) - len(defaults) :], defaults, strict=True)),
            "_asdict": _asdict,
            "_replace": _replace,
            **{f: _tuplegetter(i, f"Alias for field number {i}") for i, f in enumerate(fields)},
        }

    class _RecordType(type):
        def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
            if not bases:  # Record itself
                return super().__new__(mcs, name, bases, namespace)
            return type(name, (tuple,), _members(name, namespace))

    class Record(metaclass=_RecordType):
        """Base of htx's records (see the module's docstring)."""


__all__ = ["Record"]
