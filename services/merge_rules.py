"""The rules the app's own editing keeps between records, checked on the calendar as a handover file's merge would
leave it (services/merge.py plans the merge and calls this before anything is written)."""

from __future__ import annotations

from typing import Any

from models.validation import one_line
from services.errors import translate
from services.handover_data import refused


def check_rules_across(source_name: str, writes: list[tuple[str, str, dict[str, Any]]],
                       ours: dict[str, dict[str, dict[str, Any]]]) -> None:
    """The rules the app's own editing keeps between records, on the calendar as the merge would leave it: no
    two channels with one name (a command naming the channel would pick either), no two absences of one person
    that overlap (who stands in on the shared days?). Raises KnownError, nothing merged, when a record of the
    file breaks one; what this laptop already held is not the file's fault."""
    after = {table: {record_id: dict(row) for record_id, row in ours[table].items()}
             for table in ("channels", "absences", "staff")}
    written: set[str] = set()
    for table, _action, row in writes:
        if table in after:
            after[table][row["id"]] = {**after[table].get(row["id"], {}), **row}
            written.add(row["id"])

    def live(table: str) -> list[dict[str, Any]]:
        return [row for row in after[table].values() if row.get("deleted_at") is None]

    names: dict[str, dict[str, Any]] = {}
    for channel in sorted(live("channels"), key=lambda row: str(row["id"])):
        name = str(channel.get("name") or "").strip().casefold()
        other = names.setdefault(name, channel)
        if other is not channel and written & {channel["id"], other["id"]}:
            raise refused(source_name, translate("Merge", "it would leave two channels named “{name}”. Rename or "
                                                          "remove one of them first.").format(
                name=one_line(channel.get("name"), 60)))
    by_person: dict[str, list[dict[str, Any]]] = {}
    for absence in live("absences"):
        by_person.setdefault(str(absence.get("staff_id")), []).append(absence)
    for staff_id, periods in by_person.items():
        periods.sort(key=lambda row: (str(row.get("starts_on")), str(row["id"])))
        for earlier, later in zip(periods, periods[1:], strict=False):
            if str(later.get("starts_on")) <= str(earlier.get("ends_on")) and written & {earlier["id"], later["id"]}:
                person = after["staff"].get(staff_id, {}).get("name") or "?"
                raise refused(source_name, translate(
                    "Merge", "it would give {person} two absences that overlap ({first} and {second}). Remove or "
                             "change one of them first.").format(
                    person=one_line(person, 60), first=_period(earlier), second=_period(later)))


def _period(absence: dict[str, Any]) -> str:
    from datetime import date

    from services.i18n import date_text  # Qt's locale, only for this message

    try:
        start, end = date.fromisoformat(str(absence["starts_on"])), date.fromisoformat(str(absence["ends_on"]))
    except ValueError:
        return f"{one_line(absence.get('starts_on'), 10)} – {one_line(absence.get('ends_on'), 10)}"
    return f"{date_text(start)} – {date_text(end)}"
