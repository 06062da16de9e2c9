"""The main window's tabs, in their order: the window builds them (ui/main_window.py), its commands open them
(ui/window_actions.py)."""

CALENDAR, INBOX, REPLIES, VACATION, CHANNELS, RESULTS = range(6)
