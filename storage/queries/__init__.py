"""Read-only queries the handlers need, one module per capability."""
