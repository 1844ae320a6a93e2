"""Starter data the office edits afterwards like any record (national dates to remember)."""
