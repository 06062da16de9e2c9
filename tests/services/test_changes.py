"""What a change touched, as the window's one refresh reads it."""

from __future__ import annotations

from services.changes import Changes


def test_changes_combine_and_nothing_is_no_change() -> None:
    assert not Changes()
    assert Changes(posts=True) | Changes(staff=True) == Changes(posts=True, staff=True)
    assert Changes(posts=True) | Changes() == Changes(posts=True)


def test_everything_is_every_kind() -> None:
    everything = Changes.everything()
    assert everything | Changes(channels=True) == everything
    assert all(vars(everything).values()) and everything != Changes(posts=True, deliveries=True)
