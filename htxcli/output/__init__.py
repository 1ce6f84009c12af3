"""Turning results into text: the message catalogues, number writing, the views that shape
each command's result once, and the renderers of every format. The only layer that imports
rich and tabulate."""

# What a command line may choose from: formats and languages.
FORMATS = ("table", "markdown", "csv", "tsv", "json", "xlsx")
LANGS = ("en", "vi")
