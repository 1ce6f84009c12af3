"""htx validate: the rules (structural ones in ``datafile.structure``, the consistency and
plausibility rules in ``lint.rules``), the run over files, and the reporters."""
