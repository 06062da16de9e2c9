"""Reply templates and who answers: starters, search ranking, answerer and signature, log figures, exchange."""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.reply import Audience, ReplyLogEntry, ReplyTemplate, TemplateCategory
from models.reply_text import personal_data_in, placeholders_in
from models.settings import Country, Municipality
from models.staff import StaffMember
from services.errors import KnownError
from services.preferences import save_municipality
from services.reply_templates import (
    count_copy,
    delete_template,
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
    templates_by_title,
)
from services.store import Store
from tests.conftest import FakeClock


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


def test_the_expected_date_skips_the_municipalitys_holidays(store: Store) -> None:
    save_municipality(store, Municipality(name="Oosterzande", country=Country.NL, time_zone="Europe/Amsterdam"))
    # Thursday 24 December 2026 + 2 working days: Christmas Day and Boxing Day are closed, then a weekend
    assert expected_answer_date(store, date(2026, 12, 24), 2) == date(2026, 12, 29)
    save_municipality(store, Municipality(name="Kasterlee", country=Country.BE, time_zone="Europe/Brussels"))
    # Friday 10 July 2026 + 1: in Belgium 13 July is an ordinary Monday; 21 July (national day) is closed
    assert expected_answer_date(store, date(2026, 7, 10), 1) == date(2026, 7, 13)
    assert expected_answer_date(store, date(2026, 7, 20), 1) == date(2026, 7, 22)


def test_a_use_is_counted_and_the_log_gives_week_month_and_median(store: Store) -> None:
    sanne = store.save(StaffMember(name="Sanne", is_self=True))
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


# ---- a template file from outside: checked whole against the format before anything is read into the store ----

def _file(path: Path, templates: list[object], **root: object) -> Path:
    return _write(path, {"format": "omroeper-templates", "version": 1, "templates": templates, **root})


def _refusal(path: Path) -> str:
    with pytest.raises(KnownError) as raised:
        read_templates(path)
    return raised.value.message


def test_a_file_of_two_gigabytes_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "groot.json"
    with path.open("wb") as handle:
        handle.truncate(2 * 1024 ** 3)  # sparse: two gigabytes on paper
    assert _refusal(path) == "groot.json is larger than 8 MB: not a template file."


def test_a_text_no_file_can_hold_is_refused_before_anything_is_stored(tmp_path: Path) -> None:
    path = tmp_path / "kapot.json"
    path.write_text('{"format": "omroeper-templates", "version": 1, "templates": [{"title": "Dank \\ud800", '
                    '"category": "thanks", "language": "nl", "body": "Dank je, {name}"}]}')
    assert _refusal(path).startswith("kapot.json")


def test_deeply_nested_json_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "diep.json"
    path.write_text('{"format": "omroeper-templates", "version": 1, "templates": [' + "[" * 100_000 + "]" * 100_000
                    + "]}")
    assert _refusal(path) == "diep.json is nested far deeper than a template file is."
    shallow_but_wrong = _file(tmp_path / "dieper.json", [{**GOOD, "tags": [[["a"]]]}])
    assert "template 1: tags must be texts in quotes" in _refusal(shallow_but_wrong)


@pytest.mark.parametrize(("entry", "reason"), [
    ({**GOOD, "title": "x" * 1_000_000}, "the title is longer than 200 characters"),
    ({**GOOD, "body": "x" * 20_001}, "the text is longer than 20000 characters"),
    ({**GOOD, "title": "Regel\nregel"}, "the title holds a line break or a control character"),
    ({**GOOD, "body": "Hoi\x00{name}"}, "the text holds a control character"),
    ({**GOOD, "body": "Hoi {naam}"}, "unknown placeholder {naam}"),
    ({**GOOD, "title": 12}, "“title” must be a text in quotes"),
    ({**GOOD, "body": ["a"]}, "“body” must be a text in quotes"),
    ({**GOOD, "category": {"$ne": 1}}, "“category” must be a text in quotes"),
    ({**GOOD, "tags": [1, 2]}, "tags must be texts in quotes"),
    ({**GOOD, "tags": [None]}, "tags must be texts in quotes"),
    ({**GOOD, "tags": ["a,b"]}, "a tag holds a comma, a line break or a control character"),
    ({**GOOD, "tags": ["x" * 61]}, "a tag is longer than 60 characters"),
    ({**GOOD, "tags": [str(n) for n in range(31)]}, "more than 30 tags"),
    ({**GOOD, "signature": "Groet"}, "unknown field “signature”"),
])
def test_each_field_is_checked_against_the_format(store: Store, tmp_path: Path, entry: object, reason: str) -> None:
    message = _refusal(_file(tmp_path / "gedeeld.json", [GOOD, entry]))
    assert message.startswith("Nothing was imported; gedeeld.json has problems:")
    assert f"template 2: {reason}" in message
    assert len(message) < 400  # a long value is never quoted whole
    assert store.find(ReplyTemplate) == []


@pytest.mark.parametrize(("content", "message"), [
    (b'{"format": "omroeper-templates", "version": 2, "templates": []}',
     "nieuw.json was made by a newer Omroeper (format version 2); update Omroeper to import it."),
    (b'{"format": "omroeper-templates", "templates": []}', "nieuw.json has no format version Omroeper knows."),
    (b'{"format": "omroeper-templates", "version": "1", "templates": []}',
     "nieuw.json has no format version Omroeper knows."),
    (b'{"format": "omroeper-templates", "version": true, "templates": []}',
     "nieuw.json has no format version Omroeper knows."),
    (b'{"format": "omroeper-templates", "version": 1, "version": 2, "templates": []}',
     "nieuw.json has the key “version” twice in one place; Omroeper cannot tell which one counts."),
    (b'{"format": "omroeper-templates", "version": 1, "templates": [], "extra": 1}',
     "nieuw.json has a field Omroeper does not know: “extra”."),
    (b'{"format": "omroeper-templates", "version": 1, "templates": [{"title": NaN}]}',
     "nieuw.json is not a template file Omroeper can read."),
    (b'{"format": "omroeper-templates", "version": 1' + b"1" * 5000 + b', "templates": []}',
     "nieuw.json is not a template file Omroeper can read."),
    (b'{"format": "omroeper-templates",\n "version": 1,\n "templates": [}',
     "nieuw.json is not a template file Omroeper can read (line 3)."),
])
def test_the_format_version_and_the_json_itself_are_checked(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "nieuw.json"
    path.write_bytes(content)
    assert _refusal(path) == message


def test_a_duplicate_key_inside_a_template_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "dubbel.json"
    path.write_text('{"format": "omroeper-templates", "version": 1, "templates": [{"title": "Goed", "title": '
                    '"Anders", "category": "thanks", "language": "nl", "body": "x"}]}')
    assert "the key “title” twice" in _refusal(path)


def test_many_bad_templates_are_summed_up(tmp_path: Path) -> None:
    message = _refusal(_file(tmp_path / "slecht.json", [{**GOOD, "language": "de"}] * 50))
    assert "template 20: language must be nl, en or fr" in message and "template 21" not in message
    assert message.endswith("… and 30 more problems")


def test_a_good_file_comes_in_cleaned_as_the_dialog_would(tmp_path: Path) -> None:
    path = _file(tmp_path / "goed.json", [{**GOOD, "title": "  Bedankt  ", "body": "\nDank je, {name}\n",
                                           "tags": [" dank ", "", "  "], "key": "nl-bedankt"}])
    [template] = read_templates(path)
    assert (template.title, template.body, template.tags) == ("Bedankt", "Dank je, {name}", ["dank"])
    assert template.starter_key == ""  # a file's key makes no starter of it


# ---- properties: whatever JSON a file holds, a message or templates that keep the app's own rules ---------------

JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False),
                         st.text(max_size=30))
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)), max_leaves=20)
FIELD_VALUES = {
    "title": st.one_of(st.text(max_size=30), st.sampled_from([" ", "Vraag", "x" * 201]), JSON_VALUES),
    "body": st.one_of(st.text(max_size=40), st.sampled_from(["Hoi {name}", "{naam}", "{}", " \n "]), JSON_VALUES),
    "category": st.one_of(st.sampled_from([c.value for c in TemplateCategory]), JSON_VALUES),
    "language": st.one_of(st.sampled_from(["nl", "en", "fr", "de"]), JSON_VALUES),
    "audience": st.one_of(st.sampled_from(["public", "private", "all"]), JSON_VALUES),
    "tags": st.one_of(st.lists(st.text(max_size=12), max_size=5), JSON_VALUES),
    "key": JSON_VALUES,
    "extra": JSON_VALUES,
}
WORDS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=25)
LIKELY = st.fixed_dictionaries(  # mostly what a file from another municipality holds, with its odd corners
    {"title": WORDS, "body": st.builds("{} {{name}} {}".format, st.text(max_size=20), st.text(max_size=20)),
     "category": st.sampled_from([c.value for c in TemplateCategory]), "language": st.sampled_from(["nl", "en"])},
    optional={"audience": st.sampled_from(["public", "private"]), "tags": st.lists(WORDS, max_size=4),
              "key": st.text(max_size=10)})
ENTRIES = st.one_of(JSON_VALUES, LIKELY, st.fixed_dictionaries({}, optional=FIELD_VALUES),
                    st.fixed_dictionaries({name: FIELD_VALUES[name] for name in ("title", "body", "category",
                                                                                  "language")}))
FILES = st.one_of(JSON_VALUES, st.fixed_dictionaries(
    {"format": st.one_of(st.just("omroeper-templates"), JSON_VALUES),
     "version": st.one_of(st.just(1), JSON_VALUES),
     "templates": st.one_of(st.lists(ENTRIES, max_size=4), JSON_VALUES)}),
    st.fixed_dictionaries({"format": st.just("omroeper-templates"), "version": st.just(1),
                           "templates": st.lists(LIKELY, min_size=1, max_size=3)}))


def keeps_the_apps_rules(template: ReplyTemplate) -> bool:
    """What the template dialog takes (a title, a text, known placeholders), and the sizes of the format."""
    from ui.template_dialog import TemplateDialog

    dialog = TemplateDialog(template)
    try:
        taken = dialog.problem() == "" and dialog.apply_to(ReplyTemplate(
            title="", category=TemplateCategory.QUESTION, language="nl", body="")).tags == template.tags
    finally:
        dialog.deleteLater()
    control = [chr(c) for c in [*range(32), *range(127, 160)]]
    return (taken and template.title == template.title.strip() and len(template.title) <= 200
            and not any(char in template.title for char in control)
            and template.body == template.body.strip() and len(template.body) <= 20_000
            and not any(char in template.body for char in control if char not in "\n\t\r")
            and template.category in TemplateCategory and template.language in ("nl", "en", "fr")
            and template.audience in Audience and len(template.tags) <= 30
            and all(len(tag) <= 60 and not any(char in tag for char in control) for tag in template.tags))


@settings(max_examples=300, deadline=None)
@given(payload=FILES)
def test_any_json_gives_a_message_or_templates_that_keep_the_rules(qapp, payload: object) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.json"
        path.write_text(json.dumps(payload), encoding="utf-8")
        try:
            templates = read_templates(path)
        except KnownError as error:
            assert error.message.startswith("any.json") or error.message.startswith("Nothing was imported")
            return
        assert all(keeps_the_apps_rules(template) for template in templates)
        assert isinstance(payload, dict) and len(templates) == len(payload["templates"])


@settings(max_examples=200, deadline=None)
@given(content=st.binary(max_size=400))
def test_any_bytes_give_a_message_or_templates(qapp, content: bytes) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "any.json"
        path.write_bytes(content)
        try:
            templates = read_templates(path)
        except KnownError as error:
            assert "any.json" in error.message
            return
        assert all(keeps_the_apps_rules(template) for template in templates)


def test_what_is_not_a_file_is_refused_without_waiting(tmp_path: Path) -> None:
    import os

    assert _refusal(tmp_path) == f"{tmp_path.name} is not a template file Omroeper can read."
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pijp.json")  # reading it would wait forever
        assert _refusal(tmp_path / "pijp.json") == "pijp.json is not a template file Omroeper can read."


def test_the_list_shows_templates_by_title_and_a_deleted_one_leaves_it(store: Store) -> None:
    parking = store.save(ReplyTemplate(title="Parkeren", category=TemplateCategory.COMPLAINT, language="nl",
                                       body="…"))
    waste = store.save(ReplyTemplate(title="Afval", category=TemplateCategory.QUESTION, language="nl", body="…"))
    assert [template.title for template in templates_by_title(store)] == ["Afval", "Parkeren"]
    delete_template(store, waste)
    assert templates_by_title(store) == [parking]


def test_a_copy_without_logging_counts_for_the_template_only(store: Store, clock: FakeClock) -> None:
    template = store.save(ReplyTemplate(title="Afval", category=TemplateCategory.QUESTION, language="nl", body="…"))
    count_copy(store, template, clock.now)
    stored = store.get(ReplyTemplate, template.id)
    assert stored is not None and (stored.use_count, stored.last_used_at) == (1, clock.now)
    assert store.find(ReplyLogEntry) == []



@pytest.mark.usefixtures("english")
def test_a_template_longer_than_a_record_holds_is_refused_and_not_stored(store: Store, tmp_path: Path) -> None:
    """Stored, it would be left out of every handover file; refused, the reason is said and nothing changes."""
    from services.handover import HandoverNote, export_handover

    before = len(store.find(ReplyTemplate))
    template = ReplyTemplate(title="Plakfout", category=TemplateCategory.QUESTION, language="nl",
                             body="tekst " * 200_000)
    with pytest.raises(KnownError, match="The text is longer than Omroeper can keep: 1,200,000 characters"):
        save_template(store, template)
    template.body = "Dag {name}"
    template.tags = [f"tag{n}" for n in range(600)]
    with pytest.raises(KnownError, match="At most 500 tags can be kept; this has 600."):
        save_template(store, template)
    template.tags, template.title = [], "  "
    with pytest.raises(KnownError, match="Give the template a title."):
        save_template(store, template)
    assert len(store.find(ReplyTemplate)) == before
    export_handover(store, tmp_path / "naar-joris.omroeper", HandoverNote(), store.clock())
    assert not store.unreadable.found
