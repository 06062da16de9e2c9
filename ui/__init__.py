"""The Qt layer of Omroeper: one tab, widget or dialog per file, named after its class."""
