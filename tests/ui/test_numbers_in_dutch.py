"""Large numbers are written as the interface's language writes them: 63.206 in Dutch, 63,206 in English."""

from __future__ import annotations

from models.channel import Network
from models.text_rules import check_text
from ui.variant_editor import describe_length


def test_the_counter_groups_thousands_in_dutch(dutch: None) -> None:
    assert describe_length(check_text(Network.FACEBOOK, "Zaterdag markt")) == ("14 van 63.206 tekens", True)
    over, ok = describe_length(check_text(Network.LINKEDIN, "x" * 4321))
    assert over == "1.321 tekens te veel (4.321 van 3.000)" and not ok


def test_the_counter_groups_thousands_in_english(english: None) -> None:
    assert describe_length(check_text(Network.FACEBOOK, "Saturday market")) == ("15 of 63,206 characters", True)
