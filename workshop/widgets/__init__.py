"""The kit's widgets: one composite widget per notebook step (filled in as they land)."""
