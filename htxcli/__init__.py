"""htx: a command-line toolkit for Vietnam's collective-economy figures."""
