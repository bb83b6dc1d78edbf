"""The widgets. TABS here, not in main_window, so the command line can name them without
importing any widget."""

TABS = ("home", "people", "billing", "wallet", "communications", "settings")
