"""Choosing and comparing reports: the province a user means, compare and rank, growth
between reports, and the 2025 units summed from their predecessors."""
