"""The monthly report for the college or the management team: the month's figures as HTML with charts named in
it, in the language chosen for the report (not necessarily the interface's). The window and the command line
turn it into a PDF (ui/report_pdf.py), drawing the charts described here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from services.errors import KnownError, translate
from services.i18n import SUPPORTED_LANGUAGES, load_our_catalogue
from services.plain_text import html_text as escape  # every text escaped, direction controls out
from services.results import MonthFigures, month_figures
from services.store import Store


@dataclass(frozen=True)
class Chart:
    """A bar chart to draw: a bar per label, and where one is given, a target line across (the rhythm's)."""

    name: str  # what the HTML's <img src="chart:NAME"> names
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    target: float | None = None
    target_label: str = ""
    colours: tuple[int, ...] = ()  # per bar, its colour's number: a channel keeps its colour in every chart


@dataclass
class MonthReport:
    title: str
    html: str
    language: str
    charts: list[Chart] = field(default_factory=list)


class _OneLanguage(QTranslator):
    """Answers every lookup in one language: its own catalogue where it has the text, else the English source.
    Installed last, it is asked first, so the interface's language never shows through in the report."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.catalogue = QTranslator()
        load_our_catalogue(self.catalogue, language)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        found = self.catalogue.translate(context, source, disambiguation, n)
        return found or source

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


@contextmanager
def in_language(language: str) -> Iterator[None]:
    """Words, month names and numbers in `language` for the time of the block; the interface's afterwards."""
    if language not in SUPPORTED_LANGUAGES:
        raise KnownError(translate("Report", "The report can only be written in Dutch (nl) or English (en)."))
    app = QCoreApplication.instance()
    assert app is not None, "a report is written inside the app or a command"
    previous = QLocale()
    translator = _OneLanguage(language)
    app.installTranslator(translator)
    QLocale.setDefault(QLocale("nl_NL" if language == "nl" else "en_GB"))
    try:
        yield
    finally:
        app.removeTranslator(translator)
        QLocale.setDefault(previous)


def month_name(first: date) -> str:
    return QLocale().toString(QDate(first.year, first.month, 1), "MMMM yyyy")


def _number(value: int | float | None) -> str:
    return "–" if value is None else QLocale().toString(int(round(value)))


def month_report(store: Store, first: date, language: str, municipality: str = "") -> MonthReport:
    """The report of the month that starts on `first`, in `language` ("nl" or "en")."""
    figures = month_figures(store, first)
    with in_language(language):
        return _report(figures, language, municipality)


def charts_of(figures: MonthFigures) -> list[Chart]:
    """The charts of a month: reactions per channel, posts per week against the rhythm, followers per channel."""
    order = sorted(channel.name for channel in figures.channels)
    charts = [Chart("reactions", translate("Report", "Reactions per channel"),
                    tuple(channel.name for channel in figures.channels),
                    tuple(float(channel.reactions) for channel in figures.channels),
                    colours=tuple(order.index(channel.name) for channel in figures.channels)),
              Chart("rhythm", translate("Report", "Posts per week against the target"),
                    tuple(translate("Report", "wk {number}").format(number=week.monday.isocalendar()[1])
                          for week in figures.weeks),
                    tuple(float(week.published) for week in figures.weeks),
                    target=float(figures.per_week_target) if figures.per_week_target else None,
                    target_label=translate("Report", "target {count}").format(count=figures.per_week_target))]
    followed = [channel for channel in figures.channels if channel.followers is not None]
    if followed:
        charts.append(Chart("followers", translate("Report", "Followers at the end of the month"),
                            tuple(channel.name for channel in followed),
                            tuple(float(channel.followers or 0) for channel in followed),
                            colours=tuple(order.index(channel.name) for channel in followed)))
    return charts


def inbox_lines(figures: MonthFigures) -> list[str]:
    """The inbox's figures in sentences, against the municipality's target and the survey's 19 hours."""
    inbox = figures.inbox
    survey = translate("Report", "For comparison: the average Flemish municipality answered on Twitter in {hours} "
                                 "hours.").format(hours=inbox.survey_hours)
    target = (translate("Report", "The municipality's target: an answer within {hours} hours.").format(
        hours=inbox.target_hours) if inbox.target_hours else "")
    if not inbox.available:
        return [line for line in (translate("Report", "Messages and response times: not counted yet (no inbox "
                                                      "yet)."), target, survey) if line]
    median = (translate("Report", "{hours} hours").format(
        hours=QLocale().toString(inbox.median_response.total_seconds() / 3600, "f", 1))
        if inbox.median_response is not None else "–")
    return [line for line in (
        translate("Report", "Messages received: {count}; answered: {answered}.").format(
            count=_number(inbox.messages), answered=_number(inbox.answered)),
        translate("Report", "Median response time: {median}.").format(median=median), target, survey) if line]


def _report(figures: MonthFigures, language: str, municipality: str) -> MonthReport:
    month = month_name(figures.first)
    title = (translate("Report", "Social media results {month}: {municipality}").format(
        month=month, municipality=municipality) if municipality else
        translate("Report", "Social media results {month}").format(month=month))
    charts = charts_of(figures)
    weeks_line = translate("Report", "Posting rhythm: {kept} of {weeks} weeks reached the target of {target} "
                                     "posts.").format(kept=figures.weeks_kept, weeks=len(figures.weeks),
                                                      target=figures.per_week_target)
    summary = [translate("Report", "Posts published: {count}.").format(count=_number(figures.posts)),
               translate("Report", "Reactions (likes, shares, replies and quotes together): {count}.").format(
                   count=_number(figures.reactions)), weeks_line]
    words = {"channel": translate("Report", "Channel"),
             "nothing": translate("Report", "Nothing was published this month."),
             "no_figures": translate("Report", "No figures came back for this month yet."),
             "per_channel": translate("Report", "Per channel"), "best": translate("Report", "Best posts of the month"),
             "inbox": translate("Report", "Messages and answers")}
    head = (f"<tr><th align='left' width='22%'>{escape(words['channel'])}</th>"
            + "".join(f"<th align='right'>{escape(word)}</th>" for word in (
                translate("Report", "Posts"), translate("Report", "Likes"), translate("Report", "Shares"),
                translate("Report", "Replies"), translate("Report", "Views"), translate("Report", "Reach"),
                translate("Report", "Followers"))) + "</tr>")
    rows = []
    for channel in figures.channels:
        change = ""
        if channel.followers is not None and channel.followers_before is not None:
            change = f" ({channel.followers - channel.followers_before:+d})"
        cells = [channel.posts, channel.likes, channel.shares, channel.replies]
        rows.append("<tr><td>" + escape(channel.name) + "</td>"
                    + "".join(f"<td align='right'>{_number(value)}</td>" for value in cells)
                    + f"<td align='right'>{_number(channel.views)}</td><td align='right'>{_number(channel.reach)}</td>"
                    + f"<td align='right'>{_number(channel.followers)}{escape(change)}</td></tr>")
    if not rows:
        rows.append(f"<tr><td colspan='8'>{escape(words['nothing'])}</td>"
                    "</tr>")
    problems = [f"<p class='problem'>{escape(channel.name)}: {escape(channel.problem)}</p>"
                for channel in figures.channels if channel.problem]
    best = []
    for number, post in enumerate(figures.best, start=1):
        when = QLocale().toString(QDate(post.published_at.year, post.published_at.month, post.published_at.day),
                                  "d MMMM")
        views = (" · " + translate("Report", "{count} views").format(count=_number(post.views))
                 if post.views is not None else "")
        reactions = translate("Report", "{count} reactions").format(count=_number(post.reactions))
        best.append(f"<tr><td valign='top'>{number}.</td><td><b>{escape(post.title)}</b><br>"
                    f"<span class='small'>{escape(when)} · {escape(', '.join(post.channels))} · "
                    f"{escape(reactions)}"
                    f"{escape(views)}</span></td></tr>")
    best_html = (f"<table cellpadding='3'>{''.join(best)}</table>" if best else
                 f"<p>{escape(words['no_figures'])}</p>")
    reach_note = translate("Report", "Views and reach are counted by Facebook only; Mastodon and Bluesky count "
                                     "reactions but no views. Figures are the latest each network gave.")
    charts_html = "".join(f"<p><img src='chart:{chart.name}' width='520' height='200'></p>" for chart in charts)
    html = f"""<html><head><meta charset="utf-8"><style>
body {{ font-family: sans-serif; font-size: 10pt; }}
h1 {{ font-size: 18pt; margin-bottom: 2pt; }}
h2 {{ font-size: 13pt; margin-top: 14pt; margin-bottom: 4pt; }}
th {{ background: #e8e8e8; padding: 3pt 2pt 3pt 6pt; font-size: 7.5pt; }}
td {{ padding: 3pt 3pt 3pt 8pt; border-bottom: 1px solid #ccc; }}
.small {{ color: #555; font-size: 9pt; }}
.problem {{ color: #a03020; }}
</style></head><body>
<h1>{escape(title)}</h1>
{''.join(f'<p>{escape(line)}</p>' for line in summary)}
<h2>{escape(words['per_channel'])}</h2>
<table width='100%' cellspacing='0'>{head}{''.join(rows)}</table>
<p class='small'>{escape(reach_note)}</p>
{''.join(problems)}
{charts_html}
<h2>{escape(words['best'])}</h2>
{best_html}
<h2>{escape(words['inbox'])}</h2>
{''.join(f'<p>{escape(line)}</p>' for line in inbox_lines(figures))}
</body></html>"""
    return MonthReport(title=title, html=html, language=language, charts=charts)
