"""Everything Qt: windows, pages, models, undo commands, workers."""
