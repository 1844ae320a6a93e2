"""What the office does: one module per capability, each turning an `Understanding` into a `Reply`."""
