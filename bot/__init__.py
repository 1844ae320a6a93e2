"""Transports (Telegram, console), conversation state and the `gabinete` command line."""
