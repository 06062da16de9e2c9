"""The domain of Omroeper: plain dataclasses, enums and rules. No Qt, no I/O."""

APP_VERSION = "0.1.0"
