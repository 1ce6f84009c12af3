"""Developer tools, run as ``python -m htxcli.tools.NAME``: they write the files derived from
the code (the JSON Schema, the key tables of the docs, the completion scripts). The runtime
never imports them."""
