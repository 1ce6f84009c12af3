"""One view per command: each chooses its reports through ``analysis`` and returns an
``Output`` (the JSON document, and the same content as rows for tables and CSV)."""
