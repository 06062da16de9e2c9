"""Reply templates and who answers: starters, search ranking, answerer and signature, log figures, exchange."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from models.planning import Absence
from models.reply import Audience, ReplyLogEntry, ReplyTemplate, TemplateCategory
from models.reply_text import personal_data_in, placeholders_in
from models.settings import Country, Municipality
from models.staff import Signature, StaffMember
from services.errors import KnownError
from services.preferences import save_municipality
from services.reply_templates import (
    ensure_starters,
    expected_answer_date,
    export_templates,
    import_templates,
    read_templates,
    record_use,
    reply_figures,
    restore_starters,
    save_template,
    search,
    starter_templates,
)
from services.staff import choose_answerer, current_answerer, signature_of
from services.store import Store


def test_the_starter_library_is_large_bilingual_and_covers_every_category() -> None:
    starters = starter_templates()
    assert len(starters) >= 30
    for language in ("nl", "en"):
        categories = {entry["category"] for entry in starters if entry["language"] == language}
        assert categories == {category.value for category in TemplateCategory}, language
    for entry in starters:
        assert "{signature}" in entry["body"], entry["key"]
        assert set(placeholders_in(entry["body"])) <= {"name", "street", "case", "date", "answerer", "signature"}
        if entry["audience"] == "public":
            assert personal_data_in(entry["body"]) == [], entry["key"]


def test_starters_load_once_and_restore_never_overwrites_an_edited_one(store: Store) -> None:
    assert ensure_starters(store) == len(starter_templates())
    assert ensure_starters(store) == 0
    templates = {t.starter_key: t for t in store.find(ReplyTemplate)}
    edited = templates["nl-bedankt"]
    edited.body = "Dank je wel, {name}! Eigen tekst.\n{signature}"
    save_template(store, edited)
    deleted = templates["en-thanks"]
    store.mark_deleted(deleted)
    edited_then_deleted = templates["nl-excuses"]
    edited_then_deleted.title = "Mijn excuses"
    save_template(store, edited_then_deleted)
    store.mark_deleted(edited_then_deleted)

    assert restore_starters(store) == 1  # only the deleted, unedited one comes back
    again = {t.starter_key: t for t in store.find(ReplyTemplate)}
    assert again["nl-bedankt"].body == "Dank je wel, {name}! Eigen tekst.\n{signature}"
    assert "en-thanks" in again
    assert "nl-excuses" not in again
    assert len(store.find(ReplyTemplate)) == len(starter_templates()) - 1


def _template(title: str, body: str = "Hoi {name}", tags: list[str] | None = None, uses: int = 0,
              language: str = "nl") -> ReplyTemplate:
    return ReplyTemplate(title=title, category=TemplateCategory.QUESTION, language=language, body=body,
                         tags=tags or [], use_count=uses)


def test_search_ranks_title_above_tags_above_body_and_needs_every_word() -> None:
    in_body = _template("Algemeen antwoord", body="Het afval wordt opgehaald")
    in_tags = _template("Melding", tags=["afval", "container"])
    in_title = _template("Afval naast de container")
    unrelated = _template("Bedankt")
    found = search([in_body, unrelated, in_tags, in_title], "afval")
    assert found == [in_title, in_tags, in_body]
    assert search([in_body, in_tags, in_title], "afval container") == [in_title, in_tags]
    assert search([in_body, in_tags, in_title], "AFVAL opgehaald") == [in_body]
    assert search([in_body, in_tags, in_title], "fiets") == []


def test_search_prefers_the_most_used_among_equals_and_filters_on_language() -> None:
    rarely, often = _template("Vraag A", uses=1), _template("Vraag B", uses=20)
    english = _template("Vraag C", language="en")
    assert search([rarely, often, english], "vraag", language="nl") == [often, rarely]
    assert search([rarely, often, english], "") == [often, rarely, english]


def _people(store: Store) -> tuple[StaffMember, StaffMember]:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
    joris = store.save(StaffMember(name="Joris"))
    store.save(Signature(staff_id=sanne.id, language="nl", text="Groet, Sanne, team communicatie"))
    store.save(Signature(staff_id=sanne.id, language="en", text="Kind regards, Sanne"))
    store.save(Signature(staff_id=joris.id, language="nl", text="Groet, Joris"))
    return sanne, joris


def test_the_stand_in_signs_on_the_days_of_an_absence(store: Store) -> None:
    sanne, joris = _people(store)
    store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=date(2026, 7, 6), ends_on=date(2026, 7, 17)))
    assert current_answerer(store, date(2026, 7, 3)) == sanne
    assert signature_of(store, current_answerer(store, date(2026, 7, 3)), "nl") == "Groet, Sanne, team communicatie"
    for day in (date(2026, 7, 6), date(2026, 7, 17)):
        assert current_answerer(store, day) == joris
    assert signature_of(store, joris, "nl") == "Groet, Joris"
    assert signature_of(store, joris, "en") == "Groet, Joris"  # no English signature: the Dutch one
    assert current_answerer(store, date(2026, 7, 18)) == sanne


def test_switching_by_hand_holds_for_that_day_only(store: Store) -> None:
    sanne, joris = _people(store)
    choose_answerer(store, joris, date(2026, 3, 2))
    assert current_answerer(store, date(2026, 3, 2)) == joris
    assert current_answerer(store, date(2026, 3, 3)) == sanne


def test_the_expected_date_skips_the_municipalitys_holidays(store: Store) -> None:
    save_municipality(store, Municipality(name="Oosterzande", country=Country.NL, time_zone="Europe/Amsterdam"))
    # Thursday 24 December 2026 + 2 working days: Christmas Day and Boxing Day are closed, then a weekend
    assert expected_answer_date(store, date(2026, 12, 24), 2) == date(2026, 12, 29)
    save_municipality(store, Municipality(name="Kasterlee", country=Country.BE, time_zone="Europe/Brussels"))
    # Friday 10 July 2026 + 1: in Belgium 13 July is an ordinary Monday; 21 July (national day) is closed
    assert expected_answer_date(store, date(2026, 7, 10), 1) == date(2026, 7, 13)
    assert expected_answer_date(store, date(2026, 7, 20), 1) == date(2026, 7, 22)


def test_a_use_is_counted_and_the_log_gives_week_month_and_median(store: Store) -> None:
    sanne, _ = _people(store)
    template = store.save(_template("Vraag"))
    wednesday = datetime(2026, 3, 18, 11, 0, tzinfo=UTC)
    record_use(store, template, sanne, "Facebook", wednesday - timedelta(hours=1), wednesday)
    record_use(store, template, sanne, "Mastodon", wednesday - timedelta(hours=3), wednesday + timedelta(minutes=5))
    record_use(store, template, sanne, "Facebook", datetime(2026, 3, 2, 8, 0, tzinfo=UTC),
               datetime(2026, 3, 2, 13, 0, tzinfo=UTC))
    record_use(store, template, None, "Instagram", datetime(2026, 2, 27, 8, 0, tzinfo=UTC),
               datetime(2026, 2, 27, 9, 0, tzinfo=UTC))  # last month
    stored = store.get(ReplyTemplate, template.id)
    assert stored is not None and stored.use_count == 4
    figures = reply_figures(store, datetime(2026, 3, 19, 12, 0, tzinfo=UTC))
    assert (figures.this_week, figures.this_month) == (2, 3)
    assert figures.median_response == timedelta(hours=3, minutes=5)
    assert {entry.channel for entry in store.find(ReplyLogEntry)} == {"Facebook", "Mastodon", "Instagram"}


def test_a_message_received_in_the_future_counts_as_answered_at_once(store: Store) -> None:
    template = store.save(_template("Vraag"))
    now = datetime(2026, 3, 18, 11, 0, tzinfo=UTC)
    entry = record_use(store, template, None, "Facebook", now + timedelta(hours=2), now)
    assert entry.received_at == now


def test_export_then_import_round_trips_and_skips_what_is_there(store: Store, tmp_path: Path) -> None:
    store.save(_template("Vraag", tags=["a", "b"]))
    store.save(ReplyTemplate(title="Private", category=TemplateCategory.TO_PRIVATE, language="en",
                             body="Dear {name}", audience=Audience.PRIVATE))
    path = tmp_path / "templates.json"
    assert export_templates(store, path) == 2
    read = read_templates(path)
    assert {(t.title, t.audience, tuple(t.tags)) for t in read} == {
        ("Vraag", Audience.PUBLIC, ("a", "b")), ("Private", Audience.PRIVATE, ())}
    assert import_templates(store, read) == 0
    other = Store.open(tmp_path / "other.sqlite")
    try:
        assert import_templates(other, read_templates(path)) == 2
    finally:
        other.close()


def _write(path: Path, payload: object) -> Path:
    path.write_text(json.dumps(payload), encoding="utf-8")
    return path


GOOD = {"title": "Goed", "category": "thanks", "language": "nl", "body": "Dank je, {name}"}


@pytest.mark.parametrize(("entry", "reason"), [
    ({**GOOD, "title": " "}, "no title"),
    ({**GOOD, "body": ""}, "no text"),
    ({**GOOD, "category": "spam"}, "unknown category “spam”"),
    ({**GOOD, "language": "de"}, "language must be nl, en or fr"),
    ({**GOOD, "audience": "everyone"}, "audience must be public or private"),
    ({**GOOD, "tags": "a,b"}, "tags must be a list"),
    ("just text", "not a template"),
])
def test_a_bad_entry_is_named_and_nothing_is_imported(store: Store, tmp_path: Path, entry: object,
                                                       reason: str) -> None:
    path = _write(tmp_path / "shared.json", {"format": "omroeper-templates", "version": 1,
                                             "templates": [GOOD, entry]})
    with pytest.raises(KnownError) as raised:
        read_templates(path)
    assert f"template 2: {reason}" in raised.value.message
    assert "template 1" not in raised.value.message
    assert store.find(ReplyTemplate) == []


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00", b'{"format": "other", "templates": []}',
                                     b'["a list"]'])
def test_a_file_that_is_not_a_template_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "odd.json"
    path.write_bytes(content)
    with pytest.raises(KnownError) as raised:
        read_templates(path)
    assert "odd.json" in raised.value.message


def test_a_missing_file_is_refused_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="gone.json"):
        read_templates(tmp_path / "gone.json")
