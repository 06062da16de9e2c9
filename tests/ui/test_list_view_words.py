"""The list view's channels column reads as words: each channel with its sign, apart from the next one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from models.channel import ChannelAccount, Network
from models.post import DeliveryState, Post, PostStatus, Variant
from services.calendar_queries import CalendarFilter, posts_between
from services.post_editing import save_post, variants_of
from services.store import Store
from ui.agenda_model import AgendaModel

AMS = ZoneInfo("Europe/Amsterdam")


def test_each_channel_keeps_its_sign_and_a_space_from_the_next(store: Store) -> None:
    whatsapp = store.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp-kanaal"))
    instagram = store.save(ChannelAccount(network=Network.MANUAL, name="Instagram"))
    facebook = store.save(ChannelAccount(network=Network.FACEBOOK, name="Facebook"))
    post = Post(title="Energietoelage", body="Vraag hem aan", status=PostStatus.SCHEDULED,
                scheduled_at=datetime(2026, 11, 30, 10, tzinfo=AMS))
    save_post(store, post, [Variant(post_id=post.id, channel_id=c.id) for c in (whatsapp, instagram, facebook)])
    for variant in variants_of(store, post.id):
        store.update_fields(variant, state=DeliveryState.SCHEDULED_REMOTE if variant.channel_id == facebook.id
                            else DeliveryState.REMINDER)
    model = AgendaModel()
    model.set_posts(posts_between(store, datetime(2026, 11, 1, tzinfo=AMS), datetime(2026, 12, 1, tzinfo=AMS),
                                  CalendarFilter()),
                    {c.id: c for c in (whatsapp, instagram, facebook)}, "Europe/Amsterdam")
    shown = model.data(model.index(0, AgendaModel.CHANNELS))
    assert sorted(shown.split(", ")) == ["Facebook ☁", "Instagram ✍", "WhatsApp-kanaal ✍"]
