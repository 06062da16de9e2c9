"""The month on paper, for the team meeting: a grid of days with their holidays, key dates and posts, as HTML that
Qt prints or writes to PDF."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QDate, QLocale

from models.channel import Network
from services.calendar_page import CalendarPage
from services.errors import translate


def month_overview_html(page: CalendarPage, month_first: date, municipality: str) -> str:
    """`page` must cover the six weeks shown (Monday before the 1st, 42 days)."""
    locale = QLocale()
    title = translate("MonthOverview", "Social media planning {month}").format(
        month=locale.toString(QDate(month_first.year, month_first.month, 1), "MMMM yyyy")
    )
    rows = []
    day = month_first - timedelta(days=month_first.weekday())
    for _week in range(6):
        cells = []
        for _weekday in range(7):
            cells.append(_day_cell(page, day, month_first))
            day += timedelta(days=1)
        rows.append("<tr>" + "".join(cells) + "</tr>")
        if day.month != month_first.month and day > month_first:
            break
    header = "".join(f'<th width="14%">{escape(locale.dayName(n, QLocale.FormatType.LongFormat))}</th>'
                     for n in range(1, 8))
    legend = translate("MonthOverview", "◆ key date · red: public holiday · shaded: fewer posts than planned that week")
    return f"""<html><head><meta charset="utf-8"><style>
body {{ font-family: sans-serif; font-size: 8pt; }}
h1 {{ font-size: 14pt; margin: 0 0 4pt 0; }}
table {{ border-collapse: collapse; width: 100%; }}
th {{ background: #e8e8e8; padding: 3pt; border: 1px solid #999; }}
td {{ vertical-align: top; border: 1px solid #999; padding: 3pt; width: 14%; height: 70pt; }}
.other {{ color: #999; }} .gap {{ background: #fbe9d0; }} .holiday {{ color: #c0392b; }}
.key {{ color: #7b52ab; }} .num {{ font-weight: bold; }}
</style></head><body>
<h1>{escape(title)}</h1><p>{escape(municipality)}</p>
<table><tr>{header}</tr>{"".join(rows)}</table>
<p>{escape(legend)}</p></body></html>"""


def _day_cell(page: CalendarPage, day: date, month_first: date) -> str:
    classes = []
    if day.month != month_first.month:
        classes.append("other")
    if day in page.gaps:
        classes.append("gap")
    lines = [f'<span class="num">{day.day}</span>']
    if day in page.holidays:
        lines.append(f'<span class="holiday">{escape(page.holidays[day])}</span>')
    for key_date in page.key_dates.get(day, []):
        lines.append(f'<span class="key">◆ {escape(key_date.title)}</span>')
    for post in page.posts.get(day, []):
        local = page.local_time(post)
        channels = ", ".join(
            page.channels[c.channel_id].name
            if page.channels[c.channel_id].network is Network.MANUAL
            else page.channels[c.channel_id].network.value.capitalize()
            for c in post.channels
            if c.channel_id in page.channels
        )
        when = f"{local:%H:%M} " if local else ""
        lines.append(f"{when}{escape(post.label)}" + (f" <i>({escape(channels)})</i>" if channels else ""))
    return f'<td width="14%" class="{" ".join(classes)}">' + "<br>".join(lines) + "</td>"
