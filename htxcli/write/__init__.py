"""Changing a data file: numbers as people type them, the new report block, the interview,
the atomic locked write, and the steps of htx add that tie them together."""
