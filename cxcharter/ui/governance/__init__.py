"""The approval workflow in the window: submit, review copies, decisions, history, readiness."""
