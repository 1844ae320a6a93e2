"""Slot extraction, one module per family of intents; `common` holds what they share."""
