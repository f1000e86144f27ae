"""Customer journey and touchpoints."""
