"""The bottom layer: the data format's vocabulary, the records a data file becomes, periods,
province names and the 2025 reorganisation. It imports nothing of htx above it."""
