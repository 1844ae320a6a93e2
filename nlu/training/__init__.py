"""Learning the intent weights from labelled messages, and measuring the parser honestly (held-out split)."""
