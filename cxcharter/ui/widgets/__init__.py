"""Small widgets and the look shared by every page: painted panels, colours, value editors."""
