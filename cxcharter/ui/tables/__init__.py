"""The one way to be a table: a model over a kind of content, its view, editors and words."""
