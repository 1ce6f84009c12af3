"""What the output layer offers a command line to choose from: formats and languages."""

FORMATS = ("table", "markdown", "csv", "tsv", "json", "xlsx")
LANGS = ("en", "vi")
