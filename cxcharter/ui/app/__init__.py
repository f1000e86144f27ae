"""The window around a charter: start-up, menus, the welcome screen, files, the app's dialogs."""
