"""Properties of the handover, over random records, clocks and deletions on both sides:
- an accepted file never loses a record that either side changed: changed on one side, that side's version;
  a post changed on both, both versions (or the edit, over a deletion); anything else, the later change;
- a file from a clock more than a day ahead is refused, and a refused file never changes the store (every row
  of every table and the media folder compared);
- whatever a hostile change to a file, the import either refuses it (KnownError, nothing changed) or takes in
  only records the app can read back: never another exception, never an unreadable row."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from models.channel import ChannelAccount, Network
from models.media import Media, PostMedia
from models.planning import Absence, KeyDate
from models.post import Post, PostStatus, Variant
from models.reply import ReplyTemplate, TemplateCategory
from models.series import PostSeries
from models.staff import Signature, StaffMember
from models.validation import parse_app_instant
from services.errors import KnownError
from services.handover import MANIFEST, HandoverNote, export_handover
from services.media_library import add_image
from services.post_editing import save_post
from services.store import Store
from tests.conftest import FakeClock
from tests.services.handover_craft import PNG, change_data, import_file, members_of, store_rows, write_file

T0 = datetime(2026, 7, 1, 8, 0, tzinfo=UTC)
SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@dataclass
class Side:
    """One laptop: its store, clock and what it changed since the exchange."""

    store: Store
    clock: FakeClock
    name: str
    changed: set[str] = field(default_factory=set)
    counter: int = 0

    def live(self, record_type: type[Post] | type[KeyDate]) -> list[Any]:
        return sorted(self.store.find(record_type), key=lambda record: record.id)


def snapshot(store: Store, record_type: type[Post] | type[KeyDate]) -> dict[str, tuple[Any, ...]]:
    return {r.id: (getattr(r, "body", getattr(r, "notes", "")), r.title, r.deleted_at is not None, r.updated_at)
            for r in store.find(record_type, include_deleted=True)}


operations = st.lists(st.tuples(st.sampled_from(("officer", "standin")),
                                st.sampled_from(("edit", "delete", "add", "edit date", "delete date")),
                                st.integers(0, 50), st.integers(1, 600)), max_size=14)


@SLOW
@given(posts=st.integers(1, 6), dates=st.integers(0, 3), skew=st.integers(-20 * 60, 3 * 24 * 60), ops=operations)
@example(posts=1, dates=0, skew=-20 * 60, ops=[("standin", "edit", 0, 5)])  # a stand-in's clock 20 hours behind
@example(posts=1, dates=0, skew=1363, ops=[("standin", "edit", 0, 147), ("standin", "add", 0, 765)])  # its day passed
def test_an_accepted_file_never_loses_a_change_and_a_refused_one_changes_nothing(
        posts: int, dates: int, skew: int, ops: list[tuple[str, str, int, int]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        officer_clock, standin_clock = FakeClock(T0), FakeClock(T0 + timedelta(minutes=skew))
        officer = Side(Store.open(root / "sanne" / "omroeper.sqlite", clock=officer_clock), officer_clock, "Sanne")
        standin = Side(Store.open(root / "joris" / "omroeper.sqlite", clock=standin_clock), standin_clock, "Joris")
        try:
            officer.store.save(StaffMember(name="Sanne", is_self=True))
            channel = officer.store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
            for number in range(posts):
                made = Post(title=f"Post {number}", body="begin", status=PostStatus.SCHEDULED,
                            scheduled_at=T0 + timedelta(days=1 + number))
                save_post(officer.store, made, [Variant(post_id=made.id, channel_id=channel.id)])
            for number in range(dates):
                officer.store.save(KeyDate(title=f"Datum {number}", on_date=date(2026, 7, 10 + number)))
            first = root / "naar-joris.omroeper"
            export_handover(officer.store, first, HandoverNote(), officer_clock.advance(hours=1))
            import_file(standin.store, first, standin_clock.advance(minutes=5))

            for side_name, kind, index, minutes in ops:
                side = officer if side_name == "officer" else standin
                side.clock.advance(minutes=minutes)
                side.counter += 1
                change = f"{side.name} {side.counter}"
                if kind == "add":
                    added = side.store.save(Post(title=change, body=change, status=PostStatus.DRAFT))
                    side.changed.add(added.id)
                    continue
                record_type = Post if kind in ("edit", "delete") else KeyDate
                live = side.live(record_type)
                if not live:
                    continue
                record = live[index % len(live)]
                if kind.startswith("delete"):
                    side.store.mark_deleted(record)
                else:
                    if record_type is Post:
                        record.body = change
                    else:
                        record.notes = change
                    side.store.save(record)
                side.changed.add(record.id)

            back = root / "terug.omroeper"
            export_handover(standin.store, back, HandoverNote(), standin_clock.advance(minutes=1))
            now = officer_clock.advance(minutes=1)
            made = parse_app_instant(json.loads(members_of(back)[MANIFEST])["exported_at"])
            assert made is not None
            ours = {kind: snapshot(officer.store, kind) for kind in (Post, KeyDate)}
            theirs = {kind: snapshot(standin.store, kind) for kind in (Post, KeyDate)}
            before = store_rows(officer.store)
            if made > now + timedelta(days=1):
                try:
                    import_file(officer.store, back, now)
                except KnownError as error:
                    assert "clock" in error.message
                else:
                    raise AssertionError("a file from a clock more than a day ahead was taken in")
                assert store_rows(officer.store) == before
                event("refused: the other clock is more than a day ahead")
                return
            import_file(officer.store, back, now)
            event("accepted, the other clock " + ("behind" if skew < 0 else "ahead"))
            _check_nothing_lost(officer, standin, ours, theirs)
        finally:
            officer.store.close()
            standin.store.close()


def _check_nothing_lost(officer: Side, standin: Side, ours: dict[Any, dict[str, tuple[Any, ...]]],
                        theirs: dict[Any, dict[str, tuple[Any, ...]]]) -> None:
    after = {kind: snapshot(officer.store, kind) for kind in (Post, KeyDate)}
    copies = [values for record_id, values in after[Post].items() if record_id not in ours[Post]
              and record_id not in theirs[Post]]
    for record_id in set(ours[Post]) | set(theirs[Post]):
        mine, other, result = ours[Post].get(record_id), theirs[Post].get(record_id), after[Post].get(record_id)
        mine_changed, other_changed = record_id in officer.changed, record_id in standin.changed
        content = (lambda values: None if values is None else values[:3])  # noqa: E731 (body, title, deleted)
        if other_changed and not mine_changed:
            assert content(result) == content(other) or (mine is None and other is not None and other[2]
                                                         and result is None)
        elif mine_changed and not other_changed or not other_changed:
            assert content(result) == content(mine)
        else:  # a post changed on both sides since the exchange
            assert mine is not None and other is not None
            event("a post changed on both sides")
            if other[2] and mine[2]:
                assert result is not None and result[2]
            elif other[2]:
                assert content(result) == content(mine)  # deleted there, edited here: kept as it is here
            else:
                assert content(result) == content(mine)
                assert any(copy[0] == other[0] and not copy[2] for copy in copies), "their version was lost"
    for record_id in set(ours[KeyDate]) | set(theirs[KeyDate]):
        mine, other, result = ours[KeyDate][record_id], theirs[KeyDate][record_id], after[KeyDate][record_id]
        later = other if other[3] > mine[3] else mine  # key dates: the later change wins
        if record_id in officer.changed and record_id not in standin.changed:
            later = mine
        elif record_id in standin.changed and record_id not in officer.changed:
            later = other
        assert result[:3] == later[:3]


# ---- hostile changes to a file --------------------------------------------------------------------------------

_BASE: dict[str, bytes] = {}


def base_file() -> dict[str, bytes]:
    """One export with a record in every table the handover carries, made once."""
    if not _BASE:
        with tempfile.TemporaryDirectory() as folder:
            store = Store.open(Path(folder) / "omroeper.sqlite", clock=FakeClock(T0))
            try:
                fill(store, Path(folder))
                target = Path(folder) / "f.omroeper"
                export_handover(store, target, HandoverNote(contacts="Wethouder"), T0 + timedelta(hours=1))
                _BASE.update(members_of(target))
            finally:
                store.close()
    return dict(_BASE)


def fill(store: Store, folder: Path) -> None:
    """A record in every table the handover carries."""
    me = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    store.save(Signature(staff_id=me.id, language="nl", text="Groet, Sanne"))
    store.save(Absence(staff_id=me.id, standin_id=joris.id, starts_on=date(2026, 8, 3),
                       ends_on=date(2026, 8, 14)))
    channel = store.save(ChannelAccount(network=Network.MASTODON, name="Mastodon",
                                        base_url="https://social.example"))
    store.save(KeyDate(title="Markt", on_date=date(2026, 7, 4), rrule="FREQ=WEEKLY;BYDAY=SA"))
    store.save(ReplyTemplate(title="Dank", category=TemplateCategory.THANKS, language="nl", body="Dank u!"))
    series = store.save(PostSeries(rrule="FREQ=WEEKLY", starts_at_local="2026-07-06T09:00:00",
                                   time_zone="Europe/Amsterdam"))
    picture = Path(folder) / "p.png"
    picture.write_bytes(PNG)  # a real one-pixel PNG: the library reads what a file is
    media = add_image(store, picture)
    post = Post(title="Braderie", body="Zaterdag", status=PostStatus.SCHEDULED, series_id=series.id,
                scheduled_at=T0 + timedelta(days=5), tags=["markt"])
    save_post(store, post, [Variant(post_id=post.id, channel_id=channel.id)],
              [PostMedia(post_id=post.id, media_id=media.id, alt_text="Markt")])
    store.set_setting("municipality.name", "Oosterzande")


TABLES = ["staff", "signatures", "channels", "key_dates", "absences", "reply_templates", "media", "post_series",
          "posts", "variants", "post_media", "settings"]
values = st.one_of(st.none(), st.integers(-2**63, 2**63 - 1), st.floats(allow_nan=False), st.text(max_size=60),
                   st.binary(max_size=20), st.sampled_from(["", "../../etc/passwd", "<b>x</b>", "zombie",
                                                            "9999-12-31T23:59:59.999999Z", "2026-07-01T07:00:00Z",
                                                            "Mars/Olympus", "FREQ=SOMETIMES", "[1]", "{}",
                                                            "https://user:pw@evil.example", "x" * 40_000]))


@SLOW
@given(table=st.sampled_from(TABLES), column_index=st.integers(0, 40), value=values)
def test_a_changed_value_is_refused_or_readable_and_never_a_crash(table: str, column_index: int,
                                                                   value: Any) -> None:
    members = base_file()

    def change(conn: sqlite3.Connection) -> None:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        column = columns[column_index % len(columns)]
        conn.execute(f'UPDATE {table} SET "{column}" = ?', (value,))

    try:
        members = change_data(members, change)
    except sqlite3.IntegrityError:
        return  # SQLite's own constraints refuse it before any file exists
    _refused_or_readable(members)


manifest_values = st.one_of(st.none(), st.integers(), st.text(max_size=40), st.lists(st.integers(), max_size=2),
                            st.sampled_from(["2027-01-01T00:00:00.000000Z", "2026-07-01T09:00:00.000000Z",
                                             "<b>x</b><br>", "2026-13-01", 99]))


@SLOW
@given(key=st.sampled_from(["format", "format_version", "app_version", "schema_version", "exported_by",
                            "exported_by_id", "exported_at", "from", "to", "content_sha256", "extra"]),
       value=manifest_values, rehash=st.booleans())
def test_a_changed_manifest_is_refused_or_readable(key: str, value: Any, rehash: bool) -> None:
    _refused_or_readable(base_file(), {key: value}, rehash=rehash)


@SLOW
@given(position=st.integers(0, 10**7), flip=st.integers(1, 255))
def test_a_damaged_file_is_refused_and_never_a_crash(position: int, flip: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        good = write_file(Path(folder) / "f.omroeper", base_file())
        data = bytearray(good.read_bytes())
        data[position % len(data)] ^= flip
        good.write_bytes(bytes(data))
        _import_refused_or_readable(good)


def _refused_or_readable(members: dict[str, bytes], manifest_changes: dict[str, Any] | None = None,
                         rehash: bool = True) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = write_file(Path(folder) / "f.omroeper", members, manifest_changes, rehash=rehash)
        _import_refused_or_readable(path)


def _import_refused_or_readable(path: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "omroeper.sqlite", clock=FakeClock(T0 + timedelta(hours=2)))
        try:
            store.save(StaffMember(name="Fatima", is_self=True))
            before = store_rows(store)
            try:
                import_file(store, path)
            except KnownError:
                assert store_rows(store) == before
                event("refused")
                return
            event("taken in")
            for record_type in (StaffMember, Signature, ChannelAccount, KeyDate, Absence, ReplyTemplate, Media,
                                PostSeries, Post, Variant, PostMedia):
                store.find(record_type, include_deleted=True)
            assert store.unreadable.found == {}, "the import took in what the app cannot read back"
        finally:
            store.close()


@SLOW
@given(table=st.sampled_from(TABLES), column_index=st.integers(0, 40), value=values)
def test_an_export_of_whatever_the_store_holds_is_a_file_the_import_takes(table: str, column_index: int,
                                                                          value: Any) -> None:
    """A row written into the store by something else never stops an export, and the file it makes is one this
    version takes in whole: what breaks a rule was left out of it (and noted for the officer)."""
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "omroeper.sqlite", clock=FakeClock(T0))
        try:
            fill(store, Path(folder))
            columns = [row[1] for row in store.conn.execute(f"PRAGMA table_info({table})")]
            try:
                store.conn.execute(f'UPDATE {table} SET "{columns[column_index % len(columns)]}" = ?', (value,))
            except sqlite3.IntegrityError:
                return
            target = Path(folder) / "f.omroeper"
            export_handover(store, target, HandoverNote(), T0 + timedelta(hours=1))
        finally:
            store.close()
        receiver = Store.open(Path(folder) / "nieuw" / "omroeper.sqlite", clock=FakeClock(T0 + timedelta(hours=2)))
        try:
            import_file(receiver, target)
            for record_type in (StaffMember, Signature, ChannelAccount, KeyDate, Absence, ReplyTemplate, Media,
                                PostSeries, Post, Variant, PostMedia):
                receiver.find(record_type, include_deleted=True)
            assert receiver.unreadable.found == {}
        finally:
            receiver.close()


# ---- how far a channel text got --------------------------------------------------------------------------------

_STATES = ["not_queued", "queued", "failed", "paused", "overdue", "scheduled_remote", "sending", "unconfirmed",
           "published"]


def _progress(state: str) -> int:
    return 2 if state == "published" else 1 if state in ("scheduled_remote", "sending", "unconfirmed") else 0


@SLOW
@given(mine=st.sampled_from(_STATES), theirs=st.sampled_from(_STATES), officer_last=st.booleans(),
       skew=st.integers(-20 * 60, 20 * 60))
def test_a_hand_back_never_takes_a_channel_text_back_on_its_way(mine: str, theirs: str, officer_last: bool,
                                                                skew: int) -> None:
    """Whatever each side's state and whichever wrote last, with clocks apart: what is published stays published
    with its id, and a network's claim is never replaced by a state that claims nothing."""
    from models.post import DeliveryState
    from services.post_editing import variants_of

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        officer_clock, standin_clock = FakeClock(T0), FakeClock(T0 + timedelta(minutes=skew))
        officer = Store.open(root / "sanne" / "omroeper.sqlite", clock=officer_clock)
        standin = Store.open(root / "joris" / "omroeper.sqlite", clock=standin_clock)
        try:
            officer.save(StaffMember(name="Sanne", is_self=True))
            channel = officer.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
            made = Post(title="Markt", body="Zaterdag", status=PostStatus.SCHEDULED,
                        scheduled_at=T0 + timedelta(days=3))
            save_post(officer, made, [Variant(post_id=made.id, channel_id=channel.id)])
            export_handover(officer, root / "heen.omroeper", HandoverNote(), officer_clock.advance(hours=1))
            import_file(standin, root / "heen.omroeper", standin_clock.advance(hours=1))
            sides = [(standin, standin_clock, theirs, "t"), (officer, officer_clock, mine, "o")]
            for store, clock, state, prefix in sides if officer_last else sides[::-1]:
                clock.advance(minutes=30)
                [variant] = variants_of(store, made.id)
                store.update_fields(variant, state=DeliveryState(state), remote_id=prefix + "1",
                                    remote_fingerprint="f", sending_since=clock())
            export_handover(standin, root / "terug.omroeper", HandoverNote(), standin_clock.advance(minutes=1))
            officer_clock.now = max(officer_clock.now, standin_clock.now) + timedelta(minutes=1)
            import_file(officer, root / "terug.omroeper", officer_clock())
            [merged] = variants_of(officer, made.id)
        finally:
            officer.close()
            standin.close()
    assert _progress(merged.state.value) == max(_progress(mine), _progress(theirs))
    if mine == "published":
        assert merged.remote_id == "o1"  # this laptop's publication stays as it is
    elif theirs == "published":
        assert merged.remote_id == "t1"
    elif _progress(mine) > _progress(theirs):
        assert (merged.state.value, merged.remote_id) == (mine, "o1")
    elif _progress(theirs) > _progress(mine):
        assert (merged.state.value, merged.remote_id) == (theirs, "t1")


@SLOW
@given(counts=st.tuples(st.integers(1, 3), st.integers(1, 3)), officer_last=st.booleans(),
       untick=st.booleans(), skew=st.integers(-20 * 60, 20 * 60))
def test_two_network_copies_of_one_channel_text_leave_one_claim_live_and_the_other_to_take_back(
        counts: tuple[int, int], officer_last: bool, untick: bool, skew: int) -> None:
    """Each side handed the channel text to the network's schedule under its own id. After the hand-back both ids
    are still known on the officer's laptop, on two records: the one sent more often (on a tie, and without
    attempts to tell, the later record) on the channel text, the other on a deleted channel text for the outbox
    to take back; a channel Sanne took off the post since the exchange stays off, whatever the clocks. (The
    stand-in's laptop cannot hand back while it holds a claim on a channel taken off a post.)"""
    from models.post import DeliveryState
    from services.post_editing import variants_of

    mine_count, theirs_count = counts
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        officer_clock, standin_clock = FakeClock(T0), FakeClock(T0 + timedelta(minutes=skew))
        officer = Store.open(root / "sanne" / "omroeper.sqlite", clock=officer_clock)
        standin = Store.open(root / "joris" / "omroeper.sqlite", clock=standin_clock)
        try:
            officer.save(StaffMember(name="Sanne", is_self=True))
            channel = officer.save(ChannelAccount(network=Network.MASTODON, name="Mastodon"))
            whatsapp = officer.save(ChannelAccount(network=Network.MANUAL, name="WhatsApp"))
            made = Post(title="Markt", body="Zaterdag", status=PostStatus.SCHEDULED,
                        scheduled_at=T0 + timedelta(days=3))
            save_post(officer, made, [Variant(post_id=made.id, channel_id=channel.id),
                                      Variant(post_id=made.id, channel_id=whatsapp.id)])
            export_handover(officer, root / "heen.omroeper", HandoverNote(), officer_clock.advance(hours=1))
            import_file(standin, root / "heen.omroeper", standin_clock.advance(hours=1))
            sides = [(standin, standin_clock, theirs_count, "t", "standin"),
                     (officer, officer_clock, mine_count, "o", "officer")]
            for turn, (store, clock, count, prefix, who) in enumerate(sides if officer_last else sides[::-1]):
                clock.advance(minutes=30 + 30 * turn)  # the second writes later, whatever the clocks
                [variant] = [v for v in variants_of(store, made.id) if v.channel_id == channel.id]
                store.update_fields(variant, state=DeliveryState.SCHEDULED_REMOTE, remote_id=prefix + "1",
                                    remote_fingerprint="f", idempotency_key=prefix + "k", attempt_count=count)
                if untick and who == "officer":
                    clock.advance(minutes=1)
                    post = store.get(Post, made.id)
                    assert post is not None
                    save_post(store, post, [v for v in variants_of(store, made.id) if v.channel_id == whatsapp.id])
            stamps = {prefix: store.find(Variant, "post_id = ? AND channel_id = ?", [made.id, channel.id],
                                         include_deleted=True)[0].updated_at for store, prefix in ((officer, "o"),
                                                                                                   (standin, "t"))}
            export_handover(standin, root / "terug.omroeper", HandoverNote(), standin_clock.advance(minutes=1))
            officer_clock.now = max(officer_clock.now, standin_clock.now) + timedelta(minutes=1)
            import_file(officer, root / "terug.omroeper", officer_clock())
            records = officer.find(Variant, "post_id = ? AND channel_id = ?", [made.id, channel.id],
                                   include_deleted=True)
        finally:
            officer.close()
            standin.close()
    later = "t1" if theirs_count > mine_count or (theirs_count == mine_count and stamps["t"] > stamps["o"]) else "o1"
    earlier = {"t1": "o1", "o1": "t1"}[later]
    by_id = {record.remote_id: record for record in records}
    assert sorted(by_id) == ["o1", "t1"] and len(records) == 2
    assert all(record.state is DeliveryState.SCHEDULED_REMOTE for record in records)
    assert by_id[earlier].deleted_at is not None  # for the outbox to take back
    assert (by_id[later].deleted_at is None) is not untick
