"""User actions over the open charter, one function each (being built).

Each runs in one transaction with one audit entry and returns what changed and its
inverse (for undo); no Qt. The window calls them through its session; the store
below knows nothing of them. See docs/architecture.md.
"""
