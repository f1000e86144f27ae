"""The charter's pages: a section page with its questions; a sub-package per section's tabs."""
