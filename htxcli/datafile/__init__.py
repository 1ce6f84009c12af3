"""Reading a data file: its text, the structural checks of the format, the model records it
becomes, and where each key stands (for findings that name a line)."""

#: Where a value stands in the parsed file: keys, and indexes into arrays of tables.
KeyPath = tuple[str | int, ...]
