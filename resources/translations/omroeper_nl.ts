<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../ui/absence_dialog.py" line="21"/>
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.py" line="25"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.py" line="32"/>
        <source>for example: summer holiday</source>
        <translation>bijvoorbeeld: zomervakantie</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.py" line="34"/>
        <source>&amp;Who is away</source>
        <translation>&amp;Wie is afwezig</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.py" line="35"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.py" line="37"/>
        <source>&amp;To (inclusive)</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.py" line="39"/>
        <source>&amp;Stand-in</source>
        <translation>V&amp;ervanger</translation>
    </message>
    <message>
        <location filename="../../ui/absence_dialog.py" line="40"/>
        <source>&amp;Note</source>
        <translation>&amp;Notitie</translation>
    </message>
</context>
<context>
    <name>AbsenceListModel</name>
    <message>
        <location filename="../../ui/absence_list_model.py" line="35"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../ui/absence_list_model.py" line="35"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/absence_list_model.py" line="35"/>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/absence_list_model.py" line="35"/>
        <source>Stand-in</source>
        <translation>Vervanger</translation>
    </message>
    <message>
        <location filename="../../ui/absence_list_model.py" line="35"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/absence_list_model.py" line="49"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>Absences</name>
    <message>
        <location filename="../../services/absences.py" line="20"/>
        <source>The last day of an absence cannot be before its first day.</source>
        <translation>De laatste dag van een afwezigheid kan niet vóór de eerste dag liggen.</translation>
    </message>
    <message>
        <location filename="../../services/absences.py" line="22"/>
        <source>Someone cannot stand in for themselves: choose a colleague.</source>
        <translation>Iemand kan zichzelf niet vervangen: kies een collega.</translation>
    </message>
    <message>
        <location filename="../../services/absences.py" line="26"/>
        <source>This overlaps another absence of the same person ({start} to {end}). Change that one instead.</source>
        <translation>Dit overlapt met een andere afwezigheid van dezelfde persoon ({start} tot en met {end}). Pas die liever aan.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/agenda_model.py" line="51"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="51"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="51"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="51"/>
        <source>Post</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="61"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../services/archive_files.py" line="64"/>
        <source>posted by hand</source>
        <translation>met de hand gepost</translation>
    </message>
    <message>
        <location filename="../../services/archive_files.py" line="119"/>
        <source>(no title)</source>
        <translation>(geen titel)</translation>
    </message>
    <message>
        <location filename="../../services/archive_files.py" line="122"/>
        <source>Deleted in Omroeper on {time}.</source>
        <translation>Verwijderd in Omroeper op {time}.</translation>
    </message>
    <message>
        <location filename="../../services/archive_files.py" line="124"/>
        <source>{channel} ({network}), {time}</source>
        <translation>{channel} ({network}), {time}</translation>
    </message>
    <message>
        <location filename="../../services/archive_files.py" line="131"/>
        <source>Channel text removed in Omroeper.</source>
        <translation>Kanaaltekst verwijderd in Omroeper.</translation>
    </message>
    <message>
        <location filename="../../services/archive_files.py" line="133"/>
        <source>The text was changed after it went out; shown is the text as kept now.</source>
        <translation>De tekst is gewijzigd nadat het bericht was verstuurd; hier staat de tekst zoals die nu bewaard is.</translation>
    </message>
    <message>
        <location filename="../../services/archive_files.py" line="142"/>
        <source>Image missing: {alt}</source>
        <translation>Afbeelding ontbreekt: {alt}</translation>
    </message>
    <message>
        <location filename="../../services/archive_files.py" line="146"/>
        <source>{time} · {channel} · {author}</source>
        <translation>{time} · {channel} · {author}</translation>
    </message>
    <message>
        <location filename="../../services/archive_files.py" line="152"/>
        <source>Answer by {name}, {time}</source>
        <translation>Antwoord van {name}, {time}</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="237"/>
        <source>{path} is a file, not a folder. Choose a new or empty folder for the archive; nothing was written.</source>
        <translation>{path} is een bestand, geen map. Kies een nieuwe of lege map voor het archief; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="240"/>
        <source>{path} is not an empty folder. Choose a new or empty folder for the archive; nothing was written.</source>
        <translation>{path} is geen lege map. Kies een nieuwe of lege map voor het archief; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="278"/>
        <source>The archive could not be written to {path}: {reason}</source>
        <translation>Het archief kon niet worden geschreven naar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="312"/>
        <source>Published posts</source>
        <translation>Gepubliceerde berichten</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="314"/>
        <source>No posts published in this period.</source>
        <translation>In deze periode zijn geen berichten gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="318"/>
        <location filename="../../services/archive.py" line="346"/>
        <source>The archive was stopped; nothing was written.</source>
        <translation>Het schrijven van het archief is gestopt; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="375"/>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="375"/>
        <location filename="../../services/archive_messages.py" line="124"/>
        <location filename="../../services/archive_messages.py" line="140"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="375"/>
        <source>network</source>
        <translation>netwerk</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="376"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="376"/>
        <location filename="../../services/archive_messages.py" line="125"/>
        <location filename="../../services/archive_messages.py" line="141"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="376"/>
        <location filename="../../services/archive_messages.py" line="126"/>
        <location filename="../../services/archive_messages.py" line="141"/>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="377"/>
        <source>image descriptions</source>
        <translation>afbeeldingsbeschrijvingen</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="377"/>
        <source>images</source>
        <translation>afbeeldingen</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="378"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="378"/>
        <source>changed after publishing</source>
        <translation>gewijzigd na publicatie</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="385"/>
        <source>from {start} to {end}</source>
        <translation>van {start} tot en met {end}</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="388"/>
        <source>from {start}</source>
        <translation>vanaf {start}</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="390"/>
        <source>up to {end}</source>
        <translation>tot en met {end}</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="391"/>
        <source>at any time</source>
        <translation>over de hele bewaarde periode</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="395"/>
        <source>Archive of {municipality}</source>
        <translation>Archief van {municipality}</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="396"/>
        <source>the municipality</source>
        <translation>de gemeente</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="397"/>
        <source>Published on social media, {period}.</source>
        <translation>Gepubliceerd op sociale media, {period}.</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="400"/>
        <source>Only what matches the search “{words}”.</source>
        <translation>Alleen wat past bij de zoekopdracht “{words}”.</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="402"/>
        <source>Times on the municipality&apos;s clock. The same records are in posts.json (described by schema/omroeper-archive.schema.json) and posts.csv.</source>
        <translation>Tijden in de tijdzone van de gemeente. Dezelfde gegevens staan in posts.json (beschreven in schema/omroeper-archive.schema.json) en posts.csv.</translation>
    </message>
    <message>
        <location filename="../../services/archive.py" line="418"/>
        <source>Social media posts published {period}</source>
        <translation>Berichten op sociale media, gepubliceerd {period}</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="124"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="124"/>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="125"/>
        <source>from</source>
        <translation>van</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="125"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="126"/>
        <location filename="../../services/archive_messages.py" line="141"/>
        <source>state</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="126"/>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="128"/>
        <source>Messages</source>
        <translation>Berichten van inwoners</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="138"/>
        <source>No messages in this period.</source>
        <translation>Geen berichten van inwoners in deze periode.</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="140"/>
        <source>answered</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="140"/>
        <source>by</source>
        <translation>door</translation>
    </message>
    <message>
        <location filename="../../services/archive_messages.py" line="142"/>
        <source>message</source>
        <translation>bericht</translation>
    </message>
    <message>
        <location filename="../../services/archive_search.py" line="88"/>
        <source>Type the words to search for.</source>
        <translation>Typ de woorden waarop u wilt zoeken.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../ui/archive_dialog.py" line="50"/>
        <source>Archive for the archivist</source>
        <translation>Archief voor de archivaris</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="51"/>
        <source>Export what was found</source>
        <translation>Zoekresultaten exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="59"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="70"/>
        <source>A BagIt package an archive can take in: every post published in the period per channel, with its images, links and what happened to it afterwards, as JSON (with its schema), CSV and a readable overview, and checksums. Tokens are never in it.</source>
        <translation>Een BagIt-pakket dat een archief kan opnemen: elk bericht dat in de periode is gepubliceerd, per kanaal, met de afbeeldingen, links en wat er daarna mee is gebeurd, als JSON (met het schema), CSV en een leesbaar overzicht, en met controlegetallen. Tokens zitten er nooit in.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="73"/>
        <source>A BagIt package of exactly the records found, in the same form as the archive of a period.</source>
        <translation>Een BagIt-pakket van precies de gevonden gegevens, in dezelfde vorm als het archief van een periode.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="78"/>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="80"/>
        <source>&amp;To (inclusive)</source>
        <translation>&amp;Tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="85"/>
        <source>F&amp;older</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="91"/>
        <source>&amp;Write archive</source>
        <translation>&amp;Archief schrijven</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="109"/>
        <source>woo-request</source>
        <translation>woo-verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="110"/>
        <source>archive</source>
        <translation>archief</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="115"/>
        <source>Where to write the archive</source>
        <translation>Waar moet het archief komen?</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="127"/>
        <source>Choose a folder for the archive.</source>
        <translation>Kies een map voor het archief.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="130"/>
        <source>The last day is before the first day.</source>
        <translation>De laatste dag ligt vóór de eerste dag.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="150"/>
        <source>Writing the archive…</source>
        <translation>Het archief wordt geschreven…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="161"/>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="161"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="175"/>
        <source>Writing the archive: post {done} of {total}…</source>
        <translation>Het archief wordt geschreven: bericht {done} van {total}…</translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="176"/>
        <source>Writing the checksums…</source>
        <translation>De controlegetallen worden geschreven…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="182"/>
        <source>The archive was written to {path}: %n post(s)</source>
        <translation>
            <numerusform>Het archief is geschreven naar {path}: %n bericht</numerusform>
            <numerusform>Het archief is geschreven naar {path}: %n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="183"/>
        <source>, %n image(s)</source>
        <translation>
            <numerusform>, %n afbeelding</numerusform>
            <numerusform>, %n afbeeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="183"/>
        <source>, %n message(s)</source>
        <translation>
            <numerusform>, %n bericht van een inwoner</numerusform>
            <numerusform>, %n berichten van inwoners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="184"/>
        <source>, %n answer(s).</source>
        <translation>
            <numerusform>, %n antwoord.</numerusform>
            <numerusform>, %n antwoorden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="186"/>
        <source>%n image file(s) were missing; the records say so.</source>
        <translation>
            <numerusform>%n afbeeldingsbestand ontbrak; dat staat in de gegevens.</numerusform>
            <numerusform>%n afbeeldingsbestanden ontbraken; dat staat in de gegevens.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/archive_dialog.py" line="203"/>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../services/backup.py" line="127"/>
        <source>The data file {path} is missing or empty, while a backup holds your data (the newest, from {when}). Omroeper did not start a new, empty calendar over it.</source>
        <translation>Het gegevensbestand {path} ontbreekt of is leeg, terwijl een back-up uw gegevens bevat (de nieuwste is van {when}). Omroeper is er niet met een nieuwe, lege kalender overheen begonnen.</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="177"/>
        <source>The file {path} is not a readable Omroeper backup.</source>
        <translation>Het bestand {path} is geen leesbare back-up van Omroeper.</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="180"/>
        <source>The backup {path} is damaged.</source>
        <translation>De back-up {path} is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="183"/>
        <source>The backup {path} was made by a newer version of Omroeper.</source>
        <translation>De back-up {path} is gemaakt door een nieuwere versie van Omroeper.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../ui/backup_list_model.py" line="16"/>
        <source>daily backup</source>
        <translation>dagelijkse back-up</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="17"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="18"/>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="19"/>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
</context>
<context>
    <name>BestPostModel</name>
    <message>
        <location filename="../../ui/results_models.py" line="73"/>
        <source>{count} views</source>
        <translation>{count} weergaven</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="75"/>
        <source>{number}. {title} – {day} · {channels} · {count} reactions</source>
        <translation>{number}. {title} – {day} · {channels} · {count} interacties</translation>
    </message>
</context>
<context>
    <name>Bluesky</name>
    <message>
        <location filename="../../services/networks/bluesky.py" line="371"/>
        <source>Bluesky&apos;s limit of requests is nearly used up; Omroeper fetches the rest after it resets.</source>
        <translation>De limiet van verzoeken bij Bluesky is bijna bereikt; Omroeper haalt de rest op zodra die weer vrij is.</translation>
    </message>
    <message>
        <location filename="../../services/networks/bluesky.py" line="381"/>
        <source>Bluesky&apos;s private messages cannot be sent by an app through its API: answer there.</source>
        <translation>Privéberichten op Bluesky kan een app niet via de API versturen: antwoord daar.</translation>
    </message>
    <message>
        <location filename="../../services/networks/bluesky.py" line="384"/>
        <source>This message lacks what Bluesky needs to thread an answer under it; fetch the inbox again.</source>
        <translation>Dit bericht mist wat Bluesky nodig heeft om er een antwoord onder te plaatsen; haal de inbox opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../services/networks/bluesky.py" line="490"/>
        <source>Bluesky refused the app password or the session (revoked or mistyped). Make a new app password under Settings &gt; Privacy and security and enter it under Channels.</source>
        <translation>Bluesky weigerde het app-wachtwoord of de sessie (ingetrokken of verkeerd getypt). Maak een nieuw app-wachtwoord onder Instellingen &gt; Privacy en beveiliging en vul het in onder Kanalen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/bluesky.py" line="494"/>
        <source>Bluesky asks to slow down; the post waits until it allows more.</source>
        <translation>Bluesky vraagt om het rustiger aan te doen; het bericht wacht tot het weer mag.</translation>
    </message>
    <message>
        <location filename="../../services/networks/bluesky.py" line="498"/>
        <source>Bluesky refused the request ({status}).</source>
        <translation>Bluesky weigerde het verzoek ({status}).</translation>
    </message>
    <message>
        <location filename="../../services/networks/bluesky.py" line="500"/>
        <source>Bluesky refused the post: {detail}</source>
        <translation>Bluesky weigerde het bericht: {detail}</translation>
    </message>
</context>
<context>
    <name>CalendarLegend</name>
    <message>
        <location filename="../../ui/calendar_legend.py" line="37"/>
        <source>key date</source>
        <translation>belangrijke datum</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_legend.py" line="38"/>
        <source>Christmas Day</source>
        <translation>Eerste kerstdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_legend.py" line="39"/>
        <source>public holiday</source>
        <translation>feestdag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_legend.py" line="40"/>
        <source>fewer posts this week than your rhythm</source>
        <translation>minder berichten deze week dan uw ritme</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_legend.py" line="41"/>
        <source>someone away</source>
        <translation>iemand afwezig</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../services/calendar_page.py" line="125"/>
        <source>{name} away ({standin} stands in)</source>
        <translation>{name} afwezig ({standin} vervangt)</translation>
    </message>
    <message>
        <location filename="../../services/calendar_page.py" line="127"/>
        <source>{name} away</source>
        <translation>{name} afwezig</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar_commands.py" line="19"/>
        <source>Move post</source>
        <translation>Bericht verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_commands.py" line="35"/>
        <source>Delete post</source>
        <translation>Bericht verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="90"/>
        <source>&amp;Month</source>
        <translation>&amp;Maand</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="90"/>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="90"/>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="97"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="100"/>
        <source>Previous (Page Up)</source>
        <translation>Vorige (Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="103"/>
        <source>Next (Page Down)</source>
        <translation>Volgende (Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="109"/>
        <source>Search posts (Ctrl+F)</source>
        <translation>Berichten zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="112"/>
        <source>&amp;New post</source>
        <translation>N&amp;ieuw bericht</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="113"/>
        <source>Key dates…</source>
        <translation>Belangrijke data…</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="123"/>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="170"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="174"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="178"/>
        <source>All campaigns and tags</source>
        <translation>Alle campagnes en tags</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="181"/>
        <source>Campaign: {name}</source>
        <translation>Campagne: {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_tab.py" line="388"/>
        <source>%n result(s) for “{text}”</source>
        <translation>
            <numerusform>%n resultaat voor “{text}”</numerusform>
            <numerusform>%n resultaten voor “{text}”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="414"/>
        <source>Week {number}, {first} – {last}</source>
        <translation>Week {number}, {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="542"/>
        <source>A published post stays where it was published.</source>
        <translation>Een gepubliceerd bericht blijft waar het is gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="558"/>
        <source>Post deleted. Undo with Ctrl+Z.</source>
        <translation>Bericht verwijderd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <location filename="../../ui/channel_dialog.py" line="37"/>
        <source>Add a channel</source>
        <translation>Kanaal toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="37"/>
        <source>Change a channel</source>
        <translation>Kanaal wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="41"/>
        <source>By hand (Instagram, Threads, X, WhatsApp, …)</source>
        <translation>Met de hand (Instagram, Threads, X, WhatsApp, …)</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="45"/>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="64"/>
        <source>&amp;Network:</source>
        <translation>&amp;Netwerk:</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="65"/>
        <source>Posted &amp;on:</source>
        <translation>Gepost &amp;op:</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="66"/>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="67"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="68"/>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="69"/>
        <source>&amp;Page or organization id:</source>
        <translation>&amp;Pagina- of organisatie-id:</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="70"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="90"/>
        <source>stored in the keychain; type a new one to replace it</source>
        <translation>bewaard in de sleutelhanger; typ een nieuw om het te vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="95"/>
        <source>This channel posts as {account}: a token of another account is refused (another address or page id is another account).</source>
        <translation>Dit kanaal post als {account}: een token van een ander account wordt geweigerd (een ander adres of pagina-id is een ander account).</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="162"/>
        <source>Its posts become reminders with the text ready to copy; you post them yourself.</source>
        <translation>De berichten worden herinneringen met de tekst klaar om te kopiëren; u post ze zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="166"/>
        <source>Address: your server, e.g. https://social.overheid.nl. Token: on the server, Preferences &gt; Development &gt; New application (scopes read, write:statuses, write:media), then copy “Your access token”.</source>
        <translation>Adres: uw server, bv. https://social.overheid.nl. Token: op de server, Voorkeuren &gt; Ontwikkeling &gt; Nieuwe toepassing (rechten read, write:statuses, write:media), kopieer dan “Jouw toegangscode”.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="169"/>
        <source>Handle: e.g. oosterzande.nl. Token: an app password (xxxx-xxxx-xxxx-xxxx) from Settings &gt; Privacy and security &gt; App passwords; never the account&apos;s own password.</source>
        <translation>Handle: bv. oosterzande.nl. Token: een app-wachtwoord (xxxx-xxxx-xxxx-xxxx) uit Instellingen &gt; Privacy en beveiliging &gt; App-wachtwoorden; nooit het wachtwoord van het account zelf.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="172"/>
        <source>The page id and a Page access token (from Graph API Explorer, via /me/accounts with a long-lived user token).</source>
        <translation>Het pagina-id en een paginatoegangstoken (uit de Graph API Explorer, via /me/accounts met een langlevend gebruikerstoken).</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="174"/>
        <source>The organization id (the number in the page&apos;s admin address) and an access token with w_organization_social. It lives 60 days; Omroeper warns before.</source>
        <translation>Het organisatie-id (het getal in het beheeradres van de pagina) en een toegangstoken met w_organization_social. Het leeft 60 dagen; Omroeper waarschuwt vooraf.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="182"/>
        <source>Texts are counted as Instagram counts them: at most {characters} characters and {tags} hashtags, and a post needs an image.</source>
        <translation>Teksten worden geteld zoals Instagram ze telt: hoogstens {characters} tekens en {tags} hashtags, en een bericht heeft een afbeelding nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="185"/>
        <source>Texts are counted as Threads counts them: at most {characters} characters.</source>
        <translation>Teksten worden geteld zoals Threads ze telt: hoogstens {characters} tekens.</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="188"/>
        <source>Texts are counted as X counts them: at most {characters}, weighted (a link counts 23, an emoji 2).</source>
        <translation>Teksten worden geteld zoals X ze telt: hoogstens {characters}, gewogen (een link telt 23, een emoji 2).</translation>
    </message>
    <message>
        <location filename="../../ui/channel_dialog.py" line="190"/>
        <source>Its texts have no length limit.</source>
        <translation>De teksten hebben geen lengtegrens.</translation>
    </message>
</context>
<context>
    <name>ChannelListModel</name>
    <message>
        <location filename="../../ui/channel_list_model.py" line="38"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="38"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="38"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="38"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="39"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="47"/>
        <source>{network}, by hand</source>
        <translation>{network}, met de hand</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="53"/>
        <source>posted by hand: reminders</source>
        <translation>met de hand gepost: herinneringen</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="57"/>
        <source>token valid until {date}</source>
        <translation>token geldig tot {date}</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="59"/>
        <source>connection checked</source>
        <translation>verbinding gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="60"/>
        <source>not checked yet</source>
        <translation>nog niet gecontroleerd</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="47"/>
        <source>by hand</source>
        <translation>met de hand</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="77"/>
        <source>in the keychain</source>
        <translation>in de sleutelhanger</translation>
    </message>
    <message>
        <location filename="../../ui/channel_list_model.py" line="77"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
</context>
<context>
    <name>ChannelMonthModel</name>
    <message>
        <location filename="../../ui/results_models.py" line="26"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="26"/>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="26"/>
        <source>Likes</source>
        <translation>Vind-ik-leuks</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="26"/>
        <source>Shares</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="27"/>
        <source>Replies</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="27"/>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="27"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../ui/results_models.py" line="27"/>
        <source>Followers</source>
        <translation>Volgers</translation>
    </message>
</context>
<context>
    <name>ChannelTexts</name>
    <message>
        <location filename="../../ui/channel_texts.py" line="72"/>
        <source>No channels yet: add them in the Channels tab.</source>
        <translation>Nog geen kanalen: voeg ze toe op het tabblad Kanalen.</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../services/channels.py" line="59"/>
        <source>This is a web address, not a {network} token: copy the token itself (or the whole address with access_token= in it).</source>
        <translation>Dit is een webadres, geen token van {network}: kopieer het token zelf (of het hele adres met access_token= erin).</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="66"/>
        <source>The pasted text holds two different tokens; copy just the one to use.</source>
        <translation>De geplakte tekst bevat twee verschillende tokens; kopieer alleen het token dat u wilt gebruiken.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="68"/>
        <source>The token is taken out of the address (or the answer) it was copied from: its access_token.</source>
        <translation>Het token wordt uit het adres (of het antwoord) gehaald waaruit het is gekopieerd: de access_token.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="87"/>
        <source>Spaces, line breaks and invisible characters that came with the paste are left out.</source>
        <translation>Spaties, regeleinden en onzichtbare tekens die met het plakken zijn meegekomen, worden weggelaten.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="95"/>
        <source>“Bearer” before the token is left out.</source>
        <translation>“Bearer” vóór het token wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="98"/>
        <source>“access_token=” before the token is left out.</source>
        <translation>“access_token=” vóór het token wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="102"/>
        <source>The quotation marks around the token are left out.</source>
        <translation>De aanhalingstekens rond het token worden weggelaten.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="107"/>
        <source>The “;” or “,” after the token is left out.</source>
        <translation>De “;” of “,” na het token wordt weggelaten.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="112"/>
        <source>The pasted text is far longer than a {network} token; copy just the token.</source>
        <translation>De geplakte tekst is veel langer dan een token van {network}; kopieer alleen het token.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="115"/>
        <source>The pasted token holds a quotation mark, which no {network} token has; copy just the token, without quotes.</source>
        <translation>Het geplakte token bevat een aanhalingsteken, en geen enkel token van {network} heeft dat; kopieer alleen het token, zonder aanhalingstekens.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="120"/>
        <source>This is not a Bluesky app password (those look like xxxx-xxxx-xxxx-xxxx). Make one under Settings &gt; Privacy and security &gt; App passwords. Omroeper never takes the account&apos;s own password: it opens everything, up to deleting the account.</source>
        <translation>Dit is geen app-wachtwoord van Bluesky (die zien eruit als xxxx-xxxx-xxxx-xxxx). Maak er een via Instellingen &gt; Privacy en beveiliging &gt; App-wachtwoorden. Omroeper neemt nooit het eigen wachtwoord van het account aan: dat opent alles, tot het verwijderen van het account toe.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="126"/>
        <source>The pasted token has a space in the middle, which no {network} token has; copy it again, in one piece.</source>
        <translation>Het geplakte token heeft een spatie in het midden, en geen enkel token van {network} heeft die; kopieer het opnieuw, in één stuk.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="130"/>
        <source>The pasted token holds a “{char}”, which no {network} token has: copy just the token.</source>
        <translation>Het geplakte token bevat een “{char}”, en geen enkel token van {network} heeft die: kopieer alleen het token.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="134"/>
        <source>The pasted token holds a control character, which no {network} token has; copy it again.</source>
        <translation>Het geplakte token bevat een stuurteken, en geen enkel token van {network} heeft dat; kopieer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="137"/>
        <source>The pasted token holds a letter with an accent or a sign from outside plain ASCII, which no {network} token has; copy it again.</source>
        <translation>Het geplakte token bevat een letter met een accent of een teken buiten gewone ASCII, en geen enkel token van {network} heeft dat; kopieer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="158"/>
        <location filename="../../services/channels.py" line="169"/>
        <source>That is not a web address; the server&apos;s address starts with https://, for example https://social.example.</source>
        <translation>Dat is geen webadres; het adres van de server begint met https://, bijvoorbeeld https://social.example.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="161"/>
        <source>The address holds a user name or password (the part before “@”). Omroeper never sends those in an address: remove that part.</source>
        <translation>Het adres bevat een gebruikersnaam of wachtwoord (het deel vóór “@”). Omroeper stuurt die nooit mee in een adres: haal dat deel weg.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="173"/>
        <source>Use https:// for {host}: a token must never travel unencrypted.</source>
        <translation>Gebruik https:// voor {host}: een token mag nooit onversleuteld over het net.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="177"/>
        <source>Give the server&apos;s own address, {root}, without anything after it: Omroeper talks to the server, not to a page on it.</source>
        <translation>Geef het adres van de server zelf, {root}, zonder iets erachter: Omroeper praat met de server, niet met een pagina erop.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="213"/>
        <location filename="../../services/channels.py" line="258"/>
        <source>Give the channel a name.</source>
        <translation>Geef het kanaal een naam.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="216"/>
        <location filename="../../services/channels.py" line="262"/>
        <source>There is already a channel named “{name}”.</source>
        <translation>Er is al een kanaal met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="220"/>
        <source>{network} needs the page or organization id (a number).</source>
        <translation>{network} heeft het pagina- of organisatie-id nodig (een getal).</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="224"/>
        <location filename="../../services/channels.py" line="268"/>
        <source>{network} needs its access token or app password.</source>
        <translation>{network} heeft een toegangstoken of app-wachtwoord nodig.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="237"/>
        <source>Only a channel posted to by hand is for another network; Omroeper posts to {network} itself.</source>
        <translation>Alleen een kanaal waarop u met de hand post, is voor een ander netwerk; naar {network} post Omroeper zelf.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="347"/>
        <source>There is no channel named “{name}”.</source>
        <translation>Er is geen kanaal met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../services/secrets.py" line="107"/>
        <source>No access token is stored for {name}. Enter it under Channels.</source>
        <translation>Er is geen toegangstoken bewaard voor {name}. Vul het in onder Kanalen.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="356"/>
        <source>This channel no longer exists.</source>
        <translation>Dit kanaal bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="405"/>
        <source>The token entered for {channel} belongs to {found}, not to the {network} page or organization {expected} that this channel posts to (a user token instead of a Page token does this too). Nothing was sent or taken back with it. Enter the token of {expected} under Channels.</source>
        <translation>Het token voor {channel} hoort bij {found}, niet bij de pagina of organisatie {expected} van {network} waarnaar dit kanaal post (een gebruikerstoken in plaats van een paginatoken doet dit ook). Er is niets mee verstuurd of teruggehaald. Vul onder Kanalen het token van {expected} in.</translation>
    </message>
    <message>
        <location filename="../../services/channels.py" line="412"/>
        <source>The token entered for {channel} belongs to {found}, not to {expected}, the {network} account this channel was set up for. Nothing was sent or taken back with it. Enter a token of {expected} under Channels; to post as {found} instead, add it as a channel of its own.</source>
        <translation>Het token voor {channel} hoort bij {found}, niet bij {expected}, het account van {network} waarvoor dit kanaal is ingesteld. Er is niets mee verstuurd of teruggehaald. Vul onder Kanalen een token van {expected} in; om als {found} te posten, voegt u dat toe als een eigen kanaal.</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../ui/channels_tab.py" line="52"/>
        <source>The municipality&apos;s accounts. Tokens are kept in this computer&apos;s keychain, never in the data file or a handover.</source>
        <translation>De accounts van de gemeente. Tokens staan in de sleutelhanger van deze computer, nooit in het gegevensbestand of een overdracht.</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="62"/>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="63"/>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="64"/>
        <source>Re&amp;move</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="65"/>
        <source>&amp;Test connection</source>
        <translation>Verbinding t&amp;esten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channels_tab.py" line="93"/>
        <source>{name} is removed; {network} still holds %n post(s) of it in its own schedule. Omroeper takes them back at the next run of the outbox and keeps the token in the keychain until then.</source>
        <translation>
            <numerusform>{name} is verwijderd; {network} heeft nog %n bericht ervan in zijn eigen planning. Omroeper haalt het terug bij de volgende verzendronde en houdt het token tot dan in de sleutelhanger.</numerusform>
            <numerusform>{name} is verwijderd; {network} heeft nog %n berichten ervan in zijn eigen planning. Omroeper haalt ze terug bij de volgende verzendronde en houdt het token tot dan in de sleutelhanger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="144"/>
        <source>Remove channel</source>
        <translation>Kanaal verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="145"/>
        <source>Remove {name}? Its posts stay in the calendar and no longer go out there. Posts already in the network&apos;s own schedule are taken back first; its token leaves the keychain once that is done.</source>
        <translation>{name} verwijderen? De berichten blijven in de kalender en gaan daar niet meer heen. Berichten die al in de eigen planning van het netwerk staan, worden eerst teruggehaald; het token verlaat de sleutelhanger zodra dat is gebeurd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channels_tab.py" line="156"/>
        <source>{name} is removed; its token stays in the keychain until the outbox has taken back the %n post(s) its network still holds.</source>
        <translation>
            <numerusform>{name} is verwijderd; het token blijft in de sleutelhanger tot de wachtrij het %n bericht heeft teruggehaald dat het netwerk nog heeft.</numerusform>
            <numerusform>{name} is verwijderd; het token blijft in de sleutelhanger tot de wachtrij de %n berichten heeft teruggehaald die het netwerk nog heeft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="158"/>
        <source>{name} is removed, and its token with it.</source>
        <translation>{name} is verwijderd, en het token ook.</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="168"/>
        <source>Checking {name}…</source>
        <translation>{name} controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="173"/>
        <source>; up to {count} characters</source>
        <translation>; tot {count} tekens</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="174"/>
        <source>{name}: connected as {account}{limit}.</source>
        <translation>{name}: verbonden als {account}{limit}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/command_line.py" line="160"/>
        <source>Start Omroeper&apos;s window to restore that backup (or to begin anew on purpose).</source>
        <translation>Open het venster van Omroeper om die back-up terug te zetten (of om bewust opnieuw te beginnen).</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="182"/>
        <location filename="../../ui/command_line.py" line="191"/>
        <source>Posts written to {path}: {count}.</source>
        <translation>Berichten geschreven naar {path}: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="201"/>
        <source>line {line}: {reason}</source>
        <translation>regel {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="203"/>
        <source>Rows already in the calendar, skipped: {count}.</source>
        <translation>Rijen die al in de kalender staan, overgeslagen: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="205"/>
        <source>Rows of posts that were published already, skipped: {count}.</source>
        <translation>Rijen van berichten die al zijn gepubliceerd, overgeslagen: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="207"/>
        <source>Rows valid: {valid}; with a problem: {bad}.</source>
        <translation>Rijen in orde: {valid}; met een probleem: {bad}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="211"/>
        <source>Nothing was imported. Fix the rows above, or add --import-valid.</source>
        <translation>Er is niets geïmporteerd. Verbeter de rijen hierboven, of voeg --import-valid toe.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="214"/>
        <source>Posts added: {count}.</source>
        <translation>Berichten toegevoegd: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="231"/>
        <source>Published: {published}; handed to a network&apos;s schedule: {handed}; waiting: {waiting}; overdue (you decide): {overdue}; unconfirmed (you decide): {unconfirmed}.</source>
        <translation>Gepubliceerd: {published}; ingepland bij een netwerk: {handed}; wachtend: {waiting}; te laat (u beslist): {overdue}; onbevestigd (u beslist): {unconfirmed}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="291"/>
        <source>Paused: {posts} posts; taken back from a network&apos;s schedule: {taken}.</source>
        <translation>Gepauzeerd: {posts} berichten; teruggehaald uit de planning van een netwerk: {taken}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="298"/>
        <source>Still in a network&apos;s own schedule, and published there unless you remove it by hand (or run pause-all again once the problem above is solved):</source>
        <translation>Nog in de eigen planning van een netwerk, en daar gepubliceerd tenzij u het met de hand verwijdert (of pause-all opnieuw uitvoert zodra het probleem hierboven is opgelost):</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="321"/>
        <source>Resumed: {posts} posts; handed to a network&apos;s schedule: {handed}.</source>
        <translation>Hervat: {posts} berichten; aan de planning van een netwerk gegeven: {handed}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="355"/>
        <source>Nothing was written. Check the file with --dry-run; to merge it all the same, add --allow-deletions.</source>
        <translation>Er is niets geschreven. Bekijk het bestand met --dry-run; voeg --allow-deletions toe om het toch samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="363"/>
        <source>It deletes many records: to merge it, add --allow-deletions.</source>
        <translation>Het verwijdert veel gegevens: voeg --allow-deletions toe om het samen te voegen.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="359"/>
        <source>Would change (nothing was written):</source>
        <translation>Zou veranderen (er is niets geschreven):</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="162"/>
        <source>Start Omroeper&apos;s window to restore a backup (it says so when there is none yet).</source>
        <translation>Start het venster van Omroeper om een back-up terug te zetten (het zegt het als er nog geen is).</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="239"/>
        <source>1 channel text waits for your decision: open the calendar.</source>
        <translation>1 kanaaltekst wacht op uw besluit: open de kalender.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="240"/>
        <source>{count} channel texts wait for your decision: open the calendar.</source>
        <translation>{count} kanaalteksten wachten op uw besluit: open de kalender.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="253"/>
        <source>1 post waits for the next run.</source>
        <translation>1 bericht wacht op de volgende ronde.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="253"/>
        <source>{count} posts wait for the next run.</source>
        <translation>{count} berichten wachten op de volgende ronde.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="255"/>
        <source>This run stopped starting requests after {seconds} seconds, so that no slow server holds it; {waiting}</source>
        <translation>Deze ronde begon na {seconds} seconden geen nieuwe verzoeken meer, zodat geen trage server haar vasthoudt; {waiting}</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="283"/>
        <source>Paused here: {posts} posts; taken back from a network&apos;s schedule: {taken}.</source>
        <translation>Hier gepauzeerd: {posts} berichten; teruggehaald uit de planning van een netwerk: {taken}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="287"/>
        <source>Ask them to pause too: posts their laptop sends, or handed to a network since the handover, still go out.</source>
        <translation>Vraag hen ook te pauzeren: berichten die hun laptop verstuurt, of die sinds de overdracht aan een netwerk zijn gegeven, gaan anders toch uit.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="316"/>
        <source>Resumed here: {posts} posts.</source>
        <translation>Hier hervat: {posts} berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="317"/>
        <source>Ask them to resume too: the posts go out from their laptop.</source>
        <translation>Vraag hen ook te hervatten: de berichten gaan uit vanaf hun laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="325"/>
        <source>Its time has passed, you decide: {when} {title}</source>
        <translation>Het tijdstip is verstreken, u beslist: {when} {title}</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="360"/>
        <source>Imported; a backup was taken first:</source>
        <translation>Geïmporteerd; eerst is een back-up gemaakt:</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="376"/>
        <source>--to {end} lies before today ({today}), where the handover file starts without --from: give a later --to, or a --from.</source>
        <translation>--to {end} ligt vóór vandaag ({today}), waar het overdrachtsbestand zonder --from begint: geef een latere --to, of een --from.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="387"/>
        <source>Handover file written: {path} (from {start}).</source>
        <translation>Overdrachtsbestand geschreven: {path} (vanaf {start}).</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="398"/>
        <source>1 record could not be read and was left out; see the log.</source>
        <translation>1 gegeven kon niet worden gelezen en is weggelaten; zie het logbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="399"/>
        <source>{count} records could not be read and were left out; see the log.</source>
        <translation>{count} gegevens konden niet worden gelezen en zijn weggelaten; zie het logbestand.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="431"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="432"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="432"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="433"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="435"/>
        <source>No channels yet: add one with “channels add NETWORK --name NAME”.</source>
        <translation>Nog geen kanalen: voeg er een toe met “channels add NETWERK --name NAAM”.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="438"/>
        <source>posted by hand</source>
        <translation>met de hand gepost</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="440"/>
        <source>token stored</source>
        <translation>token bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="447"/>
        <source>removed; %n post(s) still in the network&apos;s own schedule are taken back at the next run, and the token stays stored until then</source>
        <translation>verwijderd; berichten nog in de eigen planning van het netwerk: %n, die worden bij de volgende ronde teruggehaald, en het token blijft tot dan bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="453"/>
        <source>--for names the network a channel posted to by hand is for: use it with “channels add manual”.</source>
        <translation>--for noemt het netwerk waarvoor een kanaal is waarop u met de hand post: gebruik het met “channels add manual”.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="458"/>
        <source>Access token or app password: </source>
        <translation>Toegangstoken of app-wachtwoord: </translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="461"/>
        <source>Channel {name} added.</source>
        <translation>Kanaal {name} toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/command_line.py" line="465"/>
        <source>Connected as {account}{limit}.</source>
        <translation>Verbonden als {account}{limit}.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_commands.py" line="56"/>
        <source>Archive written to {path}. Posts: {posts}; images: {images}; messages: {messages}; answers: {answers}.</source>
        <translation>Archief geschreven naar {path}. Berichten: {posts}; afbeeldingen: {images}; berichten van inwoners: {messages}; antwoorden: {answers}.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_commands.py" line="61"/>
        <source>Images whose file was missing (kept in the records without a file): {count}.</source>
        <translation>Afbeeldingen waarvan het bestand ontbrak (zonder bestand in de gegevens opgenomen): {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/archive_commands.py" line="81"/>
        <source>post</source>
        <translation>bericht</translation>
    </message>
    <message>
        <location filename="../../ui/archive_commands.py" line="81"/>
        <source>message</source>
        <translation>inwonersbericht</translation>
    </message>
    <message>
        <location filename="../../ui/archive_commands.py" line="82"/>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/archive_commands.py" line="83"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <location filename="../../ui/archive_commands.py" line="86"/>
        <source>Found: {count}.</source>
        <translation>Gevonden: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_dates.py" line="37"/>
        <source>{option} “{text}” is not a day: write it as YYYY-MM-DD, for example 2026-11-30.</source>
        <translation>{option} “{text}” is geen dag: schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2026-11-30.</translation>
    </message>
    <message>
        <location filename="../../ui/command_dates.py" line="40"/>
        <source>{option} {day} lies outside the days Omroeper keeps: give a day from {first} to {last}.</source>
        <translation>{option} {day} ligt buiten de dagen die Omroeper bewaart: geef een dag van {first} tot en met {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_dates.py" line="55"/>
        <source>The month {month} lies outside the days Omroeper keeps: give a month from {first} to {last}.</source>
        <translation>De maand {month} ligt buiten de dagen die Omroeper bewaart: geef een maand van {first} tot en met {last}.</translation>
    </message>
    <message>
        <location filename="../../ui/command_dates.py" line="64"/>
        <source>The period ends ({end}) before it starts ({start}): give a --to on or after the --from.</source>
        <translation>De periode eindigt ({end}) voordat ze begint ({start}): geef een --to op of na de --from.</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <location filename="../../services/coverage.py" line="77"/>
        <source>this week has %n of the {target} posts of your rhythm</source>
        <translation>deze week heeft %n van de {target} berichten van uw ritme</translation>
    </message>
    <message>
        <location filename="../../services/coverage.py" line="85"/>
        <source>{post}: still an idea or a draft</source>
        <translation>{post}: nog een idee of concept</translation>
    </message>
    <message>
        <location filename="../../services/coverage.py" line="97"/>
        <source>{post}: {channel} only gets it when this laptop is on</source>
        <translation>{post}: {channel} krijgt het alleen als deze laptop aanstaat</translation>
    </message>
    <message>
        <location filename="../../services/coverage.py" line="103"/>
        <source>{channel}: the token expires before the return</source>
        <translation>{channel}: het token verloopt vóór de terugkeer</translation>
    </message>
    <message>
        <location filename="../../services/coverage.py" line="109"/>
        <source>{name} stands in but has no signature for replies</source>
        <translation>{name} vervangt, maar heeft geen handtekening voor reacties</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <location filename="../../services/crisis.py" line="138"/>
        <source>Its time passed while all posts were paused. Send it now, move it or skip it.</source>
        <translation>Het tijdstip is verstreken terwijl alle berichten gepauzeerd waren. Verstuur het nu, verplaats het of sla het over.</translation>
    </message>
</context>
<context>
    <name>CrisisSwitch</name>
    <message>
        <location filename="../../ui/crisis_switch.py" line="43"/>
        <location filename="../../ui/crisis_switch.py" line="93"/>
        <source>Pause all</source>
        <translation>Alles pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_switch.py" line="44"/>
        <source>Crisis switch: stop every post not yet published, here and at the networks</source>
        <translation>Crisisknop: stop elk bericht dat nog niet gepubliceerd is, hier en bij de netwerken</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_switch.py" line="47"/>
        <source>Resume all</source>
        <translation>Alles hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_switch.py" line="48"/>
        <source>Hand the paused posts back; those whose time passed wait for you</source>
        <translation>Geef de gepauzeerde berichten weer vrij; berichten waarvan het tijdstip verstreken is, wachten op u</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crisis_switch.py" line="94"/>
        <source>%n post(s) paused on this laptop, and what this laptop handed to the networks&apos; schedules is being taken back. The sending is with {name}: ask them to press Pause all too. Posts their laptop sends or handed to a network still go out until they do.</source>
        <translation>
            <numerusform>%n bericht gepauzeerd op deze laptop; wat deze laptop aan de planning van de netwerken gaf, wordt teruggehaald. Het versturen ligt bij {name}: vraag hen ook op Alles pauzeren te drukken. Berichten die hun laptop verstuurt of aan een netwerk gaf, gaan tot dan toch uit.</numerusform>
            <numerusform>%n berichten gepauzeerd op deze laptop; wat deze laptop aan de planning van de netwerken gaf, wordt teruggehaald. Het versturen ligt bij {name}: vraag hen ook op Alles pauzeren te drukken. Berichten die hun laptop verstuurt of aan een netwerk gaf, gaan tot dan toch uit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/crisis_switch.py" line="97"/>
        <location filename="../../ui/crisis_switch.py" line="131"/>
        <source>the other laptop</source>
        <translation>de andere laptop</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crisis_switch.py" line="99"/>
        <source>%n post(s) paused. Taking them back from the networks…</source>
        <translation>
            <numerusform>%n bericht gepauzeerd. Het wordt teruggehaald bij de netwerken…</numerusform>
            <numerusform>%n berichten gepauzeerd. Ze worden teruggehaald bij de netwerken…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/crisis_switch.py" line="112"/>
        <source>No posts are paused.</source>
        <translation>Er zijn geen gepauzeerde berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_switch.py" line="114"/>
        <location filename="../../ui/crisis_switch.py" line="128"/>
        <location filename="../../ui/crisis_switch.py" line="133"/>
        <source>Resume all posts</source>
        <translation>Alle berichten hervatten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crisis_switch.py" line="115"/>
        <source>Hand %n paused post(s) back to the outbox and the networks? Posts whose time passed during the pause are not sent by themselves: they wait for your decision.</source>
        <translation>
            <numerusform>%n gepauzeerd bericht weer vrijgeven aan de wachtrij en de netwerken? Een bericht waarvan het tijdstip tijdens de pauze verstreken is, gaat niet vanzelf de deur uit: het wacht op uw besluit.</numerusform>
            <numerusform>%n gepauzeerde berichten weer vrijgeven aan de wachtrij en de netwerken? Berichten waarvan het tijdstip tijdens de pauze verstreken is, gaan niet vanzelf de deur uit: ze wachten op uw besluit.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/crisis_switch.py" line="129"/>
        <source>The posts are back in the calendar. The sending is with {name}: this laptop sends nothing until the work is handed back. Ask them to press Resume all too.</source>
        <translation>De berichten staan weer in de kalender. Het versturen ligt bij {name}: deze laptop verstuurt niets tot het werk is teruggegeven. Vraag hen ook op Alles hervatten te drukken.</translation>
    </message>
    <message>
        <location filename="../../ui/crisis_switch.py" line="134"/>
        <source>The time of these posts has passed. They are marked overdue in the calendar: send each now, move it or skip it.</source>
        <translation>Het tijdstip van deze berichten is verstreken. Ze staan als te laat in de kalender: verstuur elk nu, verplaats het of sla het over.</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <location filename="../../services/csv_exchange.py" line="297"/>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="352"/>
        <source>The first line of {name} must be the header: {header}</source>
        <translation>De eerste regel van {name} moet de kopregel zijn: {header}</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="247"/>
        <source>{name} has more than {limit} rows; split it up.</source>
        <translation>{name} heeft meer dan {limit} rijen; splits het bestand op.</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="269"/>
        <location filename="../../services/csv_exchange.py" line="400"/>
        <source>a cell is longer than {limit} characters</source>
        <translation>een cel is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="271"/>
        <source>this line cannot be read as CSV (a quotation mark may be missing)</source>
        <translation>deze regel is niet als CSV te lezen (misschien ontbreekt er een aanhalingsteken)</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="274"/>
        <source>the file ends in the middle of a character; it may be damaged</source>
        <translation>het bestand houdt op midden in een teken; het is misschien beschadigd</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="280"/>
        <source>Nothing was imported: {name}, line {line}: {reason}.</source>
        <translation>Er is niets geïmporteerd: {name}, regel {line}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="290"/>
        <source>{name} is not a file.</source>
        <translation>{name} is geen bestand.</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="292"/>
        <source>{name} is larger than {limit} MB; split it up.</source>
        <translation>{name} is groter dan {limit} MB; splits het op.</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="376"/>
        <source>{name} has a column “{column}” that Omroeper does not know; the columns are {header} and text:CHANNEL.</source>
        <translation>{name} heeft een kolom “{column}” die Omroeper niet kent; de kolommen zijn {header} en tekst:KANAAL.</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="381"/>
        <source>{name} has the column “{column}” twice.</source>
        <translation>{name} heeft de kolom “{column}” twee keer.</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="393"/>
        <source>expected {expected} columns, found {found}: a quotation mark (&quot;) that is not closed may have joined this line with the lines after it</source>
        <translation>{expected} kolommen verwacht, {found} gevonden: een aanhalingsteken (&quot;) dat niet gesloten wordt, kan deze regel met de regels erna hebben samengevoegd</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="396"/>
        <source>expected {expected} columns, found {found} (columns are separated by {delimiter}, as in the first line)</source>
        <translation>{expected} kolommen verwacht, {found} gevonden (kolommen worden gescheiden door {delimiter}, zoals in de eerste regel)</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="402"/>
        <source>holds bytes that are not text in this file&apos;s encoding (save it as “CSV UTF-8”)</source>
        <translation>bevat bytes die in de codering van dit bestand geen tekst zijn (sla het op als “CSV UTF-8”)</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="405"/>
        <source>holds a NUL character: the file is not plain text</source>
        <translation>bevat een NUL-teken: het bestand is geen platte tekst</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="410"/>
        <source>a row needs a title or a text</source>
        <translation>een rij heeft een titel of een tekst nodig</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="414"/>
        <source>status “{status}” is not one of {statuses}</source>
        <translation>status “{status}” is niet een van {statuses}</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="547"/>
        <source>“{date}” is written as a date, but that day does not exist: check the day and the month (day first, as in 24-12-2026)</source>
        <translation>“{date}” is als datum geschreven, maar die dag bestaat niet: controleer de dag en de maand (dag eerst, zoals 24-12-2026)</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="440"/>
        <source>has a text for {name}, but {name} is not among its channels</source>
        <translation>heeft een tekst voor {name}, maar {name} staat niet bij de kanalen</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="551"/>
        <source>“{date}” is written as a date, but that day does not exist: check the month and the day (year first, as in 2026-12-24)</source>
        <translation>“{date}” is als datum geschreven, maar die dag bestaat niet: controleer de maand en de dag (jaar eerst, zoals 2026-12-24)</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="555"/>
        <source>the date must be written like 24-12-2026 or 2026-12-24 (found “{date}”)</source>
        <translation>schrijf de datum als 24-12-2026 of 2026-12-24 (gevonden: “{date}”)</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="558"/>
        <source>date {date} is not between {first} and {last}</source>
        <translation>datum {date} ligt niet tussen {first} en {last}</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="561"/>
        <source>the time must be written like 9:30 or 14:05 (found “{time}”)</source>
        <translation>schrijf de tijd als 9:30 of 14:05 (gevonden: “{time}”)</translation>
    </message>
    <message>
        <location filename="../../services/csv_exchange.py" line="569"/>
        <source>no channel named “{name}” (see the Channels tab)</source>
        <translation>geen kanaal met de naam “{name}” (zie het tabblad Kanalen)</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../ui/csv_import_dialog.py" line="15"/>
        <source>Import {name}</source>
        <translation>{name} importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="19"/>
        <source>%n row(s) can be added.</source>
        <translation>
            <numerusform>%n rij kan worden toegevoegd.</numerusform>
            <numerusform>%n rijen kunnen worden toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="21"/>
        <source>%n row(s) are already in the calendar and are skipped.</source>
        <translation>
            <numerusform>%n rij staat al in de kalender en wordt overgeslagen.</numerusform>
            <numerusform>%n rijen staan al in de kalender en worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="23"/>
        <source>%n row(s) are posts that were published already and are skipped.</source>
        <translation>
            <numerusform>%n rij is een bericht dat al is gepubliceerd en wordt overgeslagen.</numerusform>
            <numerusform>%n rijen zijn berichten die al zijn gepubliceerd en worden overgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="26"/>
        <source>%n row(s) have a problem and are not imported:</source>
        <translation>
            <numerusform>%n rij heeft een probleem en wordt niet geïmporteerd:</numerusform>
            <numerusform>%n rijen hebben een probleem en worden niet geïmporteerd:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/csv_import_dialog.py" line="31"/>
        <source>Line {line}: {reason}</source>
        <translation>Regel {line}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="34"/>
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>%n rij toevoegen</numerusform>
            <numerusform>%n rijen toevoegen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/date_field.py" line="42"/>
        <source>Type a date (24-12, 24 dec, 24-12-2026) or pick one; ↑ and ↓ step a day</source>
        <translation>Typ een datum (24-12, 24 dec, 24-12-2026) of kies er een; ↑ en ↓ gaan een dag verder of terug</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="45"/>
        <source>Pick a date</source>
        <translation>Kies een datum</translation>
    </message>
    <message>
        <location filename="../../ui/date_field.py" line="97"/>
        <source>“{typed}” is not a date Omroeper can read; the date stays {date}. Type it as 24-12-2026 or 24 dec, or pick it with ▾.</source>
        <translation>“{typed}” is geen datum die Omroeper kan lezen; de datum blijft {date}. Typ hem als 24-12-2026 of 24 dec, of kies hem met ▾.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../services/i18n.py" line="130"/>
        <source>{date} at {time}</source>
        <translation>{date} om {time}</translation>
    </message>
</context>
<context>
    <name>DeliveryRow</name>
    <message>
        <location filename="../../ui/delivery_row.py" line="40"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../ui/delivery_row.py" line="40"/>
        <source>Send anyway</source>
        <translation>Toch versturen</translation>
    </message>
    <message>
        <location filename="../../ui/delivery_row.py" line="41"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../../ui/delivery_row.py" line="41"/>
        <source>Copy text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/delivery_row.py" line="42"/>
        <source>Mark as published</source>
        <translation>Als gepubliceerd markeren</translation>
    </message>
    <message>
        <location filename="../../ui/delivery_row.py" line="42"/>
        <source>Enter figures…</source>
        <translation>Cijfers invullen…</translation>
    </message>
    <message>
        <location filename="../../ui/delivery_row.py" line="52"/>
        <source>Figures: {figures}</source>
        <translation>Cijfers: {figures}</translation>
    </message>
    <message>
        <location filename="../../ui/delivery_row.py" line="68"/>
        <source>still in the network&apos;s own schedule</source>
        <translation>nog in de eigen planning van het netwerk</translation>
    </message>
    <message>
        <location filename="../../ui/delivery_row.py" line="70"/>
        <source>view</source>
        <translation>bekijken</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../services/demo.py" line="59"/>
        <source>The data folder already holds data, so no demo data was added. Use --data-dir with a new, empty folder to try the demo.</source>
        <translation>De gegevensmap bevat al gegevens, dus er zijn geen demogegevens toegevoegd. Gebruik --data-dir met een nieuwe, lege map om de demo te proberen.</translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="166"/>
        <source>The network refused the access token: it has expired. Enter a new one under Channels, then try again.</source>
        <translation>Het netwerk weigerde het toegangstoken: het is verlopen. Vul onder Kanalen een nieuw in en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../../services/i18n.py" line="161"/>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <location filename="../../services/i18n.py" line="162"/>
        <source>{count} hours</source>
        <translation>{count} uur</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Omroeper: unexpected error</source>
        <translation>Omroeper: onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>Something went wrong that Omroeper did not expect. Your saved work is safe.</source>
        <translation>Er ging iets mis dat Omroeper niet verwachtte. Uw opgeslagen werk is veilig.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>The details are in the log file:
{path}
Please send it along when you report this.</source>
        <translation>De details staan in het logbestand:
{path}
Stuur het mee wanneer u dit meldt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../ui/exchange_menu.py" line="23"/>
        <source>&amp;Exchange</source>
        <translation>&amp;Uitwisselen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="25"/>
        <source>Export to &amp;iCalendar (Outlook, Google)…</source>
        <translation>Exporteren naar &amp;iCalendar (Outlook, Google)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="26"/>
        <source>Export to &amp;CSV (spreadsheet)…</source>
        <translation>Exporteren naar &amp;CSV (spreadsheet)…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="27"/>
        <source>&amp;Import from CSV…</source>
        <translation>&amp;Importeren uit CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="28"/>
        <source>Month overview as &amp;PDF…</source>
        <translation>Maandoverzicht als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="29"/>
        <source>P&amp;rint month overview…</source>
        <translation>Maandoverzicht af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="37"/>
        <source>&amp;Archive for the archivist…</source>
        <translation>&amp;Archief voor de archivaris…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="38"/>
        <source>Search for a &amp;Woo request…</source>
        <translation>Zoeken voor een &amp;Woo-verzoek…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="73"/>
        <source>Export to iCalendar</source>
        <translation>Exporteren naar iCalendar</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="73"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_menu.py" line="81"/>
        <location filename="../../ui/exchange_menu.py" line="94"/>
        <source>%n post(s) exported to {path}.</source>
        <translation>
            <numerusform>%n bericht geëxporteerd naar {path}.</numerusform>
            <numerusform>%n berichten geëxporteerd naar {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="86"/>
        <source>Export to CSV</source>
        <translation>Exporteren naar CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="86"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="100"/>
        <source>Import from CSV</source>
        <translation>Importeren uit CSV</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="101"/>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_menu.py" line="118"/>
        <source>%n post(s) added to the calendar.</source>
        <translation>
            <numerusform>%n bericht toegevoegd aan de kalender.</numerusform>
            <numerusform>%n berichten toegevoegd aan de kalender.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="137"/>
        <source>Month overview as PDF</source>
        <translation>Maandoverzicht als PDF</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="137"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_menu.py" line="145"/>
        <source>The month overview was saved as {path}.</source>
        <translation>Het maandoverzicht is bewaard als {path}.</translation>
    </message>
</context>
<context>
    <name>Facebook</name>
    <message>
        <location filename="../../services/networks/facebook.py" line="178"/>
        <source>Facebook no longer has this scheduled post: it was deleted there.</source>
        <translation>Facebook heeft dit ingeplande bericht niet meer: het is daar verwijderd.</translation>
    </message>
    <message>
        <location filename="../../services/networks/facebook.py" line="340"/>
        <source>Facebook did not say who wrote this message, so it cannot be answered in Messenger.</source>
        <translation>Facebook gaf niet door wie dit bericht schreef, dus het kan niet in Messenger worden beantwoord.</translation>
    </message>
    <message>
        <location filename="../../services/networks/facebook.py" line="403"/>
        <source>The page&apos;s budget of Facebook requests is nearly used up; Omroeper fetches the rest after it recovers.</source>
        <translation>De pagina heeft haar tegoed aan verzoeken bij Facebook bijna opgebruikt; Omroeper haalt de rest op zodra dat weer is aangevuld.</translation>
    </message>
    <message>
        <location filename="../../services/networks/facebook.py" line="432"/>
        <source>Facebook refused the request ({status}).</source>
        <translation>Facebook weigerde het verzoek ({status}).</translation>
    </message>
    <message>
        <location filename="../../services/networks/facebook.py" line="452"/>
        <source>The Page token lacks a permission the inbox needs (pages_read_engagement, pages_read_user_content, pages_manage_engagement, pages_messaging). Make a new token with them.</source>
        <translation>Het paginatoken mist een recht dat de inbox nodig heeft (pages_read_engagement, pages_read_user_content, pages_manage_engagement, pages_messaging). Maak een nieuw token met die rechten.</translation>
    </message>
    <message>
        <location filename="../../services/demo.py" line="81"/>
        <location filename="../../services/networks/facebook.py" line="440"/>
        <source>Facebook says the Page token is invalid or expired. Make a new Page access token and enter it under Channels.</source>
        <translation>Facebook meldt dat het paginatoken ongeldig of verlopen is. Maak een nieuw paginatoegangstoken en vul het in onder Kanalen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/facebook.py" line="457"/>
        <source>The Page token lacks a permission Facebook needs (pages_manage_posts, pages_read_engagement). Make a new token with them.</source>
        <translation>Het paginatoken mist een recht dat Facebook nodig heeft (pages_manage_posts, pages_read_engagement). Maak een nieuw token met die rechten.</translation>
    </message>
    <message>
        <location filename="../../services/networks/facebook.py" line="463"/>
        <source>Facebook asks to slow down; the post waits until it allows more.</source>
        <translation>Facebook vraagt om het rustiger aan te doen; het bericht wacht tot het weer mag.</translation>
    </message>
    <message>
        <location filename="../../services/networks/facebook.py" line="467"/>
        <source>Facebook refused this as a duplicate of a recent post: check the page before sending it again.</source>
        <translation>Facebook weigerde dit als dubbel van een recent bericht: kijk op de pagina voor u het opnieuw verstuurt.</translation>
    </message>
    <message>
        <location filename="../../services/networks/facebook.py" line="472"/>
        <source>Facebook refused the post: {detail}</source>
        <translation>Facebook weigerde het bericht: {detail}</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../ui/figures_dialog.py" line="20"/>
        <source>Figures of this post</source>
        <translation>Cijfers van dit bericht</translation>
    </message>
    <message>
        <location filename="../../ui/figures_dialog.py" line="26"/>
        <source>not counted</source>
        <translation>niet geteld</translation>
    </message>
    <message>
        <location filename="../../ui/figures_dialog.py" line="27"/>
        <source>&amp;Likes and reactions:</source>
        <translation>&amp;Vind-ik-leuks en emojireacties:</translation>
    </message>
    <message>
        <location filename="../../ui/figures_dialog.py" line="28"/>
        <source>&amp;Shares:</source>
        <translation>Keer &amp;gedeeld:</translation>
    </message>
    <message>
        <location filename="../../ui/figures_dialog.py" line="29"/>
        <source>&amp;Replies and comments:</source>
        <translation>&amp;Reacties en opmerkingen:</translation>
    </message>
    <message>
        <location filename="../../ui/figures_dialog.py" line="30"/>
        <source>&amp;Views:</source>
        <translation>&amp;Weergaven:</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../services/files.py" line="32"/>
        <source>No file name was given. Give the file a name; nothing was written.</source>
        <translation>Er is geen bestandsnaam opgegeven. Geef het bestand een naam; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/files.py" line="34"/>
        <source>{path} is a folder, not a file name. Give the file a name; nothing was written.</source>
        <translation>{path} is een map, geen bestandsnaam. Geef het bestand een naam; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/files.py" line="37"/>
        <source>{path} is no ordinary file (a device or a pipe). Choose another name; nothing was written.</source>
        <translation>{path} is geen gewoon bestand (een apparaat of een pipe). Kies een andere naam; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/files.py" line="45"/>
        <source>{path} is a database (Omroeper&apos;s data file or a backup of it). Choose another name; nothing was written.</source>
        <translation>{path} is een database (het gegevensbestand van Omroeper of een back-up daarvan). Kies een andere naam; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/files.py" line="108"/>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} kon niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="86"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="87"/>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="88"/>
        <location filename="../../services/errors.py" line="89"/>
        <source>there is no permission to write there</source>
        <translation>er is geen toestemming om daar te schrijven</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="90"/>
        <source>the disk is read-only</source>
        <translation>de schijf is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="91"/>
        <source>the folder does not exist</source>
        <translation>de map bestaat niet</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="92"/>
        <source>that is a folder, not a file</source>
        <translation>dat is een map, geen bestand</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="93"/>
        <source>a part of the path is a file, not a folder</source>
        <translation>een deel van het pad is een bestand, geen map</translation>
    </message>
    <message>
        <location filename="../../services/errors.py" line="94"/>
        <source>the name is too long</source>
        <translation>de naam is te lang</translation>
    </message>
</context>
<context>
    <name>FindingListModel</name>
    <message>
        <location filename="../../ui/finding_list_model.py" line="13"/>
        <source>Add a post</source>
        <translation>Bericht toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/finding_list_model.py" line="14"/>
        <source>Hand over or move</source>
        <translation>Overdragen of verplaatsen</translation>
    </message>
    <message>
        <location filename="../../ui/finding_list_model.py" line="15"/>
        <source>Renew the token</source>
        <translation>Token vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/finding_list_model.py" line="16"/>
        <source>Finish the post</source>
        <translation>Bericht afmaken</translation>
    </message>
    <message>
        <location filename="../../ui/finding_list_model.py" line="17"/>
        <source>Add a signature</source>
        <translation>Handtekening toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/finding_list_model.py" line="27"/>
        <source>Enter or double-click: {action}</source>
        <translation>Enter of dubbelklik: {action}</translation>
    </message>
</context>
<context>
    <name>FirstChannelPage</name>
    <message>
        <location filename="../../ui/first_start_channel_page.py" line="52"/>
        <source>A first channel</source>
        <translation>Een eerste kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_channel_page.py" line="66"/>
        <source>Where do the posts go? Add an account Omroeper posts to itself (Mastodon, Bluesky, a Facebook Page, a LinkedIn page) with its token, which stays in this computer&apos;s keychain; or a channel you post to by hand (Instagram, Threads, X, WhatsApp…): Omroeper then reminds you at the post&apos;s time, with the text ready to copy. More channels can be added later in the Channels tab.</source>
        <translation>Waar gaan de berichten heen? Voeg een account toe waarnaar Omroeper zelf post (Mastodon, Bluesky, een Facebookpagina, een LinkedIn-pagina) met het token, dat in de sleutelhanger van deze computer blijft; of een kanaal waarop u met de hand post (Instagram, Threads, X, WhatsApp…): Omroeper herinnert u dan op het tijdstip van het bericht, met de tekst klaar om te kopiëren. Meer kanalen voegt u later toe op het tabblad Kanalen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_channel_page.py" line="70"/>
        <source>&amp;Add a channel…</source>
        <translation>Kanaal &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_channel_page.py" line="72"/>
        <source>Channels: {names}</source>
        <translation>Kanalen: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_channel_page.py" line="74"/>
        <source>No channel yet.</source>
        <translation>Nog geen kanaal.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_channel_page.py" line="79"/>
        <source>{name} is added. Test its token with Test connection in the Channels tab.</source>
        <translation>{name} is toegevoegd. Test het token met Verbinding testen op het tabblad Kanalen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_channel_page.py" line="81"/>
        <source>{name} is added: its posts become reminders.</source>
        <translation>{name} is toegevoegd: de berichten ervan worden herinneringen.</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <location filename="../../services/first_start.py" line="60"/>
        <source>Fill in your name, or skip this step.</source>
        <translation>Vul uw naam in, of sla deze stap over.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/first_start_dialog.py" line="151"/>
        <source>Getting started with Omroeper</source>
        <translation>Aan de slag met Omroeper</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_dialog.py" line="153"/>
        <source>Step {number} of {steps}</source>
        <translation>Stap {number} van {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_dialog.py" line="155"/>
        <source>S&amp;kip the guide</source>
        <translation>&amp;Gids overslaan</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_dialog.py" line="157"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_dialog.py" line="159"/>
        <source>&amp;Skip this step</source>
        <translation>Deze stap over&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_dialog.py" line="161"/>
        <source>&amp;Finish</source>
        <translation>&amp;Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_dialog.py" line="161"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../services/handover.py" line="199"/>
        <source>The handover file could not be written to {path}: {reason}</source>
        <translation>Het overdrachtsbestand kon niet worden geschreven naar {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/handover_data.py" line="33"/>
        <source>{name} cannot be imported: {why} Nothing was changed.</source>
        <translation>{name} kan niet worden geïmporteerd: {why} Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="566"/>
        <location filename="../../services/handover.py" line="570"/>
        <source>its handover note is damaged.</source>
        <translation>de overdrachtsnotitie is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="385"/>
        <source>the file does not exist.</source>
        <translation>het bestand bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="387"/>
        <source>it cannot be read ({reason}).</source>
        <translation>het kan niet worden gelezen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="390"/>
        <source>it is far larger than any handover (over 2 GB).</source>
        <translation>het is veel groter dan welke overdracht ook (meer dan 2 GB).</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="395"/>
        <location filename="../../services/handover.py" line="440"/>
        <location filename="../../services/handover.py" line="518"/>
        <source>it is not a handover file, or it is damaged or incomplete.</source>
        <translation>het is geen overdrachtsbestand, of het is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="420"/>
        <source>it holds far too many files.</source>
        <translation>het bevat veel te veel bestanden.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="425"/>
        <source>it holds a file that would land outside its folder (“{name}”).</source>
        <translation>het bevat een bestand dat buiten zijn map terecht zou komen (“{name}”).</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="428"/>
        <source>it holds a file no handover holds (“{name}”); images are named by their content&apos;s SHA-256.</source>
        <translation>het bevat een bestand dat in geen enkele overdracht voorkomt (“{name}”); afbeeldingen heten naar de SHA-256 van hun inhoud.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="432"/>
        <source>it holds a link or a folder instead of a file (“{name}”).</source>
        <translation>het bevat een koppeling of een map in plaats van een bestand (“{name}”).</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="435"/>
        <source>it holds a file packed in a way Omroeper does not write (“{name}”).</source>
        <translation>het bevat een bestand dat is ingepakt op een manier die Omroeper niet gebruikt (“{name}”).</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="438"/>
        <source>it holds the same file twice.</source>
        <translation>het bevat hetzelfde bestand twee keer.</translation>
    </message>
    <message>
        <location filename="../../services/handover_data.py" line="145"/>
        <source>it holds far more records than any calendar.</source>
        <translation>het bevat veel meer gegevens dan welke kalender ook.</translation>
    </message>
    <message>
        <location filename="../../services/handover_data.py" line="153"/>
        <source>reading it takes far longer than any handover.</source>
        <translation>het lezen duurt veel langer dan bij welke overdracht ook.</translation>
    </message>
    <message>
        <location filename="../../services/handover_data.py" line="156"/>
        <source>its data is not the data of a handover file.</source>
        <translation>de gegevens zijn niet die van een overdrachtsbestand.</translation>
    </message>
    <message>
        <location filename="../../services/handover_data.py" line="166"/>
        <source>its data does not match its manifest.</source>
        <translation>de gegevens passen niet bij het manifest.</translation>
    </message>
    <message>
        <location filename="../../services/handover_data.py" line="180"/>
        <source>its data holds something a handover never holds ({what}).</source>
        <translation>de gegevens bevatten iets wat een overdracht nooit bevat ({what}).</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="596"/>
        <source>The disk is full: {name} could not be unpacked. Nothing was changed.</source>
        <translation>De schijf is vol: {name} kon niet worden uitgepakt. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="481"/>
        <location filename="../../services/handover.py" line="591"/>
        <location filename="../../services/handover.py" line="598"/>
        <source>it is damaged or incomplete.</source>
        <translation>het is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="228"/>
        <source>… and {count} more.</source>
        <translation>… en nog {count}.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="229"/>
        <source>A network still holds posts that should no longer go out there, and Omroeper has not yet been able to take them back. Nothing was written.</source>
        <translation>Een netwerk heeft nog berichten die daar niet meer uit mogen gaan, en Omroeper heeft ze nog niet kunnen terughalen. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="231"/>
        <source>Let Omroeper take them back first (online, with the window open, or with publish-due), then hand over: from the handover on, this laptop sends and takes back nothing.</source>
        <translation>Laat Omroeper ze eerst terughalen (online, met het venster open, of met publish-due) en draag daarna over: vanaf de overdracht verstuurt deze laptop niets meer en haalt hij niets meer terug.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="255"/>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="256"/>
        <source>the channel was removed</source>
        <translation>het kanaal is verwijderd</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="257"/>
        <source>taken off the post</source>
        <translation>van het bericht gehaald</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="258"/>
        <source>no longer scheduled</source>
        <translation>niet meer ingepland</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="259"/>
        <source>“{title}” on {channel} ({why})</source>
        <translation>“{title}” op {channel} ({why})</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="472"/>
        <source>it unpacks to far more than any handover (“{name}” alone is over {size} MB).</source>
        <translation>uitgepakt is het veel groter dan welke overdracht ook (“{name}” alleen al is meer dan {size} MB).</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="488"/>
        <source>the image “{name}” does not hold what its name says (its content&apos;s SHA-256).</source>
        <translation>de afbeelding “{name}” bevat niet wat haar naam zegt (de SHA-256 van de inhoud).</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="512"/>
        <source>its manifest is damaged.</source>
        <translation>de inhoudsopgave is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="523"/>
        <source>it was made by a newer version of Omroeper (format {version}); update Omroeper first.</source>
        <translation>het is gemaakt met een nieuwere versie van Omroeper (formaat {version}); werk Omroeper eerst bij.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="528"/>
        <source>its manifest was changed after it was exported, or is damaged.</source>
        <translation>het manifest is na het exporteren gewijzigd, of is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="531"/>
        <source>its content does not match its manifest: it was changed after it was exported.</source>
        <translation>de inhoud klopt niet met de inhoudsopgave: het is veranderd na het exporteren.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="600"/>
        <source>it changed while it was being read.</source>
        <translation>het veranderde terwijl het werd gelezen.</translation>
    </message>
    <message>
        <location filename="../../services/handover_data.py" line="134"/>
        <source>its data is damaged.</source>
        <translation>de gegevens zijn beschadigd.</translation>
    </message>
    <message>
        <location filename="../../services/handover.py" line="535"/>
        <source>it was made by a newer version of Omroeper; update Omroeper first.</source>
        <translation>het is gemaakt met een nieuwere versie van Omroeper; werk Omroeper eerst bij.</translation>
    </message>
    <message>
        <location filename="../../services/merge_apply.py" line="67"/>
        <source>its records do not fit this calendar ({reason}).</source>
        <translation>de gegevens passen niet in deze kalender ({reason}).</translation>
    </message>
</context>
<context>
    <name>HandoverCheck</name>
    <message>
        <location filename="../../services/handover_check.py" line="203"/>
        <source>{name} cannot be imported: it was made on {made} by the clock of the laptop that made it, more than a day after this laptop&apos;s clock ({now}). One of the two clocks is wrong: set the date and time right on that laptop (or this one), make the file again and import that. Nothing was changed.</source>
        <translation>{name} kan niet worden geïmporteerd: het is gemaakt op {made} volgens de klok van de laptop die het maakte, meer dan een dag na de klok van deze laptop ({now}). Een van de twee klokken staat verkeerd: zet de datum en tijd goed op die laptop (of deze), maak het bestand opnieuw en importeer dat. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="221"/>
        <source>{table} “{label}” (id {id})</source>
        <translation>{table} “{label}” (id {id})</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="223"/>
        <source>{table} with id {id}</source>
        <translation>{table} met id {id}</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="225"/>
        <source>{name} cannot be imported: {record} was changed on {when} ({column}), after the file was made ({made}). The clock of the laptop that made the file is wrong: set its date and time right, make the file again and import that. Nothing was changed.</source>
        <translation>{name} kan niet worden geïmporteerd: {record} is gewijzigd op {when} ({column}), nadat het bestand was gemaakt ({made}). De klok van de laptop die het bestand maakte staat verkeerd: zet de datum en tijd daar goed, maak het bestand opnieuw en importeer dat. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="231"/>
        <source>{name} cannot be imported: {record}: {what}. Nothing was changed.</source>
        <translation>{name} kan niet worden geïmporteerd: {record}: {what}. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="238"/>
        <source>“{column}” is empty</source>
        <translation>“{column}” is leeg</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="239"/>
        <source>“{column}” is blank</source>
        <translation>“{column}” bevat alleen witruimte</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="240"/>
        <source>“{column}” is not text</source>
        <translation>“{column}” is geen tekst</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="241"/>
        <source>“{column}” is longer than {detail} characters</source>
        <translation>“{column}” is langer dan {detail} tekens</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="242"/>
        <source>“{column}” is not a whole number</source>
        <translation>“{column}” is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="243"/>
        <source>“{column}” is not between {detail}</source>
        <translation>“{column}” ligt niet tussen {detail}</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="244"/>
        <source>“{column}” is “{detail}”, which Omroeper does not know</source>
        <translation>“{column}” is “{detail}”, wat Omroeper niet kent</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="245"/>
        <source>“{column}” (“{detail}”) is not a date and time as Omroeper writes it</source>
        <translation>“{column}” (“{detail}”) is geen datum en tijd zoals Omroeper die schrijft</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="247"/>
        <source>“{column}” (“{detail}”) is not a date (YYYY-MM-DD)</source>
        <translation>“{column}” (“{detail}”) is geen datum (JJJJ-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="248"/>
        <source>“{column}” (“{detail}”) is not a date and time</source>
        <translation>“{column}” (“{detail}”) is geen datum en tijd</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="249"/>
        <source>“{column}” (“{detail}”) lies outside 1970–2200</source>
        <translation>“{column}” (“{detail}”) ligt buiten 1970–2200</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="250"/>
        <source>“{column}” (“{detail}”) is not an id Omroeper makes</source>
        <translation>“{column}” (“{detail}”) is geen id zoals Omroeper die maakt</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="251"/>
        <source>“{column}” is not a list of texts</source>
        <translation>“{column}” is geen lijst van teksten</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="252"/>
        <source>“{column}” is damaged</source>
        <translation>“{column}” is beschadigd</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="253"/>
        <source>“{column}” (“{detail}”) is not a repeat rule Omroeper writes</source>
        <translation>“{column}” (“{detail}”) is geen herhaalregel zoals Omroeper die schrijft</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="254"/>
        <source>“{column}” (“{detail}”) is not a time zone</source>
        <translation>“{column}” (“{detail}”) is geen tijdzone</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="255"/>
        <source>“{column}” (“{detail}”) is not a language code</source>
        <translation>“{column}” (“{detail}”) is geen taalcode</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="256"/>
        <source>“{column}” (“{detail}”) is not an https address (http only for this computer, never with a name or password)</source>
        <translation>“{column}” (“{detail}”) is geen https-adres (http alleen voor deze computer, nooit met een naam of wachtwoord)</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="258"/>
        <source>“{column}” (“{detail}”) is not a web link</source>
        <translation>“{column}” (“{detail}”) is geen webkoppeling</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="259"/>
        <source>“{column}” (“{detail}”) is not an image name Omroeper gives (the SHA-256 of the image and its type)</source>
        <translation>“{column}” (“{detail}”) is geen afbeeldingsnaam zoals Omroeper die geeft (de SHA-256 van de afbeelding en het type)</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="261"/>
        <source>“{column}” is not a SHA-256</source>
        <translation>“{column}” is geen SHA-256</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="262"/>
        <source>“{column}” (“{detail}”) is not a setting Omroeper has</source>
        <translation>“{column}” (“{detail}”) is geen instelling die Omroeper heeft</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="263"/>
        <source>its file name (“{detail}”) does not say its SHA-256 and type</source>
        <translation>de bestandsnaam (“{detail}”) noemt niet de SHA-256 en het type</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="265"/>
        <source>it ends before it starts</source>
        <translation>het eindigt voordat het begint</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="266"/>
        <source>it names someone as their own stand-in</source>
        <translation>het noemt iemand als zijn eigen vervanger</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="267"/>
        <source>“{column}” points at {detail} that are neither in the file nor on this laptop</source>
        <translation>“{column}” verwijst naar {detail} die niet in het bestand en niet op deze laptop staan</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="269"/>
        <source>it says a network&apos;s schedule holds it, without “{column}”</source>
        <translation>het zegt dat de planning van een netwerk het heeft, zonder “{column}”</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="270"/>
        <source>it says a network holds it or it is being sent there, while its post is not scheduled</source>
        <translation>het zegt dat een netwerk het heeft of dat het daarheen wordt verstuurd, terwijl het bericht niet is ingepland</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="272"/>
        <source>it says {detail}&apos;s schedule holds it, but {detail} keeps no schedule of Omroeper&apos;s posts</source>
        <translation>het zegt dat de planning van {detail} het heeft, maar {detail} houdt geen planning van de berichten van Omroeper bij</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="274"/>
        <source>it says {detail} holds it or it is being sent there, but Omroeper does not send to {detail}</source>
        <translation>het zegt dat {detail} het heeft of dat het daarheen wordt verstuurd, maar Omroeper verstuurt niet naar {detail}</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="276"/>
        <source>it says it was answered, but “{column}” does not name a published answer of it in the file or on this laptop</source>
        <translation>het zegt beantwoord te zijn, maar “{column}” noemt geen gepubliceerd antwoord erop in het bestand of op deze laptop</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="279"/>
        <source>“{column}” appears twice in the file</source>
        <translation>“{column}” komt twee keer voor in het bestand</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="280"/>
        <source>“{column}” lies after the file was made</source>
        <translation>“{column}” ligt na het moment waarop het bestand is gemaakt</translation>
    </message>
</context>
<context>
    <name>HandoverNote</name>
    <message>
        <location filename="../../services/handover_note.py" line="27"/>
        <source>Preferences &gt; Development &gt; New application on the instance; copy the access token into Channels &gt; Change.</source>
        <translation>Voorkeuren &gt; Ontwikkeling &gt; Nieuwe toepassing op de server; kopieer het toegangstoken naar Kanalen &gt; Wijzigen.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="29"/>
        <source>Settings &gt; Privacy and security &gt; App passwords; enter it in Channels &gt; Change.</source>
        <translation>Instellingen &gt; Privacy en beveiliging &gt; App-wachtwoorden; vul het in bij Kanalen &gt; Wijzigen.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="31"/>
        <source>A Page access token from the municipality&apos;s Meta app (ask for it); enter it in Channels &gt; Change.</source>
        <translation>Een paginatoken uit de Meta-app van de gemeente (vraag ernaar); vul het in bij Kanalen &gt; Wijzigen.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="33"/>
        <source>An access token of the organization&apos;s LinkedIn app (ask for it; valid 60 days); enter it in Channels &gt; Change.</source>
        <translation>Een toegangstoken van de LinkedIn-app van de organisatie (vraag ernaar; 60 dagen geldig); vul het in bij Kanalen &gt; Wijzigen.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="35"/>
        <source>No token: Omroeper reminds you and you post it yourself.</source>
        <translation>Geen token: Omroeper herinnert u eraan en u post het zelf.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="36"/>
        <source>Enter its token in Channels &gt; Change.</source>
        <translation>Vul het token in bij Kanalen &gt; Wijzigen.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="42"/>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="46"/>
        <source>safe at the network</source>
        <translation>veilig bij het netwerk</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="54"/>
        <source>post this yourself</source>
        <translation>zelf posten</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="44"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="48"/>
        <source>failed: open the post to see why</source>
        <translation>mislukt: open het bericht om te zien waarom</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="50"/>
        <source>overdue: send it now, move it or skip it</source>
        <translation>te laat: verstuur het nu, verplaats het of sla het over</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="52"/>
        <source>not known whether it went out: check on the network</source>
        <translation>niet bekend of het is verstuurd: kijk op het netwerk</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="55"/>
        <source>from your laptop (enter its token)</source>
        <translation>vanaf uw laptop (vul het token in)</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="71"/>
        <source>Handover note</source>
        <translation>Overdrachtsnotitie</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="74"/>
        <source>{name} is away from {start} to {end} inclusive. {standin} stands in.</source>
        <translation>{name} is afwezig van {start} tot en met {end}. {standin} vervangt.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="79"/>
        <source>Posts, day by day</source>
        <translation>Berichten, dag voor dag</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="79"/>
        <source>No posts planned in this period.</source>
        <translation>Geen ingeplande berichten in deze periode.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="86"/>
        <source>Not planned to go out: ideas, drafts and ready posts</source>
        <translation>Niet ingepland: ideeën, concepten en berichten die klaar zijn</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="87"/>
        <source>These go out only when someone sets them to Scheduled in the calendar.</source>
        <translation>Deze gaan pas de deur uit als iemand ze in de kalender op Ingepland zet.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="90"/>
        <source>Channels and how to connect them</source>
        <translation>Kanalen en hoe u ze koppelt</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="95"/>
        <source>Running topics</source>
        <translation>Lopende onderwerpen</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="96"/>
        <source>Sensitive matters</source>
        <translation>Gevoelige zaken</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="97"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="100"/>
        <source>In a crisis</source>
        <translation>Bij een crisis</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="103"/>
        <source>Press Pause all in Omroeper&apos;s toolbar: every scheduled post stops, here and at the networks. Check the message: a network it could not reach may still publish; remove the post there by hand.</source>
        <translation>Druk op Alles pauzeren in de werkbalk van Omroeper: elk ingepland bericht stopt, hier en bij de netwerken. Lees de melding: een netwerk dat niet bereikbaar was, kan nog publiceren; verwijder het bericht daar zelf.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="106"/>
        <source>Post only what the crisis team or the mayor&apos;s office has approved.</source>
        <translation>Publiceer alleen wat het crisisteam of de burgemeester heeft goedgekeurd.</translation>
    </message>
    <message>
        <location filename="../../services/handover_note.py" line="107"/>
        <source>When it is over, press Resume all; posts whose time passed wait for your decision.</source>
        <translation>Als het voorbij is, druk dan op Alles hervatten; berichten waarvan het tijdstip verstreken is, wachten op uw besluit.</translation>
    </message>
</context>
<context>
    <name>HandoverNoteDialog</name>
    <message>
        <location filename="../../ui/handover_note_dialog.py" line="16"/>
        <source>Handover note</source>
        <translation>Overdrachtsnotitie</translation>
    </message>
    <message>
        <location filename="../../ui/handover_note_dialog.py" line="22"/>
        <source>What your stand-in should know. It travels in the handover file with the calendar, the templates and the staff; tokens never do.</source>
        <translation>Wat uw vervanger moet weten. Het gaat mee in het overdrachtsbestand met de kalender, de sjablonen en de medewerkers; tokens gaan nooit mee.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_note_dialog.py" line="27"/>
        <source>&amp;Running topics</source>
        <translation>&amp;Lopende onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/handover_note_dialog.py" line="28"/>
        <source>&amp;Sensitive matters</source>
        <translation>&amp;Gevoelige zaken</translation>
    </message>
    <message>
        <location filename="../../ui/handover_note_dialog.py" line="29"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/handover_note_dialog.py" line="31"/>
        <source>Write the handover file…</source>
        <translation>Overdrachtsbestand schrijven…</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <location filename="../../services/holiday_calendar.py" line="60"/>
        <source>Flanders</source>
        <translation>Vlaanderen</translation>
    </message>
    <message>
        <location filename="../../services/holiday_calendar.py" line="61"/>
        <source>Wallonia</source>
        <translation>Wallonië</translation>
    </message>
    <message>
        <location filename="../../services/holiday_calendar.py" line="62"/>
        <source>Brussels</source>
        <translation>Brussel</translation>
    </message>
    <message>
        <location filename="../../services/holiday_calendar.py" line="63"/>
        <source>German-speaking Community</source>
        <translation>Duitstalige Gemeenschap</translation>
    </message>
    <message>
        <location filename="../../services/holiday_calendar.py" line="64"/>
        <source>Whole country</source>
        <translation>Het hele land</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <location filename="../../services/ics_export.py" line="55"/>
        <source>Social media – {name}</source>
        <translation>Sociale media – {name}</translation>
    </message>
    <message>
        <location filename="../../services/ics_export.py" line="72"/>
        <source>Channels: {channels}
Status: {status}

{text}</source>
        <translation>Kanalen: {channels}
Status: {status}

{text}</translation>
    </message>
    <message>
        <location filename="../../services/ics_export.py" line="75"/>
        <source>Campaign: {campaign}</source>
        <translation>Campagne: {campaign}</translation>
    </message>
</context>
<context>
    <name>ImageFit</name>
    <message>
        <location filename="../../services/image_fit.py" line="42"/>
        <source>The image file {name} is missing or cannot be read from the data folder ({reason}). Add the image to the post again.</source>
        <translation>Het afbeeldingsbestand {name} ontbreekt of kan niet uit de gegevensmap worden gelezen ({reason}). Voeg de afbeelding opnieuw aan het bericht toe.</translation>
    </message>
    <message>
        <location filename="../../services/image_fit.py" line="50"/>
        <source>An animated image in this post cannot go to this network; use a still image.</source>
        <translation>Een bewegende afbeelding in dit bericht kan niet naar dit netwerk; gebruik een stilstaande afbeelding.</translation>
    </message>
    <message>
        <location filename="../../services/image_fit.py" line="99"/>
        <source>An image in this post cannot be made small enough for this network; use a smaller image.</source>
        <translation>Een afbeelding in dit bericht kan niet klein genoeg worden gemaakt voor dit netwerk; gebruik een kleinere afbeelding.</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../../ui/image_list_model.py" line="51"/>
        <source>⚠ no alt text</source>
        <translation>⚠ geen alt-tekst</translation>
    </message>
    <message>
        <location filename="../../ui/image_list_model.py" line="54"/>
        <source>Describe what the image shows, for people who cannot see it.</source>
        <translation>Beschrijf wat de afbeelding toont, voor wie haar niet kan zien.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <location filename="../../ui/image_strip.py" line="50"/>
        <source>Alt text: describe what the image shows</source>
        <translation>Alt-tekst: beschrijf wat de afbeelding toont</translation>
    </message>
    <message>
        <location filename="../../ui/image_strip.py" line="53"/>
        <source>Add images…</source>
        <translation>Afbeeldingen toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/image_strip.py" line="55"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/image_strip.py" line="58"/>
        <source>Move earlier</source>
        <translation>Naar voren</translation>
    </message>
    <message>
        <location filename="../../ui/image_strip.py" line="61"/>
        <source>Move later</source>
        <translation>Naar achteren</translation>
    </message>
    <message>
        <location filename="../../ui/image_strip.py" line="81"/>
        <source>Add images</source>
        <translation>Afbeeldingen toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/image_strip.py" line="82"/>
        <source>Images ({patterns})</source>
        <translation>Afbeeldingen ({patterns})</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../services/inbox.py" line="199"/>
        <source>Bluesky&apos;s private messages cannot be sent by an app through its API. Answer in public that you will write privately, and write from the Bluesky app (Chat), or ask the resident to phone or e-mail the municipality.</source>
        <translation>Privéberichten op Bluesky kan een app niet via de API versturen. Antwoord openbaar dat u privé schrijft en schrijf vanuit de Bluesky-app (Chat), of vraag de inwoner de gemeente te bellen of te mailen.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="205"/>
        <source>A Facebook page may write privately only to someone who wrote to it in Messenger first. Answer in public and invite the resident to send the page a message.</source>
        <translation>Een Facebookpagina mag alleen privé schrijven aan iemand die haar eerst in Messenger schreef. Antwoord openbaar en nodig de inwoner uit de pagina een bericht te sturen.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="209"/>
        <location filename="../../services/networks/facebook.py" line="448"/>
        <source>The resident wrote more than 24 hours ago: Messenger no longer lets the page answer. Answer in Meta Business Suite with the human agent tag (7 days), or by phone or e-mail.</source>
        <translation>De inwoner schreef meer dan 24 uur geleden: Messenger laat de pagina niet meer antwoorden. Antwoord in Meta Business Suite met de tag voor een menselijke medewerker (7 dagen), of per telefoon of e-mail.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="231"/>
        <source>The answer is far too long for any network ({count} characters). Shorten it first; then it is checked.</source>
        <translation>Het antwoord is veel te lang voor elk netwerk ({count} tekens). Maak het eerst korter; dan wordt het gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="235"/>
        <source>The answer is empty.</source>
        <translation>Het antwoord is leeg.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="238"/>
        <source>The answer is too long for {channel}: {used} of {limit}.</source>
        <translation>Het antwoord is te lang voor {channel}: {used} van {limit}.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="244"/>
        <source>This answer is public and holds personal data ({what}). Take it to a private message, or leave the personal data out.</source>
        <translation>Dit antwoord is openbaar en bevat persoonsgegevens ({what}). Ga verder in een privébericht, of laat de persoonsgegevens weg.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="277"/>
        <source>Omroeper cannot answer on {network} itself: answer there, and log the answer by hand.</source>
        <translation>Omroeper kan op {network} niet zelf antwoorden: antwoord daar en leg het antwoord met de hand vast in het logboek.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="280"/>
        <source>The resident deleted this message, so an answer cannot be threaded under it.</source>
        <translation>De inwoner heeft dit bericht verwijderd; een antwoord kan er niet onder geplaatst worden.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="290"/>
        <source>This message has been answered already. If the resident writes again, answer that new message.</source>
        <translation>Dit bericht is al beantwoord. Schrijft de inwoner opnieuw, beantwoord dan dat nieuwe bericht.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="295"/>
        <source>An answer to this message already waits in the outbox: it is sent at the next run. Wait for it before writing another.</source>
        <translation>Er wacht al een antwoord op dit bericht in de wachtrij: het wordt bij de volgende ronde verstuurd. Wacht daarop voordat u nog een antwoord schrijft.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="338"/>
        <source>The channel of this message is no longer there.</source>
        <translation>Het kanaal van dit bericht bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../services/inbox.py" line="349"/>
        <source>There is no inbox item {id}. `inbox list` shows the ids.</source>
        <translation>Er is geen bericht {id} in de inbox. `inbox list` toont de id&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_commands.py" line="64"/>
        <source>Nothing in the inbox with this state.</source>
        <translation>Niets in de inbox met deze status.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_commands.py" line="69"/>
        <source>Closed without an answer.</source>
        <translation>Afgesloten zonder antwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_commands.py" line="79"/>
        <source>The answer waits in the outbox; the next run (or publish-due) sends it.</source>
        <translation>Het antwoord wacht in de wachtrij; de volgende ronde (of publish-due) verstuurt het.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sync.py" line="78"/>
        <source>New: {new}, edited: {edited}, deleted by their authors: {deleted}.</source>
        <translation>Nieuw: {new}, bewerkt: {edited}, door de schrijver verwijderd: {deleted}.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sync.py" line="80"/>
        <source>{channel}: first fetch, the last {days} days.</source>
        <translation>{channel}: eerste keer opgehaald, de laatste {days} dagen.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sync.py" line="83"/>
        <source>{channel}: too many messages in the last {days} days; fetched back to {time}. Older ones are not fetched: see them on the network.</source>
        <translation>{channel}: te veel berichten in de laatste {days} dagen; opgehaald vanaf {time}. Oudere berichten zijn niet opgehaald: bekijk ze op het netwerk.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sync.py" line="87"/>
        <source>{channel}: too many messages since the last fetch; fetched back to {time}. Older ones are not fetched: see them on the network.</source>
        <translation>{channel}: te veel berichten sinds het vorige ophalen; opgehaald vanaf {time}. Oudere berichten zijn niet opgehaald: bekijk ze op het netwerk.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sync.py" line="101"/>
        <source>{channel} asked to slow down until {time}.</source>
        <translation>{channel} vroeg om tot {time} rustiger aan te doen.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sync.py" line="164"/>
        <source>the fetch took longer than {seconds} seconds and stopped; what it read is kept.</source>
        <translation>het ophalen duurde langer dan {seconds} seconden en is gestopt; wat het al gelezen had, is bewaard.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sync.py" line="120"/>
        <source>Omroeper met an unexpected error while fetching ({reason}); the other accounts were fetched.</source>
        <translation>Omroeper stuitte bij het ophalen op een onverwachte fout ({reason}); de andere accounts zijn wel opgehaald.</translation>
    </message>
</context>
<context>
    <name>InboxAnswerPanel</name>
    <message>
        <location filename="../../ui/inbox_answer.py" line="75"/>
        <source>words from a template; Enter takes the first</source>
        <translation>woorden uit een sjabloon; Enter neemt het eerste</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="76"/>
        <source>Te&amp;mplate:</source>
        <translation>S&amp;jabloon:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="87"/>
        <source>Your answer is kept as you type, until it is sent.</source>
        <translation>Uw antwoord wordt bewaard terwijl u typt, tot het verstuurd is.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="88"/>
        <source>&amp;Your answer:</source>
        <translation>&amp;Uw antwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="93"/>
        <source>Send &amp;answer</source>
        <translation>&amp;Antwoord versturen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="94"/>
        <source>Ctrl+Enter. The answer goes into the outbox and out with its next run.</source>
        <translation>Ctrl+Enter. Het antwoord gaat in de wachtrij en bij de volgende ronde de deur uit.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="96"/>
        <source>Take it to a &amp;private message</source>
        <translation>Verder in een &amp;privébericht</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="98"/>
        <source>&amp;Done, no answer needed</source>
        <translation>Afgehandel&amp;d, geen antwoord nodig</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="100"/>
        <source>Re&amp;open</source>
        <translation>Her&amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="184"/>
        <source>Send this answer as a private message to the resident.</source>
        <translation>Stuur dit antwoord als privébericht naar de inwoner.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="239"/>
        <source>Your answer is not kept in the data file: {reason} It stays here while Omroeper is open.</source>
        <translation>Uw antwoord is niet bewaard in het gegevensbestand: {reason} Het blijft hier staan zolang Omroeper open is.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="258"/>
        <source>Omroeper: answers that could not be saved</source>
        <translation>Omroeper: antwoorden die niet bewaard konden worden</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="260"/>
        <source>To {name}:</source>
        <translation>Aan {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="260"/>
        <source>To a resident:</source>
        <translation>Aan een inwoner:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="300"/>
        <source>Still to fill in or delete: {list}.</source>
        <translation>Nog invullen of weghalen: {list}.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_answer.py" line="320"/>
        <location filename="../../ui/inbox_answer.py" line="334"/>
        <source>Not sent: {why}</source>
        <translation>Niet verstuurd: {why}</translation>
    </message>
</context>
<context>
    <name>InboxDetail</name>
    <message>
        <location filename="../../ui/inbox_detail.py" line="69"/>
        <source>O&amp;wner:</source>
        <translation>B&amp;ehandelaar:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="73"/>
        <source>&amp;Go to the post</source>
        <translation>&amp;Ga naar het bericht</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="86"/>
        <source>The conversation</source>
        <translation>Het gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="90"/>
        <source>It is there: mark as sent</source>
        <translation>Het staat er: als verstuurd markeren</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="91"/>
        <source>It is not there: send again</source>
        <translation>Het staat er niet: opnieuw versturen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="116"/>
        <source>No message chosen.</source>
        <translation>Geen bericht gekozen.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="124"/>
        <source>{name} (@{handle})</source>
        <translation>{name} (@{handle})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="126"/>
        <source>{kind} on {channel}, came in {time}</source>
        <translation>{kind} op {channel}, binnengekomen op {time}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="137"/>
        <source>Answers the post: {title}</source>
        <translation>Reageert op het bericht: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="74"/>
        <source>Open in the calendar the post this message answers.</source>
        <translation>Open in de kalender het bericht waarop deze reactie ingaat.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="130"/>
        <source>edited by its author on {time}</source>
        <translation>bewerkt door de schrijver op {time}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="132"/>
        <source>deleted by its author on {time} (kept here)</source>
        <translation>verwijderd door de schrijver op {time} (hier bewaard)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="156"/>
        <source>✓ Answered by {name} on {time}, after {took}.</source>
        <translation>✓ Beantwoord door {name} op {time}, na {took}.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="157"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="161"/>
        <source>✓ Done without an answer ({name}).</source>
        <translation>✓ Afgehandeld zonder antwoord ({name}).</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="162"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="166"/>
        <source>Open · {clock}</source>
        <translation>Open · {clock}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="174"/>
        <source>nobody yet</source>
        <translation>nog niemand</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="192"/>
        <source>[Image: {description}] {address}</source>
        <translation>[Afbeelding: {description}] {address}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="193"/>
        <source>no description</source>
        <translation>geen beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="196"/>
        <source>On the network: {address}</source>
        <translation>Op het netwerk: {address}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="198"/>
        <source>Our answer ({state}), {name}:</source>
        <translation>Ons antwoord ({state}), {name}:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="206"/>
        <source>waiting in the outbox</source>
        <translation>wacht in de wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="207"/>
        <source>being sent</source>
        <translation>wordt verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="208"/>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="209"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="210"/>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="220"/>
        <source>The answer may have gone out, but the network did not confirm it. Look on the network: is it there?</source>
        <translation>Het antwoord is misschien verstuurd, maar het netwerk heeft het niet bevestigd. Kijk op het netwerk: staat het er?</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="223"/>
        <source>The answer waits in the outbox and goes out with the next run.</source>
        <translation>Het antwoord wacht in de wachtrij en gaat bij de volgende ronde de deur uit.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="224"/>
        <source>The answer waits: it will be sent when the laptop is online.</source>
        <translation>Het antwoord wacht: het wordt verstuurd zodra de laptop online is.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_detail.py" line="229"/>
        <source>The answer was refused: {reason}</source>
        <translation>Het antwoord is geweigerd: {reason}</translation>
    </message>
</context>
<context>
    <name>InboxListModel</name>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="28"/>
        <source>mention</source>
        <translation>vermelding</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="30"/>
        <source>private message</source>
        <translation>privébericht</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="31"/>
        <source>reply</source>
        <translation>reactie</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="51"/>
        <source>Clock</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="51"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="51"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="51"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="51"/>
        <source>Came in</source>
        <translation>Binnengekomen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="111"/>
        <source>✓ done</source>
        <translation>✓ afgehandeld</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="114"/>
        <source>✓ answered</source>
        <translation>✓ beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_list_model.py" line="115"/>
        <source>✓ answered in {time}</source>
        <translation>✓ beantwoord in {time}</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../ui/inbox_tab.py" line="91"/>
        <source>words or a name (Ctrl+F)</source>
        <translation>woorden of een naam (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="92"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="96"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="97"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="98"/>
        <source>Done without answer</source>
        <translation>Afgehandeld zonder antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="99"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="100"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="104"/>
        <source>Channe&amp;l:</source>
        <translation>Kanaa&amp;l:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="108"/>
        <source>Owner filter</source>
        <translation>Filter op behandelaar</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="109"/>
        <source>&amp;Update</source>
        <translation>Bij&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="110"/>
        <source>Fetch new messages now (Omroeper also does it every few minutes).</source>
        <translation>Nu nieuwe berichten ophalen (Omroeper doet dat ook om de paar minuten).</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="121"/>
        <source>Owner:</source>
        <translation>Behandelaar:</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="212"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="214"/>
        <source>Anyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="216"/>
        <source>Mine ({name})</source>
        <translation>Van mij ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="267"/>
        <source>The message you were answering is no longer in the list; your answer to it is kept. Choose it again to go on.</source>
        <translation>Het bericht dat u beantwoordde, staat niet meer in de lijst; uw antwoord erop is bewaard. Kies het opnieuw om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="270"/>
        <source>1 message</source>
        <translation>1 bericht</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="271"/>
        <source>{count} messages</source>
        <translation>{count} berichten</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="344"/>
        <source>The answer is in the outbox.</source>
        <translation>Het antwoord staat in de wachtrij.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="345"/>
        <source>The answer waits in the outbox: it will be sent when the laptop is online.</source>
        <translation>Het antwoord wacht in de wachtrij: het wordt verstuurd zodra de laptop online is.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="354"/>
        <source>Closed without an answer. Reopen it if it needs one after all.</source>
        <translation>Afgesloten zonder antwoord. Heropen het als er toch een antwoord nodig is.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="357"/>
        <source>Open again.</source>
        <translation>Weer open.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="364"/>
        <source>Marked as sent.</source>
        <translation>Als verstuurd gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_tab.py" line="367"/>
        <source>The answer goes out again with the next run.</source>
        <translation>Het antwoord gaat bij de volgende ronde opnieuw de deur uit.</translation>
    </message>
</context>
<context>
    <name>InboxText</name>
    <message>
        <location filename="../../ui/inbox_text.py" line="18"/>
        <source>under a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="20"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="24"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} u {minutes} min</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="25"/>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="28"/>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} u</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="29"/>
        <source>{days} d</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="42"/>
        <source>⚠ late by {time}</source>
        <translation>⚠ {time} te laat</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="44"/>
        <source>◑ {time} left</source>
        <translation>◑ nog {time}</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="45"/>
        <source>{time} left</source>
        <translation>nog {time}</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../../services/instance_lock.py" line="147"/>
        <source>Omroeper is already running with the data folder {folder}. Switch to that window; two copies working on the same data would overwrite each other&apos;s changes.</source>
        <translation>Omroeper draait al met de gegevensmap {folder}. Ga naar dat venster; twee exemplaren die met dezelfde gegevens werken, zouden elkaars wijzigingen overschrijven.</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="90"/>
        <source>Omroeper could not make its lock file in the data folder {folder}, so it cannot make sure no other copy works on the same data. Check the folder and the disk, and try again.</source>
        <translation>Omroeper kon zijn vergrendelbestand niet maken in de gegevensmap {folder} en kan dus niet uitsluiten dat een ander exemplaar met dezelfde gegevens werkt. Controleer de map en de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="72"/>
        <source>Another Omroeper command ({command}, process {pid}) is working with this data folder; waiting up to {minutes} minutes for it to finish (a run of the outbox starts no request after {run} seconds, and no request takes longer than {request} seconds)…</source>
        <translation>Een andere opdracht van Omroeper ({command}, proces {pid}) werkt met deze gegevensmap; er wordt hoogstens {minutes} minuten gewacht tot die klaar is (een verzendronde begint na {run} seconden geen verzoek meer, en geen verzoek duurt langer dan {request} seconden)…</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="121"/>
        <source>Paused at once: {posts} posts. The run of {command} (process {pid}) that is busy now sends none of them; what the networks hold in their own schedules is taken back once it has ended.</source>
        <translation>Meteen gepauzeerd: {posts} berichten. De ronde van {command} (proces {pid}) die nu bezig is, verstuurt er geen van; wat de netwerken in hun eigen planning hebben, wordt teruggehaald zodra die klaar is.</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="128"/>
        <source>The {posts} posts stay paused here, but what a network holds in its own schedule was not taken back yet: run pause-all again when that command has finished.</source>
        <translation>De {posts} berichten blijven hier gepauzeerd, maar wat een netwerk in zijn eigen planning heeft, is nog niet teruggehaald: voer pause-all opnieuw uit als die opdracht klaar is.</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="152"/>
        <source>Another Omroeper command ({command}, process {pid}) is already running with the data folder {folder}; two at once would overwrite each other&apos;s changes. Try again when it has finished.</source>
        <translation>Een andere opdracht van Omroeper ({command}, proces {pid}) werkt al met de gegevensmap {folder}; twee tegelijk zouden elkaars wijzigingen overschrijven. Probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="156"/>
        <source>Another Omroeper (process {pid}) is already running with the data folder {folder}: its window or a command. Two at once would overwrite each other&apos;s changes; try again when it has finished.</source>
        <translation>Een andere Omroeper (proces {pid}) werkt al met de gegevensmap {folder}: het venster of een opdracht. Twee tegelijk zouden elkaars wijzigingen overschrijven; probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="212"/>
        <source>The disk that holds the data folder {folder} is full, so Omroeper cannot start its work there. Your data is intact. Free some space on the disk and start Omroeper again.</source>
        <translation>De schijf met de gegevensmap {folder} is vol, dus Omroeper kan daar niet aan het werk. Uw gegevens zijn ongeschonden. Maak ruimte vrij op de schijf en start Omroeper opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="221"/>
        <source>{folder} is a file, not a folder: Omroeper keeps its data in a folder. Give another folder, or move the file away.</source>
        <translation>{folder} is een bestand, geen map: Omroeper bewaart zijn gegevens in een map. Kies een andere map, of zet het bestand ergens anders neer.</translation>
    </message>
    <message>
        <location filename="../../services/instance_lock.py" line="228"/>
        <source>The data folder {folder} cannot be used: {reason}</source>
        <translation>De gegevensmap {folder} kan niet worden gebruikt: {reason}</translation>
    </message>
</context>
<context>
    <name>KeyDateListModel</name>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="27"/>
        <source>Event</source>
        <translation>Evenement</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="28"/>
        <source>Council meeting</source>
        <translation>Raadsvergadering</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="29"/>
        <source>Waste collection</source>
        <translation>Afvalinzameling</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="30"/>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="31"/>
        <source>World day / topical</source>
        <translation>Werelddag / actualiteit</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="32"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="39"/>
        <source>once</source>
        <translation>één keer</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="84"/>
        <source>Shown</source>
        <translation>Getoond</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="84"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="86"/>
        <source>Untick to keep a key date out of the calendar</source>
        <translation>Vink uit om een belangrijke datum uit de kalender te houden</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="110"/>
        <source>built in</source>
        <translation>ingebouwd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/key_date_list_model.py" line="120"/>
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n dag)</numerusform>
            <numerusform>(%n dagen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="84"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="84"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="84"/>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="84"/>
        <source>Key dates</source>
        <translation>Belangrijke data</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="98"/>
        <source>Show the built-in world and awareness days</source>
        <translation>De ingebouwde werelddagen en themadagen tonen</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="99"/>
        <source>Earth Day, Neighbours&apos; Day, Carers&apos; Day and others of your country, each of which you can also switch off or change on its own</source>
        <translation>Dag van de Aarde, Burendag, Dag van de Mantelzorg en andere van uw land; elk kunt u ook apart uitzetten of wijzigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/key_dates_dialog.py" line="111"/>
        <location filename="../../ui/key_dates_dialog.py" line="112"/>
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="229"/>
        <source>Once</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="115"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="116"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Wijzigingen bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="117"/>
        <location filename="../../ui/key_dates_dialog.py" line="192"/>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="119"/>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="120"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="121"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="123"/>
        <source>&amp;Lasts:</source>
        <translation>D&amp;uurt:</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="124"/>
        <source>R&amp;epeats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="125"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="191"/>
        <source>Switch &amp;off</source>
        <translation>&amp;Uitzetten</translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="267"/>
        <source>A key date needs a title</source>
        <translation>Een belangrijke datum heeft een titel nodig</translation>
    </message>
</context>
<context>
    <name>LinkCard</name>
    <message>
        <location filename="../../services/link_card.py" line="61"/>
        <source>The page took too long to read: no link card.</source>
        <translation>Het lezen van de pagina duurde te lang: geen linkkaart.</translation>
    </message>
    <message>
        <location filename="../../services/link_card.py" line="68"/>
        <source>The page answered {status}: no link card.</source>
        <translation>De pagina antwoordde {status}: geen linkkaart.</translation>
    </message>
    <message>
        <location filename="../../services/link_card.py" line="72"/>
        <source>The link leads to a file, not a page: no link card.</source>
        <translation>De link leidt naar een bestand, niet naar een pagina: geen linkkaart.</translation>
    </message>
    <message>
        <location filename="../../services/link_card.py" line="85"/>
        <source>The page names no title or image: the networks show the bare link.</source>
        <translation>De pagina noemt geen titel of afbeelding: de netwerken tonen de kale link.</translation>
    </message>
    <message>
        <location filename="../../services/link_card.py" line="102"/>
        <source>Only web addresses (http, https) get a link card.</source>
        <translation>Alleen webadressen (http, https) krijgen een linkkaart.</translation>
    </message>
    <message>
        <location filename="../../services/link_card.py" line="113"/>
        <source>The page sends its readers from https to an unsafe http address: no link card.</source>
        <translation>De pagina stuurt haar lezers van https naar een onveilig http-adres: geen linkkaart.</translation>
    </message>
    <message>
        <location filename="../../services/link_card.py" line="116"/>
        <source>The page sends its readers on more than {count} times: no link card.</source>
        <translation>De pagina stuurt haar lezers meer dan {count} keer door: geen linkkaart.</translation>
    </message>
    <message>
        <location filename="../../services/link_card.py" line="122"/>
        <source>{host} sends its readers on without saying where: no link card.</source>
        <translation>{host} stuurt haar lezers door zonder te zeggen waarheen: geen linkkaart.</translation>
    </message>
    <message>
        <location filename="../../services/link_card.py" line="124"/>
        <source>{host} could not be read (not reachable, too slow, too large, or not a valid secure connection): no link card.</source>
        <translation>{host} kon niet worden gelezen (niet bereikbaar, te traag, te groot, of geen geldige beveiligde verbinding): geen linkkaart.</translation>
    </message>
</context>
<context>
    <name>LinkCards</name>
    <message>
        <location filename="../../ui/link_cards.py" line="91"/>
        <source>The page could not be read (an unexpected problem; see the log).</source>
        <translation>De pagina kon niet worden gelezen (een onverwacht probleem; zie het logbestand).</translation>
    </message>
</context>
<context>
    <name>LinkedIn</name>
    <message>
        <location filename="../../services/networks/linkedin.py" line="168"/>
        <source>LinkedIn named an upload address that is not LinkedIn&apos;s; the image (and the token) were not sent there.</source>
        <translation>LinkedIn gaf een uploadadres op dat niet van LinkedIn is; de afbeelding (en het token) zijn daar niet naartoe gestuurd.</translation>
    </message>
    <message>
        <location filename="../../services/networks/linkedin.py" line="209"/>
        <source>LinkedIn refused the access token (expired after 60 days, or revoked). Make a new one and enter it under Channels.</source>
        <translation>LinkedIn weigerde het toegangstoken (verlopen na 60 dagen, of ingetrokken). Maak een nieuw en vul het in onder Kanalen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/linkedin.py" line="213"/>
        <source>The LinkedIn token may not post for this organization (w_organization_social).</source>
        <translation>Het LinkedIn-token mag niet posten voor deze organisatie (w_organization_social).</translation>
    </message>
    <message>
        <location filename="../../services/networks/linkedin.py" line="216"/>
        <source>LinkedIn asks to slow down; the post waits until it allows more.</source>
        <translation>LinkedIn vraagt om het rustiger aan te doen; het bericht wacht tot het weer mag.</translation>
    </message>
    <message>
        <location filename="../../services/networks/linkedin.py" line="220"/>
        <source>LinkedIn refused this as a duplicate of an earlier post: check the page.</source>
        <translation>LinkedIn weigerde dit als dubbel van een eerder bericht: kijk op de pagina.</translation>
    </message>
    <message>
        <location filename="../../services/networks/linkedin.py" line="225"/>
        <source>LinkedIn refused the post: {detail}</source>
        <translation>LinkedIn weigerde het bericht: {detail}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="114"/>
        <source>Omroeper – {municipality}</source>
        <translation>Omroeper – {municipality}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>&amp;Restore backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>&amp;About Omroeper</source>
        <translation>&amp;Over Omroeper</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <source>standing in for {name} until {date}</source>
        <translation>vervangt {name} tot en met {date}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>&amp;Getting started…</source>
        <translation>&amp;Aan de slag…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Omroeper keeps sending scheduled posts. Quit from here.</source>
        <translation>Omroeper blijft ingeplande berichten versturen. Afsluiten doet u via dit pictogram.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="368"/>
        <source>the other laptop</source>
        <translation>de andere laptop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>H&amp;elp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="53"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>Omroeper stays open in the tray and sends nothing: the sending is with {name}. Quit from here.</source>
        <translation>Omroeper blijft open in het systeemvak en verstuurt niets: het versturen ligt bij {name}. Afsluiten doet u via dit pictogram.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="53"/>
        <source>No open messages.</source>
        <translation>Geen open berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="55"/>
        <source>Inbox ({count})</source>
        <translation>Inbox ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="56"/>
        <source>1 open message.</source>
        <translation>1 open bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="56"/>
        <source>{count} open messages.</source>
        <translation>{count} open berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/inbox_text.py" line="59"/>
        <source>The oldest has been waiting since {time} ({age}).</source>
        <translation>Het oudste wacht sinds {time} ({age}).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="462"/>
        <source>Ctrl+I opens the inbox.</source>
        <translation>Ctrl+I opent de inbox.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>A new message in the inbox.</source>
        <translation>Een nieuw bericht in de inbox.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>{count} new messages in the inbox.</source>
        <translation>{count} nieuwe berichten in de inbox.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="54"/>
        <source>The data file cannot be written to.</source>
        <translation>Er kan niet naar het gegevensbestand worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="76"/>
        <source>Omroeper answer {time}.txt</source>
        <translation>Omroeper-antwoord {time}.txt</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="77"/>
        <source>Omroeper post {time}.txt</source>
        <translation>Omroeper-bericht {time}.txt</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="79"/>
        <source>Save the post&apos;s text</source>
        <translation>De tekst van het bericht bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="79"/>
        <source>Save the answer&apos;s text</source>
        <translation>De tekst van het antwoord bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="82"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="90"/>
        <source>The answer&apos;s text was saved to {path}.</source>
        <translation>De tekst van het antwoord is bewaard in {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="91"/>
        <source>The post&apos;s text was saved to {path}.</source>
        <translation>De tekst van het bericht is bewaard in {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="90"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="90"/>
        <source>The backup was restored. The state before it was saved as {path}.</source>
        <translation>De back-up is teruggezet. De toestand van daarvoor is bewaard als {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="104"/>
        <source>About Omroeper</source>
        <translation>Over Omroeper</translation>
    </message>
    <message>
        <location filename="../../ui/window_actions.py" line="104"/>
        <source>Omroeper {version}
The social media desk of a small municipality.

Data folder: {folder}</source>
        <translation>Omroeper {version}
De socialemediadesk van een kleine gemeente.

Gegevensmap: {folder}</translation>
    </message>
</context>
<context>
    <name>Mastodon</name>
    <message>
        <location filename="../../services/networks/mastodon.py" line="479"/>
        <source>The Mastodon server is still processing an image; it will be tried again.</source>
        <translation>De Mastodon-server verwerkt een afbeelding nog; het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../services/networks/mastodon.py" line="248"/>
        <source>The Mastodon server no longer holds this post in its schedule, and it is not on the account: it was deleted there, or the server could not publish it.</source>
        <translation>De Mastodon-server heeft dit bericht niet meer in zijn planning en het staat ook niet op het account: het is daar verwijderd, of de server kon het niet publiceren.</translation>
    </message>
    <message>
        <location filename="../../services/networks/mastodon.py" line="244"/>
        <source>The Mastodon server no longer holds this post in its schedule, and it is not among the account&apos;s newest {count} posts, which is as far back as Omroeper looks: it probably went out among many others, but that is not certain.</source>
        <translation>De Mastodon-server heeft dit bericht niet meer in zijn planning, en het staat niet tussen de nieuwste {count} berichten van het account, zo ver terug als Omroeper kijkt: het is waarschijnlijk tussen vele andere uitgegaan, maar dat is niet zeker.</translation>
    </message>
    <message>
        <location filename="../../services/networks/mastodon.py" line="367"/>
        <source>The Mastodon server&apos;s limit of requests is nearly used up; Omroeper fetches the rest after it resets.</source>
        <translation>De Mastodon-server heeft zijn limiet van verzoeken bijna bereikt; Omroeper haalt de rest op zodra die weer vrij is.</translation>
    </message>
    <message>
        <location filename="../../services/networks/mastodon.py" line="523"/>
        <source>The Mastodon server refused the access token (revoked or mistyped). Make a new one under Preferences &gt; Development on the server and enter it under Channels.</source>
        <translation>De Mastodon-server weigerde het toegangstoken (ingetrokken of verkeerd getypt). Maak een nieuw token onder Voorkeuren &gt; Ontwikkeling op de server en vul het in onder Kanalen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/mastodon.py" line="527"/>
        <source>The Mastodon server asks to slow down; the post waits until it allows more.</source>
        <translation>De Mastodon-server vraagt om het rustiger aan te doen; het bericht wacht tot het weer mag.</translation>
    </message>
    <message>
        <location filename="../../services/networks/mastodon.py" line="537"/>
        <source>The Mastodon server refused the request ({status}).</source>
        <translation>De Mastodon-server weigerde het verzoek ({status}).</translation>
    </message>
    <message>
        <location filename="../../services/networks/mastodon.py" line="531"/>
        <source>The Mastodon server refused the post: {detail}</source>
        <translation>De Mastodon-server weigerde het bericht: {detail}</translation>
    </message>
</context>
<context>
    <name>MatchTableModel</name>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="59"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="59"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="59"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="59"/>
        <source>Title or from</source>
        <translation>Titel of afzender</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="60"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="73"/>
        <source>post</source>
        <translation>bericht</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="73"/>
        <source>message</source>
        <translation>inwonersbericht</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="73"/>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="74"/>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
</context>
<context>
    <name>MePage</name>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="46"/>
        <source>This is me</source>
        <translation>Dit ben ik</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="62"/>
        <source>Replies to residents are signed with the name of whoever answers: a personal answer, not the town hall&apos;s. Who are you on this laptop? A colleague who stands in for you later is added under Replies &gt; Staff and signatures.</source>
        <translation>Antwoorden aan inwoners worden ondertekend met de naam van wie antwoordt: een persoonlijk antwoord, niet dat van het gemeentehuis. Wie bent u op deze laptop? Een collega die later voor u invalt, voegt u toe onder Reacties &gt; Medewerkers en handtekeningen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="65"/>
        <source>Your na&amp;me:</source>
        <translation>Uw na&amp;am:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="66"/>
        <source>&amp;Role:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="67"/>
        <source>Signature in &amp;Dutch:</source>
        <translation>Handtekening in het &amp;Nederlands:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="68"/>
        <source>Signature in &amp;English:</source>
        <translation>Handtekening in het &amp;Engels:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="69"/>
        <source>Signature in &amp;French:</source>
        <translation>Handtekening in het F&amp;rans:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="70"/>
        <source>for example: communications adviser</source>
        <translation>bijvoorbeeld: communicatieadviseur</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="71"/>
        <source>for example: Groet, Sanne, team communicatie</source>
        <translation>bijvoorbeeld: Groet, Sanne, team communicatie</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="72"/>
        <source>for example: Kind regards, Sanne, communications</source>
        <translation>bijvoorbeeld: Kind regards, Sanne, communications</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_me_page.py" line="73"/>
        <source>Without a signature in a reply&apos;s language the Dutch one is used, and without any, your name.</source>
        <translation>Zonder handtekening in de taal van een antwoord wordt de Nederlandse gebruikt, en zonder handtekening uw naam.</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <location filename="../../services/media_library.py" line="82"/>
        <location filename="../../services/media_library.py" line="97"/>
        <source>{name} is not an image Omroeper can use (JPEG, PNG, GIF or WebP).</source>
        <translation>{name} is geen afbeelding die Omroeper kan gebruiken (JPEG, PNG, GIF of WebP).</translation>
    </message>
    <message>
        <location filename="../../services/media_library.py" line="85"/>
        <source>{name} has more than 100 million pixels; make it smaller first.</source>
        <translation>{name} heeft meer dan 100 miljoen pixels; maak het eerst kleiner.</translation>
    </message>
    <message>
        <location filename="../../services/media_library.py" line="102"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/media_library.py" line="105"/>
        <source>{name} is larger than 20 MB; make it smaller first.</source>
        <translation>{name} is groter dan 20 MB; maak het eerst kleiner.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <location filename="../../services/handover_check.py" line="59"/>
        <source>staff members</source>
        <translation>medewerkers</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="59"/>
        <source>signatures</source>
        <translation>handtekeningen</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="60"/>
        <source>channels</source>
        <translation>kanalen</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="60"/>
        <source>key dates</source>
        <translation>belangrijke data</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="61"/>
        <source>absences</source>
        <translation>afwezigheden</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="61"/>
        <source>reply templates</source>
        <translation>antwoordsjablonen</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="62"/>
        <source>images</source>
        <translation>afbeeldingen</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="62"/>
        <source>series</source>
        <translation>reeksen</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="63"/>
        <source>posts</source>
        <translation>berichten</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="63"/>
        <source>channel texts</source>
        <translation>kanaalteksten</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="64"/>
        <source>images in posts</source>
        <translation>afbeeldingen in berichten</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="64"/>
        <source>settings</source>
        <translation>instellingen</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="65"/>
        <source>figures of posts</source>
        <translation>cijfers van berichten</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="66"/>
        <source>follower counts</source>
        <translation>aantallen volgers</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="67"/>
        <source>inbox messages</source>
        <translation>berichten van inwoners</translation>
    </message>
    <message>
        <location filename="../../services/handover_check.py" line="67"/>
        <source>inbox answers</source>
        <translation>antwoorden aan inwoners</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="186"/>
        <source>This file deletes {count} of the {total} posts in your calendar.</source>
        <translation>Dit bestand verwijdert {count} van de {total} berichten in uw kalender.</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="189"/>
        <source>This file takes {count} channels off posts that stay (of {total} channel texts).</source>
        <translation>Dit bestand haalt {count} kanalen weg bij berichten die blijven (van {total} kanaalteksten).</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="192"/>
        <source>This file deletes {count} of the {total} {table}.</source>
        <translation>Dit bestand verwijdert {count} van de {total} {table}.</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="200"/>
        <source>Posts this file deletes from your calendar: {count} of {total}.</source>
        <translation>Berichten die dit bestand uit uw kalender verwijdert: {count} van {total}.</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="206"/>
        <source>{table}: {added} added, {updated} changed, {deleted} deleted</source>
        <translation>{table}: {added} toegevoegd, {updated} gewijzigd, {deleted} verwijderd</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="208"/>
        <source>Deleted on the other side: {title}</source>
        <translation>Aan de andere kant verwijderd: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="210"/>
        <source>Channel deleted on the other side: {title}</source>
        <translation>Kanaal aan de andere kant verwijderd: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="211"/>
        <source>Key date deleted on the other side: {title}</source>
        <translation>Belangrijke datum aan de andere kant verwijderd: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="212"/>
        <source>Reply template deleted on the other side: {title}</source>
        <translation>Antwoordsjabloon aan de andere kant verwijderd: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="213"/>
        <source>Staff member deleted on the other side: {title}</source>
        <translation>Medewerker aan de andere kant verwijderd: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="215"/>
        <source>Channel taken off a post on the other side: {title}</source>
        <translation>Kanaal aan de andere kant van een bericht gehaald: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="216"/>
        <source>Deleted on the other side, kept because its token is on this laptop: channel {title}</source>
        <translation>Aan de andere kant verwijderd, bewaard omdat het token op deze laptop staat: kanaal {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="218"/>
        <source>Changed on the other side: {title}</source>
        <translation>Gewijzigd aan de andere kant: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="219"/>
        <source>Changed on both sides, both versions kept: {title}</source>
        <translation>Aan beide kanten gewijzigd, beide versies bewaard: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="220"/>
        <source>Deleted on the other side but changed here, kept: {title}</source>
        <translation>Aan de andere kant verwijderd maar hier gewijzigd, bewaard: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="222"/>
        <source>Handed to the network&apos;s schedule on both sides, each under its own id: the earlier copy is taken back there at the next run: {title}</source>
        <translation>Aan beide kanten aan de planning van het netwerk gegeven, elk onder een eigen id: het eerdere exemplaar wordt daar bij de volgende ronde teruggehaald: {title}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="226"/>
        <source>Images not in the file: {count} (their posts arrive without them).</source>
        <translation>Afbeeldingen die niet in het bestand zitten: {count} (hun berichten komen zonder aan).</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="228"/>
        <source>Nothing new in this file.</source>
        <translation>Niets nieuws in dit bestand.</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="234"/>
        <source>… and {count} more.</source>
        <translation>… en nog {count}.</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="274"/>
        <source>the other side</source>
        <translation>de andere kant</translation>
    </message>
    <message>
        <location filename="../../services/merge_rules.py" line="35"/>
        <source>it would leave two channels named “{name}”. Rename or remove one of them first.</source>
        <translation>er zouden dan twee kanalen “{name}” heten. Geef er eerst een een andere naam of verwijder er een.</translation>
    </message>
    <message>
        <location filename="../../services/merge_rules.py" line="46"/>
        <source>it would give {person} two absences that overlap ({first} and {second}). Remove or change one of them first.</source>
        <translation>{person} zou dan twee afwezigheden hebben die overlappen ({first} en {second}). Verwijder of wijzig er eerst een.</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="407"/>
        <location filename="../../services/merge.py" line="543"/>
        <source>{post} on {channel}</source>
        <translation>{post} op {channel}</translation>
    </message>
    <message>
        <location filename="../../services/merge.py" line="564"/>
        <source>{title} (version of {name})</source>
        <translation>{title} (versie van {name})</translation>
    </message>
    <message>
        <location filename="../../services/merge_apply.py" line="94"/>
        <source>The disk is full: the images of {name} could not be copied into {folder}. Nothing was imported. Free some space on the disk and import the file again.</source>
        <translation>De schijf is vol: de afbeeldingen van {name} konden niet naar {folder} worden gekopieerd. Er is niets geïmporteerd. Maak ruimte vrij op de schijf en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/merge_apply.py" line="98"/>
        <source>The images of {name} could not be copied into {folder}: the folder is read-only, or you lack the permission. Nothing was imported. Check the permissions and import the file again.</source>
        <translation>De afbeeldingen van {name} konden niet naar {folder} worden gekopieerd: de map is alleen-lezen, of u hebt er geen rechten voor. Er is niets geïmporteerd. Controleer de rechten en importeer het bestand opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/merge_apply.py" line="101"/>
        <source>The images of {name} could not be copied into {folder} ({reason}). Nothing was imported. Check the disk and import the file again.</source>
        <translation>De afbeeldingen van {name} konden niet naar {folder} worden gekopieerd ({reason}). Er is niets geïmporteerd. Controleer de schijf en importeer het bestand opnieuw.</translation>
    </message>
</context>
<context>
    <name>MonthOverview</name>
    <message>
        <location filename="../../services/month_overview.py" line="19"/>
        <source>Social media planning {month}</source>
        <translation>Socialemediaplanning {month}</translation>
    </message>
    <message>
        <location filename="../../services/month_overview.py" line="34"/>
        <source>◆ key date · red: public holiday · shaded: fewer posts than planned that week</source>
        <translation>◆ belangrijke datum · rood: feestdag · gearceerd: minder berichten dan gepland die week</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../ui/month_view.py" line="397"/>
        <source>+%n more</source>
        <translation>
            <numerusform>nog %n</numerusform>
            <numerusform>nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/month_view.py" line="453"/>
        <source>This week: %n of the {target} posts of your rhythm</source>
        <translation>
            <numerusform>Deze week: %n van de {target} berichten van uw ritme</numerusform>
            <numerusform>Deze week: %n van de {target} berichten van uw ritme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="96"/>
        <source>Welcome to Omroeper</source>
        <translation>Welkom bij Omroeper</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="107"/>
        <source>A few things make Omroeper work: your municipality, who you are, and a first channel to post to. Each step can be skipped and done later; this guide stays under Help &gt; Getting started.</source>
        <translation>Een paar dingen laten Omroeper werken: uw gemeente, wie u bent en een eerste kanaal om naar te posten. Elke stap kunt u overslaan en later doen; deze gids blijft onder Help &gt; Aan de slag.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="109"/>
        <source>Omroeper keeps everything in this folder: {folder}</source>
        <translation>Omroeper bewaart alles in deze map: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="115"/>
        <source>The guide speaks it at once; the rest of the window from the next start.</source>
        <translation>De gids spreekt die taal meteen; de rest van het venster vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="117"/>
        <source>for example Oosterzande</source>
        <translation>bijvoorbeeld Oosterzande</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="118"/>
        <source>The Ne&amp;therlands</source>
        <translation>&amp;Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="119"/>
        <source>Bel&amp;gium</source>
        <translation>&amp;België</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="120"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="121"/>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="122"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="124"/>
        <source>Standing in for a colleague? Import the handover file they gave you instead: it brings the municipality, the calendar and the reply templates.</source>
        <translation>Valt u in voor een collega? Importeer dan het overdrachtsbestand dat u kreeg: dat brengt de gemeente, de kalender en de antwoordsjablonen mee.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="126"/>
        <source>&amp;Import handover…</source>
        <translation>Overdracht &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="134"/>
        <source>the Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="134"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="136"/>
        <source>{country} ({region})</source>
        <translation>{country} ({region})</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="138"/>
        <source>Time zone {zone}, and the public holidays of {country}. Another time zone, or a region&apos;s own holidays: File &gt; Preferences.</source>
        <translation>Tijdzone {zone}, en de feestdagen van {country}. Een andere tijdzone, of de eigen feestdagen van een regio: Bestand &gt; Voorkeuren.</translation>
    </message>
</context>
<context>
    <name>Networks</name>
    <message>
        <location filename="../../services/networks/registry.py" line="30"/>
        <source>{name} is posted by hand.</source>
        <translation>{name} wordt met de hand gepost.</translation>
    </message>
    <message>
        <location filename="../../services/networks/registry.py" line="31"/>
        <source>Publishing to {network} is not built yet: post {name} by hand for now.</source>
        <translation>Publiceren naar {network} is nog niet gebouwd: post {name} voorlopig met de hand.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="96"/>
        <source>This run of the outbox used its {seconds} seconds, so it sent nothing more; the rest goes at the next run.</source>
        <translation>Deze verzendronde heeft haar {seconds} seconden gebruikt en verstuurt niets meer; de rest gaat bij de volgende ronde.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="309"/>
        <source>The address {address} cannot be used; nothing was sent. Check it under Channels.</source>
        <translation>Het adres {address} kan niet worden gebruikt; er is niets verstuurd. Controleer het onder Kanalen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="320"/>
        <source>The secure connection to {name} failed: its certificate is not valid. Nothing was sent. Check the address under Channels, or the network this laptop is on.</source>
        <translation>De beveiligde verbinding met {name} is mislukt: het certificaat is niet geldig. Er is niets verstuurd. Controleer het adres onder Kanalen, of het netwerk waarop deze laptop zit.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="324"/>
        <source>{name} cannot be reached (offline?); nothing was sent. It will be tried again.</source>
        <translation>{name} is niet bereikbaar (offline?); er is niets verstuurd. Het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="334"/>
        <source>{name} answered the post with a move to {location}; Omroeper did not follow it, and it is not known whether the post arrived.</source>
        <translation>{name} antwoordde op het bericht met een verhuizing naar {location}; Omroeper is die niet gevolgd, en het is niet bekend of het bericht is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="340"/>
        <source>The server at {address} answers that it moved to {location}. Omroeper did not follow it, so the token was not sent there. Check the address under Channels.</source>
        <translation>De server op {address} antwoordt dat hij is verhuisd naar {location}. Omroeper is niet meegegaan, dus het token is daar niet naartoe gestuurd. Controleer het adres onder Kanalen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="352"/>
        <source>{name} did not answer in time after the post was sent; it is not known whether it arrived.</source>
        <translation>{name} antwoordde niet op tijd nadat het bericht was verstuurd; het is niet bekend of het is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="354"/>
        <source>The connection to {name} broke after the post was sent; it is not known whether it arrived.</source>
        <translation>De verbinding met {name} werd verbroken nadat het bericht was verstuurd; het is niet bekend of het is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="357"/>
        <source>{name} did not answer in time, or not completely; it will be tried again.</source>
        <translation>{name} antwoordde niet op tijd, of niet volledig; het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="364"/>
        <source>{name} gave an answer Omroeper does not understand after the post was sent; it is not known whether it arrived.</source>
        <translation>{name} gaf een antwoord dat Omroeper niet begrijpt nadat het bericht was verstuurd; het is niet bekend of het is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="367"/>
        <source>{name} gave an answer Omroeper does not understand; it will be tried again.</source>
        <translation>{name} gaf een antwoord dat Omroeper niet begrijpt; het wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="374"/>
        <source>{name} reported a problem of its own ({status}) after the post was sent; it is not known whether it arrived.</source>
        <translation>{name} meldde een eigen probleem ({status}) nadat het bericht was verstuurd; het is niet bekend of het is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../services/networks/http.py" line="378"/>
        <source>{name} has a problem of its own ({status}); it will be tried again.</source>
        <translation>{name} heeft een eigen probleem ({status}); het wordt later opnieuw geprobeerd.</translation>
    </message>
</context>
<context>
    <name>OutOfOffice</name>
    <message>
        <location filename="../../services/out_of_office.py" line="140"/>
        <source>Give the phone number residents can call for urgent matters.</source>
        <translation>Geef het telefoonnummer dat inwoners kunnen bellen als het dringend is.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../../services/outbox.py" line="85"/>
        <location filename="../../services/outbox_sending.py" line="448"/>
        <source>{channel} asked to slow down until {time}.</source>
        <translation>{channel} vroeg om het tot {time} rustiger aan te doen.</translation>
    </message>
    <message>
        <location filename="../../services/outbox.py" line="126"/>
        <source>Omroeper met an unexpected error with this post ({reason}); the details are in the log file.</source>
        <translation>Omroeper stuitte op een onverwachte fout bij dit bericht ({reason}); de details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../services/outbox.py" line="158"/>
        <source>This post fell due while Omroeper could not send it, more than the grace period ago. Send it now or move it.</source>
        <translation>Dit bericht moest verstuurd worden toen Omroeper dat niet kon, langer dan de wachttijd geleden. Verstuur het nu of verplaats het.</translation>
    </message>
    <message>
        <location filename="../../services/outbox_sending.py" line="185"/>
        <source>Omroeper could not get {channel} ready to send ({reason}): is the keychain locked? Its posts wait; the details are in the log file.</source>
        <translation>Omroeper kon {channel} niet klaarmaken om te versturen ({reason}): is de sleutelhanger vergrendeld? De berichten ervan wachten; de details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../services/outbox_sending.py" line="215"/>
        <source>Omroeper could not ask {channel} whose token it holds ({reason}); its posts wait. The details are in the log file.</source>
        <translation>Omroeper kon {channel} niet vragen van wie het token is ({reason}); de berichten ervan wachten. De details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../../services/outbox_sending.py" line="275"/>
        <source>The image file {name} is missing or cannot be read from the data folder ({reason}). Add the image to the post again.</source>
        <translation>Het afbeeldingsbestand {name} ontbreekt of kan niet uit de gegevensmap worden gelezen ({reason}). Voeg de afbeelding opnieuw aan het bericht toe.</translation>
    </message>
    <message>
        <location filename="../../services/outbox_sending.py" line="347"/>
        <source>{channel} answered with an id or address Omroeper cannot keep; it is not known whether the post arrived.</source>
        <translation>{channel} antwoordde met een id of adres dat Omroeper niet kan bewaren; het is niet bekend of het bericht is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../services/outbox_sending.py" line="355"/>
        <source>Omroeper met an unexpected error while sending this post to {channel} ({reason}; the details are in the log file). Check {channel}: mark it published if it is there, or send it again.</source>
        <translation>Omroeper stuitte op een onverwachte fout bij het versturen van dit bericht naar {channel} ({reason}; de details staan in het logbestand). Kijk op {channel}: markeer het als gepubliceerd als het er staat, of verstuur het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sending.py" line="111"/>
        <source>{channel} answered with an id or address Omroeper cannot keep; it is not known whether the answer arrived.</source>
        <translation>{channel} antwoordde met een id of adres dat Omroeper niet kan bewaren; het is niet bekend of het antwoord is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sending.py" line="119"/>
        <source>Omroeper met an unexpected error while sending this answer to {channel} ({reason}). Check {channel} whether it is there.</source>
        <translation>Omroeper stuitte op een onverwachte fout bij het versturen van dit antwoord naar {channel} ({reason}). Kijk op {channel} of het er staat.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sending.py" line="149"/>
        <location filename="../../services/outbox_sending.py" line="401"/>
        <source>Omroeper checks at the next run whether it arrived.</source>
        <translation>Omroeper kijkt bij de volgende ronde of het is aangekomen.</translation>
    </message>
    <message>
        <location filename="../../services/inbox_sending.py" line="212"/>
        <source>Omroeper could not tell whether this answer arrived on {channel} (sent {time}). Check there: mark it sent if it is, or send it again.</source>
        <translation>Omroeper kon niet nagaan of dit antwoord op {channel} is aangekomen (verstuurd {time}). Kijk daar: markeer het als verstuurd als het er staat, of verstuur het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/outbox_settling.py" line="73"/>
        <source>This post did not reach {channel}, and it is now more than the grace period late. Send it now or move it.</source>
        <translation>Dit bericht heeft {channel} niet bereikt en is nu langer te laat dan de wachttijd toestaat. Verstuur het nu of verplaats het.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="143"/>
        <location filename="../../services/outbox_settling.py" line="89"/>
        <source>Check {channel}: mark the post published if it is there.</source>
        <translation>Kijk op {channel}: markeer het bericht als gepubliceerd als het er staat.</translation>
    </message>
    <message>
        <location filename="../../services/outbox_settling.py" line="116"/>
        <source>Omroeper could not tell whether this post arrived on {channel} (sent {time}); a network&apos;s list of recent posts can lag behind. Check there: mark it published if it is, or send it again.</source>
        <translation>Omroeper kon niet vaststellen of dit bericht op {channel} is aangekomen (verstuurd op {time}); de lijst met recente berichten van een netwerk kan achterlopen. Kijk daar: markeer het als gepubliceerd als het er staat, of verstuur het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="180"/>
        <source>{channel} could not confirm that it published this post from its schedule ({reason}). Check there: mark it published if it is, or send it again.</source>
        <translation>{channel} kon niet bevestigen dat het dit bericht vanuit zijn planning heeft gepubliceerd ({reason}). Kijk daar: markeer het als gepubliceerd als het er staat, of verstuur het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="134"/>
        <source>“{title}” should no longer have gone out on {channel}, but {channel} published it from its own schedule before Omroeper could take it back. Remove it there if it must not stay online.</source>
        <translation>“{title}” had niet meer uit moeten gaan op {channel}, maar {channel} publiceerde het vanuit zijn eigen planning voordat Omroeper het kon terughalen. Verwijder het daar als het niet online mag blijven.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="154"/>
        <source>This post was changed after it was handed to {channel}, and {channel} no longer holds it: it probably went out as it was before the change. Check there.</source>
        <translation>Dit bericht is gewijzigd nadat het aan {channel} was overgedragen, en {channel} heeft het niet meer: het is waarschijnlijk verstuurd zoals het vóór de wijziging was. Kijk daar.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="198"/>
        <source>{channel} still holds this post in its own schedule, {hours} after its time, and has not published it. Check there: it may still go out late. To send it from here instead, remove it there first, or it goes out twice.</source>
        <translation>{channel} heeft dit bericht {hours} na het tijdstip nog in zijn eigen planning en heeft het niet gepubliceerd. Kijk daar: het kan nog te laat uitgaan. Wilt u het vanaf hier versturen, verwijder het daar dan eerst, anders gaat het twee keer uit.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="202"/>
        <source>{channel} has not published it from its own schedule, {hours} after its time.</source>
        <translation>{channel} heeft het {hours} na het tijdstip nog niet vanuit zijn eigen planning gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="206"/>
        <source>{channel} still holds this post, {hours} after its time: it has not gone out yet. Omroeper keeps asking; a day after its time it is left to you.</source>
        <translation>{channel} heeft dit bericht {hours} na het tijdstip nog: het is nog niet uitgegaan. Omroeper blijft vragen; een dag na het tijdstip is het aan u.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="213"/>
        <source>{channel} says it holds nothing under this post&apos;s id, but whose token this is could not be checked this run, so that proves nothing.</source>
        <translation>{channel} zegt niets te hebben onder het id van dit bericht, maar van wie het token is kon deze ronde niet worden gecontroleerd, dus dat bewijst niets.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="266"/>
        <source>{channel} holds something else under the id Omroeper kept for this post (a post that is already published, or another text), so Omroeper removed nothing there. Check {channel}&apos;s scheduled posts, and remove this post there by hand if it is there.</source>
        <translation>{channel} heeft iets anders onder het id dat Omroeper voor dit bericht bewaarde (een bericht dat al is gepubliceerd, of een andere tekst), dus Omroeper heeft daar niets verwijderd. Controleer de ingeplande berichten van {channel} en verwijder dit bericht daar met de hand als het er staat.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="278"/>
        <source>Omroeper could not take this post back from {channel}&apos;s own schedule ({reason}), and its time has passed: it probably went out there. Check {channel}, and remove it there if it must not stay online.</source>
        <translation>Omroeper kon dit bericht niet terughalen uit de eigen planning van {channel} ({reason}), en de tijd ervan is voorbij: het is daar waarschijnlijk uitgegaan. Kijk op {channel} en verwijder het daar als het niet online mag blijven.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="296"/>
        <source>Still in {channel}&apos;s own schedule, and {channel} publishes it on {time} unless it is removed there: Omroeper could not take it back ({reason}). Remove it on {channel} by hand, or solve the problem; every run tries again.</source>
        <translation>Nog in de eigen planning van {channel}, en {channel} publiceert het op {time} tenzij het daar wordt verwijderd: Omroeper kon het niet terughalen ({reason}). Verwijder het met de hand op {channel}, of los het probleem op; elke ronde probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/network_schedule.py" line="304"/>
        <source>“{title}” should no longer go out on {channel} (deleted, unticked, or the channel removed), but {channel} still holds it in its own schedule and publishes it on {time} unless it is removed there: Omroeper could not take it back ({reason}). Remove it on {channel} by hand; every run tries again.</source>
        <translation>“{title}” mag niet meer uitgaan op {channel} (verwijderd, uitgevinkt, of het kanaal verwijderd), maar {channel} heeft het nog in zijn eigen planning en publiceert het op {time} tenzij het daar wordt verwijderd: Omroeper kon het niet terughalen ({reason}). Verwijder het met de hand op {channel}; elke ronde probeert het opnieuw.</translation>
    </message>
</context>
<context>
    <name>OutboxTimer</name>
    <message>
        <location filename="../../ui/outbox_timer.py" line="123"/>
        <source>Omroeper met an unexpected error while sending and fetching ({reason}); the details are in the log. It tries again at the next run.</source>
        <translation>Omroeper stuitte bij het versturen en ophalen op een onverwachte fout ({reason}); de details staan in het logbestand. Bij de volgende ronde probeert Omroeper het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_timer.py" line="134"/>
        <source>Some posts need your decision: see the calendar.</source>
        <translation>Sommige berichten wachten op uw beslissing: zie de kalender.</translation>
    </message>
    <message>
        <location filename="../../ui/outbox_timer.py" line="136"/>
        <source>Time to post by hand on {channel}: {title}</source>
        <translation>Tijd om met de hand te posten op {channel}: {title}</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../ui/pause_dialog.py" line="12"/>
        <source>Pause all posts</source>
        <translation>Alle berichten pauzeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pause_dialog.py" line="14"/>
        <source>%n post(s) not yet published will stop: the ones waiting here and the ones already handed to a network&apos;s schedule (removed there, kept here with all their content). Nothing goes out until you resume.</source>
        <translation>
            <numerusform>%n bericht dat nog niet gepubliceerd is stopt: wat hier wacht en wat al in de planning van een netwerk staat (daar verwijderd, hier bewaard met alle inhoud). Niets gaat de deur uit tot u hervat.</numerusform>
            <numerusform>%n berichten die nog niet gepubliceerd zijn stoppen: wat hier wacht en wat al in de planning van een netwerk staat (daar verwijderd, hier bewaard met alle inhoud). Niets gaat de deur uit tot u hervat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pause_dialog.py" line="19"/>
        <source>Reason (optional), for example: fire in the town centre</source>
        <translation>Reden (niet verplicht), bijvoorbeeld: brand in het centrum</translation>
    </message>
    <message>
        <location filename="../../ui/pause_dialog.py" line="21"/>
        <source>Pause all</source>
        <translation>Alles pauzeren</translation>
    </message>
</context>
<context>
    <name>PausedBanner</name>
    <message>
        <location filename="../../ui/paused_banner.py" line="29"/>
        <source>Resume this post</source>
        <translation>Dit bericht hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/paused_banner.py" line="43"/>
        <source>‖ Paused by the crisis switch since {time}.</source>
        <translation>‖ Gepauzeerd met de crisisknop sinds {time}.</translation>
    </message>
    <message>
        <location filename="../../ui/paused_banner.py" line="45"/>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
</context>
<context>
    <name>PausedBar</name>
    <message>
        <location filename="../../ui/paused_bar.py" line="39"/>
        <source>Resume all…</source>
        <translation>Alles hervatten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paused_bar.py" line="55"/>
        <source>‖ Publishing is paused: %n post(s) stop until you resume them.</source>
        <translation>
            <numerusform>‖ Publiceren is gepauzeerd: %n bericht wacht tot u het hervat.</numerusform>
            <numerusform>‖ Publiceren is gepauzeerd: %n berichten wachten tot u ze hervat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paused_bar.py" line="57"/>
        <source>‖ Publishing is paused since {time}: %n post(s) stop until you resume them.</source>
        <translation>
            <numerusform>‖ Publiceren is gepauzeerd sinds {time}: %n bericht wacht tot u het hervat.</numerusform>
            <numerusform>‖ Publiceren is gepauzeerd sinds {time}: %n berichten wachten tot u ze hervat.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/paused_bar.py" line="60"/>
        <source>Reason: {reason}</source>
        <translation>Reden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paused_bar.py" line="63"/>
        <source>Still in a network&apos;s own schedule: %n post(s) ({channels}), taken back at the next run; if that fails, remove them there.</source>
        <translation>
            <numerusform>Nog in de eigen planning van een netwerk: %n bericht ({channels}), teruggehaald bij de volgende ronde; lukt dat niet, verwijder het daar.</numerusform>
            <numerusform>Nog in de eigen planning van een netwerk: %n berichten ({channels}), teruggehaald bij de volgende ronde; lukt dat niet, verwijder ze daar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodButton</name>
    <message>
        <location filename="../../ui/period_button.py" line="30"/>
        <source>Go to a date (Ctrl+G)</source>
        <translation>Naar een datum (Ctrl+G)</translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <location filename="../../ui/post_composer.py" line="112"/>
        <source>for yourself and the calendar; not published</source>
        <translation>voor uzelf en de kalender; wordt niet gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="115"/>
        <source>What do you want to tell the residents?</source>
        <translation>Wat wilt u de inwoners vertellen?</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="131"/>
        <source>separated by commas</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="149"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="150"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="159"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="162"/>
        <source>Channels:</source>
        <translation>Kanalen:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="163"/>
        <source>Per channel:</source>
        <translation>Per kanaal:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="164"/>
        <source>When:</source>
        <translation>Wanneer:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="165"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="166"/>
        <source>Repeats:</source>
        <translation>Herhaling:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="169"/>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="171"/>
        <source>Images:</source>
        <translation>Afbeeldingen:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="263"/>
        <source>New post</source>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="263"/>
        <location filename="../../ui/post_composer.py" line="424"/>
        <source>Edit post</source>
        <translation>Bericht bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="292"/>
        <source>Saved</source>
        <translation>Bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="148"/>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="160"/>
        <source>Main te&amp;xt:</source>
        <translation>Hoo&amp;fdtekst:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="168"/>
        <source>C&amp;ampaign:</source>
        <translation>&amp;Campagne:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="170"/>
        <source>Lang&amp;uage:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="321"/>
        <source>Not saved yet…</source>
        <translation>Nog niet bewaard…</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="335"/>
        <source>Not ready yet:</source>
        <translation>Nog niet klaar:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="379"/>
        <source>Before it can be marked ready:</source>
        <translation>Voordat het klaar kan zijn:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="419"/>
        <source>Not saved: {reason}</source>
        <translation>Niet bewaard: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="429"/>
        <source>The post went back to draft: it no longer meets every channel&apos;s limits.</source>
        <translation>Het bericht is weer een concept: het past niet meer binnen de grenzen van elk kanaal.</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="431"/>
        <source>Saved {time}</source>
        <translation>Bewaard {time}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="446"/>
        <source>Omroeper: a post that could not be saved</source>
        <translation>Omroeper: een bericht dat niet kon worden bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="448"/>
        <source>Title: {text}</source>
        <translation>Titel: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="449"/>
        <source>Planned on: {text}</source>
        <translation>Gepland op: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="451"/>
        <source>Status: {text}</source>
        <translation>Status: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="452"/>
        <source>Channels: {text}</source>
        <translation>Kanalen: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="453"/>
        <source>Campaign: {text}</source>
        <translation>Campagne: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="454"/>
        <source>Tags: {text}</source>
        <translation>Tags: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="457"/>
        <source>Main text:</source>
        <translation>Hoofdtekst:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="460"/>
        <source>Own text for {channel}:</source>
        <translation>Eigen tekst voor {channel}:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="463"/>
        <source>Images (alt texts):</source>
        <translation>Afbeeldingen (alt-teksten):</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="513"/>
        <source>Its time has passed: decide per channel below.</source>
        <translation>Het tijdstip is verstreken: beslis hieronder per kanaal.</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="540"/>
        <source>Part of a series: {rule}</source>
        <translation>Deel van een reeks: {rule}</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="545"/>
        <source>Does not repeat</source>
        <translation>Herhaalt niet</translation>
    </message>
</context>
<context>
    <name>PostEditing</name>
    <message>
        <location filename="../../services/post_editing.py" line="37"/>
        <source>Choose at least one channel.</source>
        <translation>Kies minstens één kanaal.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="39"/>
        <source>Give the post a date and time.</source>
        <translation>Geef het bericht een datum en tijd.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="41"/>
        <source>The text for {channel} is empty.</source>
        <translation>De tekst voor {channel} is leeg.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="43"/>
        <source>Images without an alt text: {count}. Describe what each image shows.</source>
        <translation>Afbeeldingen zonder alt-tekst: {count}. Beschrijf wat elke afbeelding toont.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="46"/>
        <source>{channel} takes at most {allowed} images; this post has {count}.</source>
        <translation>{channel} neemt hoogstens {allowed} afbeeldingen; dit bericht heeft er {count}.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="49"/>
        <source>{channel} needs at least one image.</source>
        <translation>{channel} heeft minstens één afbeelding nodig.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="53"/>
        <source>The alt text of image {number} is longer than {channel} takes ({allowed} characters at most).</source>
        <translation>De alt-tekst van afbeelding {number} is langer dan {channel} aanneemt (hoogstens {allowed} tekens).</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="60"/>
        <source>The text for {channel} is {over} bytes too long ({limit} at most).</source>
        <translation>De tekst voor {channel} is {over} bytes te lang (hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="63"/>
        <source>{channel} takes at most {limit} hashtags; remove {over}.</source>
        <translation>{channel} neemt hoogstens {limit} hashtags; verwijder er {over}.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="65"/>
        <source>The text for {channel} is {over} characters too long ({limit} at most).</source>
        <translation>De tekst voor {channel} is {over} tekens te lang (hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="71"/>
        <source>Image {number} is animated, and {channel} shows no animated images. Use a still image, or leave {channel} out.</source>
        <translation>Afbeelding {number} beweegt, en {channel} toont geen bewegende afbeeldingen. Gebruik een stilstaande afbeelding, of laat {channel} weg.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="75"/>
        <source>Image {number} is an animation with more frames than {channel} takes. Use a shorter animation or a still image.</source>
        <translation>Afbeelding {number} is een animatie met meer beelden dan {channel} aanneemt. Gebruik een kortere animatie of een stilstaande afbeelding.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="78"/>
        <source>Image {number} is an animation too large for {channel}, and Omroeper can only make still images smaller. Use a smaller animation or a still image.</source>
        <translation>Afbeelding {number} is een animatie die te groot is voor {channel}, en Omroeper kan alleen stilstaande afbeeldingen kleiner maken. Gebruik een kleinere animatie of een stilstaande afbeelding.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="121"/>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="122"/>
        <source>The campaign</source>
        <translation>De campagne</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="123"/>
        <source>The text</source>
        <translation>De tekst</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="124"/>
        <source>The notes</source>
        <translation>De notities</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="128"/>
        <source>A channel&apos;s own text</source>
        <translation>De eigen tekst van een kanaal</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="131"/>
        <source>An image description</source>
        <translation>Een afbeeldingsbeschrijving</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="125"/>
        <source>A tag</source>
        <translation>Een tag</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="146"/>
        <source>This post cannot be marked ready yet:</source>
        <translation>Dit bericht kan nog niet als klaar worden gemarkeerd:</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="187"/>
        <location filename="../../services/post_editing.py" line="227"/>
        <source>This post no longer exists.</source>
        <translation>Dit bericht bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="230"/>
        <source>{title} (copy)</source>
        <translation>{title} (kopie)</translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message>
        <location filename="../../ui/post_preview.py" line="94"/>
        <source>{channel}: as residents see it</source>
        <translation>{channel}: zoals inwoners het zien</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="95"/>
        <source>{channel} ({network}): as residents see it</source>
        <translation>{channel} ({network}): zoals inwoners het zien</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="110"/>
        <source>… more</source>
        <translation>… meer</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="113"/>
        <source>The preview ends here; the text goes on for {count} characters.</source>
        <translation>Hier houdt het voorbeeld op; de tekst gaat nog {count} tekens door.</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="116"/>
        <source>(no text)</source>
        <translation>(geen tekst)</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="126"/>
        <source>The feed shows about the first {count} characters; the rest behind “more”.</source>
        <translation>De tijdlijn toont ongeveer de eerste {count} tekens; de rest achter “meer”.</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="129"/>
        <source>Instagram does not link addresses in a caption.</source>
        <translation>Instagram maakt van adressen in een bijschrift geen links.</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="158"/>
        <source>Cut to {shape}, as {network} shows it.</source>
        <translation>Bijgesneden tot {shape}, zoals {network} het toont.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/post_preview.py" line="161"/>
        <source>+ %n more image(s)</source>
        <translation>
            <numerusform>+ nog %n afbeelding</numerusform>
            <numerusform>+ nog %n afbeeldingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="225"/>
        <source>Reading the page for its link card…</source>
        <translation>De pagina wordt gelezen voor de linkkaart…</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="227"/>
        <source>No link card: {reason}</source>
        <translation>Geen linkkaart: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="229"/>
        <source>Offline: the link card is read from the page once you are online. The networks show one.</source>
        <translation>Offline: de linkkaart wordt van de pagina gelezen zodra u online bent. De netwerken tonen er een.</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="232"/>
        <source>The link card is read from the page in a moment.</source>
        <translation>De linkkaart wordt zo meteen van de pagina gelezen.</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="241"/>
        <source>No link card: Instagram does not link addresses in a caption.</source>
        <translation>Geen linkkaart: Instagram maakt van adressen in een bijschrift geen links.</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="243"/>
        <source>No link card: Bluesky shows one only when the post brings it, and Omroeper does not.</source>
        <translation>Geen linkkaart: Bluesky toont er alleen een als het bericht hem meebrengt, en Omroeper doet dat niet.</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="245"/>
        <source>No link card: {network} shows the link in the text only.</source>
        <translation>Geen linkkaart: {network} toont de link alleen in de tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/post_preview.py" line="247"/>
        <source>No link card: a post with images shows the images instead.</source>
        <translation>Geen linkkaart: een bericht met afbeeldingen toont in plaats daarvan de afbeeldingen.</translation>
    </message>
</context>
<context>
    <name>PostStyle</name>
    <message>
        <location filename="../../ui/post_style.py" line="86"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="87"/>
        <source>unconfirmed</source>
        <translation>onbevestigd</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="98"/>
        <location filename="../../services/i18n.py" line="148"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="99"/>
        <location filename="../../services/i18n.py" line="149"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="100"/>
        <location filename="../../services/i18n.py" line="150"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="101"/>
        <location filename="../../services/i18n.py" line="151"/>
        <source>Scheduled</source>
        <translation>Ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="102"/>
        <location filename="../../services/i18n.py" line="152"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="103"/>
        <location filename="../../services/i18n.py" line="153"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="110"/>
        <source>not scheduled yet</source>
        <translation>nog niet ingepland</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="111"/>
        <source>needs this laptop on</source>
        <translation>laptop moet aanstaan</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="112"/>
        <source>safe at the network</source>
        <translation>veilig bij het netwerk</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="113"/>
        <source>sending</source>
        <translation>wordt verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="114"/>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="115"/>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="116"/>
        <source>unconfirmed: please check</source>
        <translation>onbevestigd: controleer dit</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="117"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="118"/>
        <source>post by hand</source>
        <translation>zelf posten</translation>
    </message>
    <message>
        <location filename="../../ui/post_style.py" line="119"/>
        <source>overdue: send now or skip</source>
        <translation>te laat: nu versturen of overslaan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="41"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_municipality_page.py" line="112"/>
        <location filename="../../ui/preferences_dialog.py" line="45"/>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="49"/>
        <source>A new language is used from the next start.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="53"/>
        <source>for example Oosterzande</source>
        <translation>bijvoorbeeld Oosterzande</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="55"/>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="56"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="70"/>
        <source>no target</source>
        <translation>geen doel</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="71"/>
        <source> posts a week, all channels together</source>
        <translation> berichten per week, alle kanalen samen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="72"/>
        <source>How many posts the municipality publishes a week; a post on several channels counts once. A week with fewer is tinted in the calendar and named in the coverage check of an absence.</source>
        <translation>Hoeveel berichten de gemeente per week publiceert; een bericht op meerdere kanalen telt één keer. Een week met minder wordt in de kalender gekleurd en genoemd in de controle van een afwezigheid.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="75"/>
        <source>We also post on weekends</source>
        <translation>We posten ook in het weekend</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="80"/>
        <source> hours late at most</source>
        <translation> uur na hun tijdstip</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="81"/>
        <source>A post that fell due while the laptop was off or offline goes out when it is back, unless it is later than this: then it waits for you.</source>
        <translation>Een bericht dat aan de beurt was terwijl de laptop uit of offline was, gaat de deur uit zodra die terug is, tenzij het later is dan dit: dan wacht het op u.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="85"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="87"/>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="88"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="89"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="90"/>
        <source>Holiday &amp;region:</source>
        <translation>Feestdagen&amp;regio:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="91"/>
        <source>R&amp;hythm:</source>
        <translation>R&amp;itme:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="93"/>
        <source>Send late posts:</source>
        <translation>Te late berichten nog versturen tot:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="113"/>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="114"/>
        <source>How fast the municipality means to answer a resident. Each open message in the Inbox shows how much of this is left.</source>
        <translation>Hoe snel de gemeente een inwoner wil antwoorden. Elk open bericht in de Inbox toont hoeveel tijd daarvan nog over is.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="116"/>
        <source>Count &amp;office hours only:</source>
        <translation>Alleen &amp;kantooruren tellen:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="128"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="131"/>
        <source>Leave &amp;Saturdays and Sundays out</source>
        <translation>&amp;Zaterdag en zondag niet meetellen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="133"/>
        <source>Leave public holi&amp;days out</source>
        <translation>&amp;Feestdagen niet meetellen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="135"/>
        <source>Answering residents</source>
        <translation>Inwoners antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="137"/>
        <source>Answer &amp;within:</source>
        <translation>Antwoorden &amp;binnen:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="171"/>
        <source>Whole country</source>
        <translation>Het hele land</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="177"/>
        <source>The public holidays are the same all over the Netherlands.</source>
        <translation>De feestdagen zijn in heel Nederland dezelfde.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="178"/>
        <source>Adds the holiday of your region or community (Flanders: 11 July) to the calendar, the coverage check and the answer dates in replies.</source>
        <translation>Voegt de feestdag van uw gewest of gemeenschap (Vlaanderen: 11 juli) toe aan de kalender, de controle bij afwezigheid en de antwoorddata in reacties.</translation>
    </message>
</context>
<context>
    <name>ProblemMessage</name>
    <message>
        <location filename="../../ui/messages.py" line="46"/>
        <source>Omroeper</source>
        <translation>Omroeper</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../services/i18n.py" line="94"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../services/i18n.py" line="94"/>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>ReadyPage</name>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="36"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="41"/>
        <source>the Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="41"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="43"/>
        <source>✓ Municipality: {name}, {country}</source>
        <translation>✓ Gemeente: {name}, {country}</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="44"/>
        <source>– No municipality yet: File &gt; Preferences.</source>
        <translation>– Nog geen gemeente: Bestand &gt; Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="45"/>
        <source>✓ You: {name}, signing “{signature}”</source>
        <translation>✓ U: {name}, met als handtekening “{signature}”</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="47"/>
        <source>– Nobody is “me” yet: Replies &gt; Staff and signatures.</source>
        <translation>– Nog niemand is “ik”: Reacties &gt; Medewerkers en handtekeningen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="48"/>
        <source>✓ Channels: {names}</source>
        <translation>✓ Kanalen: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="49"/>
        <source>– No channel yet: the Channels tab.</source>
        <translation>– Nog geen kanaal: het tabblad Kanalen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_start_ready_page.py" line="53"/>
        <source>Plan the month in the Calendar, answer residents from Replies, and before a holiday hand over in Vacation. This guide stays under Help &gt; Getting started.</source>
        <translation>Plan de maand in de Kalender, beantwoord inwoners vanuit Reacties, en draag vóór een vakantie over in Vakantie. Deze gids blijft onder Help &gt; Aan de slag.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <location filename="../../services/records.py" line="283"/>
        <source>{what} is longer than Omroeper can keep: {count} characters, at most {limit}. Shorten it.</source>
        <translation>{what} is langer dan Omroeper kan bewaren: {count} tekens, hoogstens {limit}. Maak het korter.</translation>
    </message>
    <message>
        <location filename="../../services/records.py" line="288"/>
        <source>At most {limit} tags can be kept; this has {count}.</source>
        <translation>Er kunnen hoogstens {limit} tags worden bewaard; dit heeft er {count}.</translation>
    </message>
    <message>
        <location filename="../../services/records.py" line="294"/>
        <source>This cannot be kept as it is: {field} ({fault}).</source>
        <translation>Dit kan niet zo worden bewaard: {field} ({fault}).</translation>
    </message>
</context>
<context>
    <name>RecurrenceDialog</name>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="75"/>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="78"/>
        <source>Does not repeat</source>
        <translation>Herhaalt niet</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="79"/>
        <source>Daily</source>
        <translation>Dagelijks</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="80"/>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="81"/>
        <source>Monthly</source>
        <translation>Maandelijks</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="82"/>
        <source>Yearly</source>
        <translation>Jaarlijks</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="174"/>
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="174"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="175"/>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="175"/>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="176"/>
        <source>every month</source>
        <translation>elke maand</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="176"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="177"/>
        <source>every year</source>
        <translation>elk jaar</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="177"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="180"/>
        <source>every </source>
        <translation>om de </translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="91"/>
        <source>on day {day}</source>
        <translation>op dag {day}</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="98"/>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="99"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="100"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="109"/>
        <source> times</source>
        <translation> keer</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="114"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="115"/>
        <source>&amp;Interval:</source>
        <translation>&amp;Interval:</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="116"/>
        <source>On days:</source>
        <translation>Op dagen:</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="117"/>
        <source>Each month:</source>
        <translation>Elke maand:</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="118"/>
        <source>Ends:</source>
        <translation>Eindigt:</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../ui/reminders_dialog.py" line="34"/>
        <source>Post by hand</source>
        <translation>Met de hand posten</translation>
    </message>
    <message>
        <location filename="../../ui/reminders_dialog.py" line="43"/>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/reminders_dialog.py" line="44"/>
        <source>Open &amp;images</source>
        <translation>&amp;Afbeeldingen openen</translation>
    </message>
    <message>
        <location filename="../../ui/reminders_dialog.py" line="45"/>
        <source>&amp;Posted: mark as published</source>
        <translation>&amp;Gepost: als gepubliceerd markeren</translation>
    </message>
    <message>
        <location filename="../../ui/reminders_dialog.py" line="79"/>
        <source>Nothing to post by hand right now.</source>
        <translation>Er is nu niets met de hand te posten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders_dialog.py" line="85"/>
        <source>%n image(s) with this post</source>
        <translation>
            <numerusform>%n afbeelding bij dit bericht</numerusform>
            <numerusform>%n afbeeldingen bij dit bericht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesTab</name>
    <message>
        <location filename="../../ui/replies_tab.py" line="92"/>
        <source>Staff and &amp;signatures…</source>
        <translation>&amp;Medewerkers en handtekeningen…</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="93"/>
        <source>&amp;Answering today:</source>
        <translation>&amp;Antwoordt vandaag:</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="105"/>
        <source>Search templates: title, text or tag (Ctrl+F)</source>
        <translation>Zoek sjablonen: titel, tekst of trefwoord (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="107"/>
        <source>All languages</source>
        <translation>Alle talen</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="108"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="108"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="108"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="117"/>
        <source>&amp;New…</source>
        <translation>Ni&amp;euw…</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="118"/>
        <source>Ed&amp;it…</source>
        <translation>Be&amp;werken…</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="119"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliceren</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="120"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="122"/>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="125"/>
        <source>Restore starter templates</source>
        <translation>Startsjablonen terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="127"/>
        <source>Export templates…</source>
        <translation>Sjablonen exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="128"/>
        <source>Import templates…</source>
        <translation>Sjablonen importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="216"/>
        <source>Add the people who answer, with their signatures.</source>
        <translation>Voeg de mensen toe die antwoorden, met hun handtekening.</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="218"/>
        <source>(instead of {name})</source>
        <translation>(in plaats van {name})</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="220"/>
        <source>Mark who you are in Staff and signatures.</source>
        <translation>Geef bij Medewerkers en handtekeningen aan wie u bent.</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="237"/>
        <source>no replies yet this month</source>
        <translation>nog geen antwoorden deze maand</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="240"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="241"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="243"/>
        <source>Replies this week: {week} · this month: {month} · median response time this month: {median}</source>
        <translation>Antwoorden deze week: {week} · deze maand: {month} · mediane reactietijd deze maand: {median}</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="321"/>
        <source>{title} (copy)</source>
        <translation>{title} (kopie)</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="352"/>
        <source>{title} (not finished)</source>
        <translation>{title} (niet af)</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="359"/>
        <source>Template, not finished</source>
        <translation>Sjabloon, niet af</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="374"/>
        <source>Delete template</source>
        <translation>Sjabloon verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="375"/>
        <source>Delete the template “{title}”?</source>
        <translation>Het sjabloon “{title}” verwijderen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="390"/>
        <source>%n starter template(s) restored; templates you changed were left as they are.</source>
        <translation>
            <numerusform>%n startsjabloon teruggezet; sjablonen die u hebt aangepast zijn gebleven zoals ze waren.</numerusform>
            <numerusform>%n startsjablonen teruggezet; sjablonen die u hebt aangepast zijn gebleven zoals ze waren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="395"/>
        <source>Export templates</source>
        <translation>Sjablonen exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="397"/>
        <location filename="../../ui/replies_tab.py" line="410"/>
        <source>Templates (*.json)</source>
        <translation>Sjablonen (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="405"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n sjabloon geëxporteerd.</numerusform>
            <numerusform>%n sjablonen geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="409"/>
        <source>Import templates</source>
        <translation>Sjablonen importeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="418"/>
        <source>%n template(s) imported; ones with a title you already have were skipped.</source>
        <translation>
            <numerusform>%n sjabloon geïmporteerd; sjablonen met een titel die u al hebt zijn overgeslagen.</numerusform>
            <numerusform>%n sjablonen geïmporteerd; sjablonen met een titel die u al hebt zijn overgeslagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyPanel</name>
    <message>
        <location filename="../../ui/reply_panel.py" line="64"/>
        <source>the resident&apos;s first name</source>
        <translation>voornaam van de inwoner</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="65"/>
        <source>street</source>
        <translation>straat</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="66"/>
        <source>case number</source>
        <translation>zaaknummer</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="70"/>
        <source> working days</source>
        <translation> werkdagen</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="76"/>
        <source>{name}: resi&amp;dent</source>
        <translation>{name}: &amp;inwoner</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="77"/>
        <source>{street}: s&amp;treet</source>
        <translation>{street}: &amp;straat</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="78"/>
        <source>{case}: case nu&amp;mber</source>
        <translation>{case}: &amp;zaaknummer</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="79"/>
        <source>{date}: answer &amp;within</source>
        <translation>{date}: antwoor&amp;d binnen</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="82"/>
        <source>Fill in</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="87"/>
        <source>The template&apos;s text for this reply. Change it freely; to leave a placeholder out, delete it here. The template itself stays as it was.</source>
        <translation>De tekst van het sjabloon voor dit antwoord. Pas hem gerust aan; een invulveld weglaten doet u door het hier te verwijderen. Het sjabloon zelf blijft zoals het was.</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="100"/>
        <source>E-mail or other</source>
        <translation>E-mail of anders</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="104"/>
        <source>Record in the reply &amp;log</source>
        <translation>Vastleggen in het &amp;logboek</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="108"/>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="110"/>
        <source>message came in</source>
        <translation>bericht binnengekomen</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="115"/>
        <source>Co&amp;py reply (Ctrl+Enter)</source>
        <translation>Antwoord k&amp;opiëren (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="127"/>
        <source>Te&amp;xt of this reply</source>
        <translation>&amp;Tekst van dit antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="131"/>
        <source>As the resident will read it</source>
        <translation>Zo leest de inwoner het</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="157"/>
        <source>No template found: change the search or make a new template.</source>
        <translation>Geen sjabloon gevonden: pas de zoekopdracht aan of maak een nieuw sjabloon.</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="204"/>
        <source>Still to fill in or delete from the text: {list}.</source>
        <translation>Nog invullen of uit de tekst halen: {list}.</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="207"/>
        <source>Set up who answers and their signature under Staff and signatures.</source>
        <translation>Leg bij Medewerkers en handtekeningen vast wie antwoordt en met welke handtekening.</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="209"/>
        <source>Enter the municipality&apos;s name in Preferences.</source>
        <translation>Vul de naam van de gemeente in bij Voorkeuren.</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="223"/>
        <source>an e-mail address</source>
        <translation>een e-mailadres</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="224"/>
        <source>a phone number</source>
        <translation>een telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="225"/>
        <source>an address</source>
        <translation>een adres</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="226"/>
        <source>a citizen service number</source>
        <translation>een burgerservicenummer</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="227"/>
        <source>a bank account number</source>
        <translation>een rekeningnummer</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="230"/>
        <source>⚠ This reply is meant for a public comment but contains what looks like personal data: {items}. Take personal matters to a private message.</source>
        <translation>⚠ Dit antwoord is bedoeld voor een openbare reactie, maar bevat iets wat op persoonsgegevens lijkt: {items}. Bespreek persoonlijke zaken in een privébericht.</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="234"/>
        <source>Personal data in a public reply</source>
        <translation>Persoonsgegevens in een openbaar antwoord</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="236"/>
        <source>Copy anyway</source>
        <translation>Toch kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="237"/>
        <source>Go back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="247"/>
        <source>Fill in or delete the highlighted placeholders first.</source>
        <translation>Vul eerst de gemarkeerde invulvelden in of haal ze uit de tekst.</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="264"/>
        <source>Copied, but not recorded: {reason}</source>
        <translation>Gekopieerd, maar niet vastgelegd: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/reply_panel.py" line="266"/>
        <source>Copied to the clipboard. Paste it in the reply to the resident.</source>
        <translation>Gekopieerd naar het klembord. Plak het in het antwoord aan de inwoner.</translation>
    </message>
</context>
<context>
    <name>ReplyTemplates</name>
    <message>
        <location filename="../../services/reply_templates.py" line="284"/>
        <source>{name} is not a template file Omroeper can read.</source>
        <translation>{name} is geen sjabloonbestand dat Omroeper kan lezen.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="226"/>
        <source>{name} is not an Omroeper template file.</source>
        <translation>{name} is geen sjabloonbestand van Omroeper.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="230"/>
        <source>{name} has no format version Omroeper knows.</source>
        <translation>{name} heeft geen formaatversie die Omroeper kent.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="233"/>
        <source>{name} was made by a newer Omroeper (format version {version}); update Omroeper to import it.</source>
        <translation>{name} is gemaakt door een nieuwere Omroeper (formaatversie {version}); werk Omroeper bij om het te importeren.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="238"/>
        <source>{name} has a field Omroeper does not know: “{field}”.</source>
        <translation>{name} heeft een veld dat Omroeper niet kent: “{field}”.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="241"/>
        <source>{name} holds more than {limit} templates.</source>
        <translation>{name} bevat meer dan {limit} sjablonen.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="247"/>
        <source>template {number}: {reason}</source>
        <translation>sjabloon {number}: {reason}</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="255"/>
        <source>… and 1 more problem</source>
        <translation>… en nog 1 probleem</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="256"/>
        <source>… and {count} more problems</source>
        <translation>… en nog {count} problemen</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="257"/>
        <source>Nothing was imported; {name} has problems:</source>
        <translation>Er is niets geïmporteerd; {name} heeft problemen:</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="301"/>
        <source>{name} has the key “{key}” twice in one place; Omroeper cannot tell which one counts.</source>
        <translation>{name} heeft de sleutel “{key}” twee keer op één plek; Omroeper kan niet zien welke telt.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="305"/>
        <source>{name} is nested far deeper than a template file is.</source>
        <translation>{name} is veel dieper genest dan een sjabloonbestand ooit is.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="308"/>
        <source>{name} is not a template file Omroeper can read (line {line}).</source>
        <translation>{name} is geen sjabloonbestand dat Omroeper kan lezen (regel {line}).</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="315"/>
        <source>{name} is larger than {limit} MB: not a template file.</source>
        <translation>{name} is groter dan {limit} MB: geen sjabloonbestand.</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="337"/>
        <source>not a template</source>
        <translation>geen sjabloon</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="340"/>
        <source>unknown field “{field}”</source>
        <translation>onbekend veld “{field}”</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="343"/>
        <source>“{field}” must be a text in quotes</source>
        <translation>“{field}” moet een tekst tussen aanhalingstekens zijn</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="346"/>
        <source>no title</source>
        <translation>geen titel</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="348"/>
        <source>the title is longer than {limit} characters</source>
        <translation>de titel is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="350"/>
        <source>the title holds a line break or a control character</source>
        <translation>de titel bevat een regeleinde of een stuurteken</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="352"/>
        <source>no text</source>
        <translation>geen tekst</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="354"/>
        <source>the text is longer than {limit} characters</source>
        <translation>de tekst is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="356"/>
        <source>the text holds a control character</source>
        <translation>de tekst bevat een stuurteken</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="359"/>
        <source>unknown placeholder {{{name}}}</source>
        <translation>onbekend invulveld {{{name}}}</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="362"/>
        <source>unknown category “{value}”</source>
        <translation>onbekende categorie “{value}”</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="364"/>
        <source>language must be nl, en or fr</source>
        <translation>de taal moet “nl”, “en” of “fr” zijn</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="366"/>
        <source>audience must be public or private</source>
        <translation>“audience” moet “public” of “private” zijn</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="369"/>
        <source>tags must be a list</source>
        <translation>de trefwoorden moeten een lijst zijn</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="371"/>
        <source>more than {limit} tags</source>
        <translation>meer dan {limit} trefwoorden</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="374"/>
        <source>tags must be texts in quotes</source>
        <translation>trefwoorden moeten teksten tussen aanhalingstekens zijn</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="376"/>
        <source>a tag is longer than {limit} characters</source>
        <translation>een trefwoord is langer dan {limit} tekens</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="378"/>
        <source>a tag holds a comma, a line break or a control character</source>
        <translation>een trefwoord bevat een komma, een regeleinde of een stuurteken</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../ui/report_pdf.py" line="46"/>
        <source>The folder {folder} does not exist; nothing was written.</source>
        <translation>De map {folder} bestaat niet; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="63"/>
        <source>The report can only be written in Dutch (nl) or English (en).</source>
        <translation>Het verslag kan alleen in het Nederlands (nl) of het Engels (en) worden geschreven.</translation>
    </message>
    <message>
        <location filename="../../ui/command_dates.py" line="52"/>
        <source>“{text}” is not a month: write it as YYYY-MM, for example 2026-11.</source>
        <translation>“{text}” is geen maand: schrijf het als JJJJ-MM, bijvoorbeeld 2026-11.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="95"/>
        <source>Reactions per channel</source>
        <translation>Interacties per kanaal</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="99"/>
        <source>Posts per week against the target</source>
        <translation>Berichten per week tegenover het doel</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="100"/>
        <source>wk {number}</source>
        <translation>wk {number}</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="104"/>
        <source>target {count}</source>
        <translation>doel {count}</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="107"/>
        <source>Followers at the end of the month</source>
        <translation>Volgers aan het eind van de maand</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="117"/>
        <source>For comparison: the average Flemish municipality answered on Twitter in {hours} hours.</source>
        <translation>Ter vergelijking: de gemiddelde Vlaamse gemeente antwoordde op Twitter binnen {hours} uur.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="119"/>
        <source>The municipality&apos;s target: an answer within {hours} hours.</source>
        <translation>Het doel van de gemeente: een antwoord binnen {hours} uur.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="122"/>
        <source>Messages and response times: not counted yet (no inbox yet).</source>
        <translation>Berichten en reactietijden: nog niet geteld (nog geen inbox).</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="124"/>
        <source>{hours} hours</source>
        <translation>{hours} uur</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="128"/>
        <source>Messages received: {count}; answered: {answered}.</source>
        <translation>Ontvangen berichten: {count}; beantwoord: {answered}.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="130"/>
        <source>Median response time: {median}.</source>
        <translation>Mediane reactietijd: {median}.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="135"/>
        <source>Social media results {month}: {municipality}</source>
        <translation>Socialemediaresultaten {month}: {municipality}</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="137"/>
        <source>Social media results {month}</source>
        <translation>Socialemediaresultaten {month}</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="139"/>
        <source>Posting rhythm: {kept} of {weeks} weeks reached the target of {target} posts.</source>
        <translation>Ritme: in {kept} van de {weeks} weken is het doel van {target} berichten gehaald.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="142"/>
        <source>Posts published: {count}.</source>
        <translation>Gepubliceerde berichten: {count}.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="143"/>
        <source>Reactions (likes, shares, replies and quotes together): {count}.</source>
        <translation>Interacties (vind-ik-leuks, keren gedeeld, reacties en citaten samen): {count}.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="145"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="146"/>
        <source>Nothing was published this month.</source>
        <translation>Deze maand is niets gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="147"/>
        <source>No figures came back for this month yet.</source>
        <translation>Voor deze maand zijn nog geen cijfers binnengekomen.</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="148"/>
        <source>Per channel</source>
        <translation>Per kanaal</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="148"/>
        <source>Best posts of the month</source>
        <translation>Beste berichten van de maand</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="149"/>
        <source>Messages and answers</source>
        <translation>Berichten van inwoners en antwoorden</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="152"/>
        <source>Posts</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="152"/>
        <source>Likes</source>
        <translation>Vind-ik-leuks</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="152"/>
        <source>Shares</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="153"/>
        <source>Replies</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="153"/>
        <source>Views</source>
        <translation>Weergaven</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="153"/>
        <source>Reach</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="154"/>
        <source>Followers</source>
        <translation>Volgers</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="174"/>
        <source>{count} views</source>
        <translation>{count} weergaven</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="176"/>
        <source>{count} reactions</source>
        <translation>{count} interacties</translation>
    </message>
    <message>
        <location filename="../../services/report.py" line="183"/>
        <source>Views and reach are counted by Facebook only; Mastodon and Bluesky count reactions but no views. Figures are the latest each network gave.</source>
        <translation>Weergaven en bereik telt alleen Facebook; Mastodon en Bluesky tellen interacties, maar geen weergaven. De cijfers zijn de laatste die elk netwerk gaf.</translation>
    </message>
    <message>
        <location filename="../../ui/results_commands.py" line="50"/>
        <source>This copy of Omroeper cannot draw a PDF here.</source>
        <translation>Dit exemplaar van Omroeper kan hier geen PDF maken.</translation>
    </message>
    <message>
        <location filename="../../ui/results_commands.py" line="58"/>
        <source>Wrote {path}.</source>
        <translation>{path} is geschreven.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../ui/restore_backup_dialog.py" line="16"/>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/restore_backup_dialog.py" line="20"/>
        <source>Omroeper goes back to the state of the backup you choose. The current state is saved as a backup first, so this can be undone.</source>
        <translation>Omroeper gaat terug naar de toestand van de back-up die u kiest. De huidige toestand wordt eerst als back-up bewaard, dus dit is terug te draaien.</translation>
    </message>
    <message>
        <location filename="../../ui/restore_backup_dialog.py" line="32"/>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../services/results.py" line="55"/>
        <source>Figures taken: {count}.</source>
        <translation>Cijfers opgehaald: {count}.</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="57"/>
        <source>Follower counts taken: {count}.</source>
        <translation>Aantallen volgers opgehaald: {count}.</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="59"/>
        <source>Posts the network no longer shows: {count}.</source>
        <translation>Berichten die het netwerk niet meer toont: {count}.</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="61"/>
        <source>{channel}: {reason} Its figures stay as they were.</source>
        <translation>{channel}: {reason} De cijfers blijven zoals ze waren.</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="149"/>
        <source>Omroeper met an unexpected error while fetching the figures ({reason}); the other channels were fetched.</source>
        <translation>Omroeper stuitte bij het ophalen van de cijfers op een onverwachte fout ({reason}); de andere kanalen zijn wel opgehaald.</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="188"/>
        <source>Figures are counts: 0 or more.</source>
        <translation>Cijfers zijn aantallen: 0 of meer.</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="214"/>
        <source>{count} likes</source>
        <translation>{count} vind-ik-leuks</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="215"/>
        <source>{count} shares</source>
        <translation>{count} keer gedeeld</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="217"/>
        <source>{count} replies</source>
        <translation>{count} reacties</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="219"/>
        <source>{count} quotes</source>
        <translation>{count} citaten</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="220"/>
        <source>{count} views</source>
        <translation>{count} weergaven</translation>
    </message>
    <message>
        <location filename="../../services/results.py" line="221"/>
        <source>reach {count}</source>
        <translation>bereik {count}</translation>
    </message>
    <message>
        <location filename="../../services/results_networks.py" line="152"/>
        <source>{network} no longer shows this post (deleted there?); its last figures stay.</source>
        <translation>{network} toont dit bericht niet meer (daar verwijderd?); de laatste cijfers blijven staan.</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <location filename="../../ui/results_tab.py" line="56"/>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="58"/>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="64"/>
        <source>Fetch fi&amp;gures</source>
        <translation>&amp;Cijfers ophalen</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="65"/>
        <source>Ask the networks for the figures that are due (a day, a week and a month after each post went out)</source>
        <translation>De netwerken vragen om de cijfers die aan de beurt zijn (een dag, een week en een maand nadat elk bericht is verstuurd)</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="68"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="69"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="71"/>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="72"/>
        <source>&amp;Monthly report (PDF)…</source>
        <translation>&amp;Maandrapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="114"/>
        <source>Best posts of the month</source>
        <translation>Beste berichten van de maand</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="118"/>
        <source>Messages and answers</source>
        <translation>Berichten en antwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="171"/>
        <source>Posts published: {count}.</source>
        <translation>Gepubliceerde berichten: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="172"/>
        <source>Reactions: {count}.</source>
        <translation>Interacties: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="173"/>
        <source>Posting rhythm: {kept} of {weeks} weeks reached the target of {target} posts.</source>
        <translation>Ritme: in {kept} van de {weeks} weken is het doel van {target} berichten gehaald.</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="190"/>
        <source>Asking the networks for their figures…</source>
        <translation>De netwerken worden om hun cijfers gevraagd…</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="208"/>
        <source>Monthly report</source>
        <translation>Maandrapport</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="209"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/results_tab.py" line="226"/>
        <source>Wrote {path}.</source>
        <translation>{path} is geschreven.</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../../services/secrets.py" line="42"/>
        <source>No secure keychain was found on this computer, so the token cannot be saved. Windows and macOS have one built in; on Linux install and unlock GNOME Keyring (package gnome-keyring) or KWallet, then start Omroeper again.</source>
        <translation>Er is geen veilige sleutelhanger gevonden op deze computer, dus het token kan niet worden bewaard. Windows en macOS hebben er een ingebouwd; installeer en ontgrendel op Linux GNOME Keyring (pakket gnome-keyring) of KWallet en start Omroeper opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/secrets.py" line="54"/>
        <source>The keychain refused the request ({reason}). Unlock it and try again.</source>
        <translation>De sleutelhanger weigerde het verzoek ({reason}). Ontgrendel hem en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../../services/sending.py" line="147"/>
        <source>This file brings the sending: from the import on, this laptop sends.</source>
        <translation>Dit bestand brengt het versturen mee: vanaf het importeren verstuurt deze laptop.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="149"/>
        <source>This file does not bring the sending: it is this laptop&apos;s own.</source>
        <translation>Dit bestand brengt het versturen niet mee: het is van deze laptop zelf.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="152"/>
        <source>This file does not bring the sending: it is older than the last handover file written or imported here ({when} UTC), or was imported before.</source>
        <translation>Dit bestand brengt het versturen niet mee: het is ouder dan het laatste overdrachtsbestand dat hier is geschreven of geïmporteerd ({when} UTC), of het is al eerder geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="156"/>
        <source>This file does not bring the sending: the laptop that wrote it did not have the sending then.</source>
        <translation>Dit bestand brengt het versturen niet mee: de laptop die het schreef, had het versturen toen niet.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="160"/>
        <source>This laptop goes on sending.</source>
        <translation>Deze laptop blijft versturen.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="162"/>
        <source>The sending stays with {name}.</source>
        <translation>Het versturen blijft bij {name}.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="163"/>
        <source>The sending stays with the other laptop.</source>
        <translation>Het versturen blijft bij de andere laptop.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="170"/>
        <source>The sending is with {name} since {since}: a handover file written now would not bring it, and two laptops would send. Nothing was written. Import the file {name} hands back first. If {name} never imported the file written here, take the sending back (the bar at the top of the window), then hand over again.</source>
        <translation>Het versturen ligt sinds {since} bij {name}: een overdrachtsbestand dat nu wordt geschreven, zou het niet meebrengen, en twee laptops zouden versturen. Er is niets geschreven. Importeer eerst het bestand dat {name} teruggeeft. Heeft {name} het hier geschreven bestand nooit geïmporteerd, neem het versturen dan terug (de balk boven in het venster) en draag daarna opnieuw over.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="175"/>
        <source>The sending is with the laptop that imported the handover file written here on {since}: a handover file written now would not bring it, and two laptops would send. Nothing was written. Import the file that laptop hands back first. If no laptop imported the file written here, take the sending back (the bar at the top of the window), then hand over again.</source>
        <translation>Het versturen ligt bij de laptop die het hier op {since} geschreven overdrachtsbestand heeft geïmporteerd: een overdrachtsbestand dat nu wordt geschreven, zou het niet meebrengen, en twee laptops zouden versturen. Er is niets geschreven. Importeer eerst het bestand dat die laptop teruggeeft. Heeft geen enkele laptop het hier geschreven bestand geïmporteerd, neem het versturen dan terug (de balk boven in het venster) en draag daarna opnieuw over.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="229"/>
        <source>From now on this laptop sends nothing; {name}&apos;s laptop sends once the file is imported.</source>
        <translation>Vanaf nu verstuurt deze laptop niets; de laptop van {name} verstuurt zodra het bestand is geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="231"/>
        <source>From now on this laptop sends nothing; the laptop that imports the file sends.</source>
        <translation>Vanaf nu verstuurt deze laptop niets; de laptop die het bestand importeert, verstuurt.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="237"/>
        <source>Sending went back to {name} with the handover file written here on {since}: this laptop sends nothing, unless a handover file from {name} brings the sending here again.</source>
        <translation>Het versturen is teruggegaan naar {name} met het overdrachtsbestand dat hier op {since} is geschreven: deze laptop verstuurt niets, tenzij een overdrachtsbestand van {name} het versturen hier weer brengt.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="241"/>
        <source>Sending is with {name} since {since}: this laptop sends nothing until you import the file {name} hands back.</source>
        <translation>Het versturen ligt sinds {since} bij {name}: deze laptop verstuurt niets tot u het bestand importeert dat {name} teruggeeft.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="244"/>
        <source>Sending is with {name}: this laptop sends nothing until you import the file {name} hands back.</source>
        <translation>Het versturen ligt bij {name}: deze laptop verstuurt niets tot u het bestand importeert dat {name} teruggeeft.</translation>
    </message>
    <message>
        <location filename="../../services/sending.py" line="246"/>
        <source>Sending is with the laptop that imported the handover file written here: this laptop sends nothing until you import the file that comes back.</source>
        <translation>Het versturen ligt bij de laptop die het hier geschreven overdrachtsbestand heeft geïmporteerd: deze laptop verstuurt niets tot u het bestand importeert dat terugkomt.</translation>
    </message>
</context>
<context>
    <name>SendingBanner</name>
    <message>
        <location filename="../../ui/sending_banner.py" line="33"/>
        <source>Take sending back…</source>
        <translation>Versturen terugnemen…</translation>
    </message>
    <message>
        <location filename="../../ui/sending_banner.py" line="57"/>
        <source>Sending went back to {name} with the handover file written here on {since}: this laptop sends nothing, unless a handover file from {name} brings the sending here again.</source>
        <translation>Het versturen is teruggegaan naar {name} met het overdrachtsbestand dat hier op {since} is geschreven: deze laptop verstuurt niets, tenzij een overdrachtsbestand van {name} het versturen hier weer brengt.</translation>
    </message>
    <message>
        <location filename="../../ui/sending_banner.py" line="61"/>
        <source>Sending is with {name} since {since}: this laptop sends nothing until you import the file {name} hands back.</source>
        <translation>Het versturen ligt sinds {since} bij {name}: deze laptop verstuurt niets tot u het bestand importeert dat {name} teruggeeft.</translation>
    </message>
    <message>
        <location filename="../../ui/sending_banner.py" line="64"/>
        <source>Sending is with {name}: this laptop sends nothing until you import the file {name} hands back.</source>
        <translation>Het versturen ligt bij {name}: deze laptop verstuurt niets tot u het bestand importeert dat {name} teruggeeft.</translation>
    </message>
    <message>
        <location filename="../../ui/sending_banner.py" line="66"/>
        <source>Sending is with the laptop that imported the handover file written here: this laptop sends nothing until you import the file that comes back.</source>
        <translation>Het versturen ligt bij de laptop die het hier geschreven overdrachtsbestand heeft geïmporteerd: deze laptop verstuurt niets tot u het bestand importeert dat terugkomt.</translation>
    </message>
    <message>
        <location filename="../../ui/sending_banner.py" line="74"/>
        <source>your colleague</source>
        <translation>uw collega</translation>
    </message>
    <message>
        <location filename="../../ui/sending_banner.py" line="76"/>
        <source>Take sending back to this laptop without importing {name}&apos;s file?

{name}&apos;s laptop may have sent posts or handed them to a network&apos;s schedule. This laptop does not know of those until you import the file {name} hands back, and would send them a second time.

Take sending back only when {name}&apos;s laptop sends no more (ask {name} to hand back, which stops it) and you checked the networks. Otherwise import {name}&apos;s file: that brings the sending back by itself.</source>
        <translation>Het versturen terugnemen naar deze laptop zonder het bestand van {name} te importeren?

De laptop van {name} kan berichten hebben verstuurd of aan de planning van een netwerk hebben gegeven. Deze laptop weet daar niets van tot u het bestand importeert dat {name} teruggeeft, en zou ze een tweede keer versturen.

Neem het versturen alleen terug als de laptop van {name} niets meer verstuurt (vraag {name} om terug te geven, dan stopt die) en u de netwerken hebt gecontroleerd. Importeer anders het bestand van {name}: dat brengt het versturen vanzelf terug.</translation>
    </message>
    <message>
        <location filename="../../ui/sending_banner.py" line="81"/>
        <location filename="../../ui/sending_banner.py" line="85"/>
        <source>Take sending back</source>
        <translation>Versturen terugnemen</translation>
    </message>
</context>
<context>
    <name>SeriesScopeRow</name>
    <message>
        <location filename="../../ui/series_scope_row.py" line="24"/>
        <source>this post only</source>
        <translation>alleen dit bericht</translation>
    </message>
    <message>
        <location filename="../../ui/series_scope_row.py" line="25"/>
        <source>this and later posts of the series</source>
        <translation>dit en de latere berichten van de reeks</translation>
    </message>
    <message>
        <location filename="../../ui/series_scope_row.py" line="26"/>
        <source>Texts, channels, images, tags and the status go to the later posts that were not published or edited on their own; each keeps its date.</source>
        <translation>Teksten, kanalen, afbeeldingen, tags en de status gaan naar de latere berichten die niet zijn gepubliceerd of apart bewerkt; elk houdt zijn datum.</translation>
    </message>
    <message>
        <location filename="../../ui/series_scope_row.py" line="22"/>
        <source>Edits apply to:</source>
        <translation>Wijzigingen gelden voor:</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/staff_dialog.py" line="35"/>
        <source>Staff and signatures</source>
        <translation>Medewerkers en handtekeningen</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="43"/>
        <source>&amp;Add person</source>
        <translation>Persoon &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="46"/>
        <source>for example: communications adviser</source>
        <translation>bijvoorbeeld: communicatieadviseur</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="47"/>
        <source>Acti&amp;ve (can answer and stand in)</source>
        <translation>A&amp;ctief (kan antwoorden en vervangen)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="48"/>
        <source>This is &amp;me: the person this computer belongs to</source>
        <translation>Dit ben &amp;ik: van wie deze computer is</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="51"/>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="52"/>
        <source>&amp;Role</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="55"/>
        <source>Signature in &amp;Dutch</source>
        <translation>Handtekening in het Ne&amp;derlands</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="56"/>
        <source>Signature in &amp;English</source>
        <translation>Handtekening in het &amp;Engels</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="57"/>
        <source>Signature in &amp;French</source>
        <translation>Handtekening in het F&amp;rans</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="58"/>
        <source>Without a signature in a reply&apos;s language the Dutch one is used.</source>
        <translation>Zonder handtekening in de taal van het antwoord wordt de Nederlandse gebruikt.</translation>
    </message>
    <message>
        <location filename="../../ui/staff_dialog.py" line="127"/>
        <source>for example: {signature}</source>
        <translation>bijvoorbeeld: {signature}</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <location filename="../../ui/staff_list_model.py" line="11"/>
        <source>(no name yet)</source>
        <translation>(nog geen naam)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_list_model.py" line="15"/>
        <source>(me)</source>
        <translation>(ik)</translation>
    </message>
    <message>
        <location filename="../../ui/staff_list_model.py" line="17"/>
        <source>(inactive)</source>
        <translation>(niet actief)</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="72"/>
        <source>Checking the connection…</source>
        <translation>Verbinding controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="136"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="137"/>
        <source>Posts that are due go out now.</source>
        <translation>Berichten die aan de beurt zijn, gaan nu de deur uit.</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="139"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="141"/>
        <source>You can keep working. Posts that fall due wait in the outbox until you are online.</source>
        <translation>U kunt gewoon doorwerken. Berichten die aan de beurt komen, wachten in de wachtrij tot u online bent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="147"/>
        <source>✍ %n to post by hand</source>
        <translation>
            <numerusform>✍ %n met de hand te posten</numerusform>
            <numerusform>✍ %n met de hand te posten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="152"/>
        <source>⚠ %n channel(s) need attention</source>
        <translation>
            <numerusform>⚠ %n kanaal vraagt aandacht</numerusform>
            <numerusform>⚠ %n kanalen vragen aandacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="161"/>
        <source>⚠ %n record(s) could not be read; see the log</source>
        <translation>
            <numerusform>⚠ %n gegeven kon niet worden gelezen; zie het logbestand</numerusform>
            <numerusform>⚠ %n gegevens konden niet worden gelezen; zie het logbestand</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="166"/>
        <source>Outbox empty</source>
        <translation>Wachtrij is leeg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="168"/>
        <source>%n post(s) waiting in the outbox</source>
        <translation>
            <numerusform>%n bericht wacht in de wachtrij</numerusform>
            <numerusform>%n berichten wachten in de wachtrij</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../services/store.py" line="52"/>
        <source>The data file {path} is damaged and cannot be read. You can restore one of the daily backups.</source>
        <translation>Het gegevensbestand {path} is beschadigd en kan niet worden gelezen. U kunt een van de dagelijkse back-ups terugzetten.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="61"/>
        <source>The disk is full, so the last change to {path} could not be saved. Everything saved before is intact. Free some space on the disk and try again.</source>
        <translation>De schijf is vol, dus de laatste wijziging in {path} kon niet worden bewaard. Alles wat eerder is bewaard, is ongeschonden. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="71"/>
        <source>{path} cannot be written to: the file or its folder is read-only, or you lack the permission. Nothing was changed. Check the permissions, or move the data folder to a disk you can write to.</source>
        <translation>Er kan niet naar {path} worden geschreven: het bestand of de map is alleen-lezen, of u hebt er geen rechten voor. Er is niets veranderd. Controleer de rechten, of verplaats de gegevensmap naar een schijf waarop u kunt schrijven.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="81"/>
        <source>The disk did not read or write {path} as asked (was a USB stick or network drive removed?). Everything saved before is intact. Check the disk and try again.</source>
        <translation>De schijf kon {path} niet lezen of schrijven (is er een USB-stick of netwerkschijf losgekoppeld?). Alles wat eerder is bewaard, is ongeschonden. Controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="113"/>
        <source>The data file {path} is held by another program (a backup or sync tool?) for longer than Omroeper waits. Nothing was changed; try again in a moment.</source>
        <translation>Het gegevensbestand {path} wordt langer dan Omroeper wacht vastgehouden door een ander programma (een back-up- of synchronisatieprogramma?). Er is niets veranderd; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="185"/>
        <source>{path} is a folder, not Omroeper&apos;s data file. Move it away, or choose another data folder.</source>
        <translation>{path} is een map, niet het gegevensbestand van Omroeper. Verplaats de map, of kies een andere gegevensmap.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="188"/>
        <source>The data file {path} is no longer there. Nothing was written; restart Omroeper to restore a backup.</source>
        <translation>Het gegevensbestand {path} is er niet meer. Er is niets geschreven; start Omroeper opnieuw om een back-up terug te zetten.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="204"/>
        <source>The data file {path} was written by a newer version of Omroeper (data version {found}; this version knows up to {known}). Install the newer version; the file was not changed.</source>
        <translation>Het gegevensbestand {path} is geschreven door een nieuwere versie van Omroeper (gegevensversie {found}; deze versie kent tot en met {known}). Installeer de nieuwere versie; het bestand is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="43"/>
        <source>Omroeper cannot open its data</source>
        <translation>Omroeper kan zijn gegevens niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="59"/>
        <source>The newest backup is from {when}. The damaged file is kept aside.</source>
        <translation>De nieuwste back-up is van {when}. Het beschadigde bestand wordt apart bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="51"/>
        <location filename="../../ui/store_problem_dialog.py" line="63"/>
        <source>Restore the newest backup</source>
        <translation>Nieuwste back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="49"/>
        <source>Restore the newest backup that holds your data, choose another one, or start with an empty calendar if you removed the data file on purpose.</source>
        <translation>Zet de nieuwste back-up met uw gegevens terug, kies een andere, of begin met een lege kalender als u het gegevensbestand bewust hebt verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="52"/>
        <location filename="../../ui/store_problem_dialog.py" line="64"/>
        <source>Choose a backup…</source>
        <translation>Back-up kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="53"/>
        <source>Start with an empty calendar</source>
        <translation>Met een lege kalender beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="68"/>
        <source>There is no backup yet. Move the damaged file away to start afresh.</source>
        <translation>Er is nog geen back-up. Verplaats het beschadigde bestand om opnieuw te beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="69"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/template_dialog.py" line="35"/>
        <source>Reply template</source>
        <translation>Antwoordsjabloon</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="41"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="41"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="41"/>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="47"/>
        <source>words to find it by, separated by commas</source>
        <translation>woorden om het op te vinden, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="50"/>
        <source>Placeholders: {list}. {signature} is the signature of whoever answers.</source>
        <translation>Invulvelden: {list}. {signature} is de handtekening van wie antwoordt.</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="57"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="58"/>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="59"/>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="60"/>
        <source>&amp;Meant for</source>
        <translation>&amp;Bedoeld voor</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="61"/>
        <source>T&amp;ags</source>
        <translation>T&amp;refwoorden</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="62"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;kst</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="82"/>
        <source>A template needs a title.</source>
        <translation>Een sjabloon heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="85"/>
        <source>A template needs a text.</source>
        <translation>Een sjabloon heeft een tekst nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/template_dialog.py" line="88"/>
        <source>Unknown placeholder {{{name}}}: use one of the placeholders below.</source>
        <translation>Onbekend invulveld {{{name}}}: gebruik een van de invulvelden hieronder.</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <location filename="../../ui/template_list_model.py" line="13"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="14"/>
        <source>Report: public space</source>
        <translation>Melding openbare ruimte</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="15"/>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="16"/>
        <source>Thanks or compliment</source>
        <translation>Bedankje of compliment</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="17"/>
        <source>Event information</source>
        <translation>Informatie over een evenement</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="18"/>
        <source>Negative or angry reaction</source>
        <translation>Negatieve of boze reactie</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="19"/>
        <source>We are looking into it</source>
        <translation>We zoeken het uit</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="20"/>
        <source>To a private message</source>
        <translation>Naar een privébericht</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="21"/>
        <source>Apology</source>
        <translation>Excuses</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="22"/>
        <source>Out of office</source>
        <translation>Afwezig</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="28"/>
        <source>private message</source>
        <translation>privébericht</translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="29"/>
        <source>public comment</source>
        <translation>openbare reactie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/template_list_model.py" line="36"/>
        <source>used %n time(s)</source>
        <translation>
            <numerusform>%n keer gebruikt</numerusform>
            <numerusform>%n keer gebruikt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/template_list_model.py" line="39"/>
        <source>last {date}</source>
        <translation>laatst {date}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../services/reply_templates.py" line="124"/>
        <source>The title</source>
        <translation>De titel</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="125"/>
        <source>The text</source>
        <translation>De tekst</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="126"/>
        <source>A tag</source>
        <translation>Een tag</translation>
    </message>
    <message>
        <location filename="../../services/reply_templates.py" line="122"/>
        <source>Give the template a title.</source>
        <translation>Geef het sjabloon een titel.</translation>
    </message>
</context>
<context>
    <name>TextEdit</name>
    <message>
        <location filename="../../ui/plain_text.py" line="104"/>
        <source>Nothing was added: the text would become {count} characters long, and one text holds at most {limit} here (no network accepts a longer one). Copy a shorter part; what you copied can still be pasted.</source>
        <translation>Er is niets toegevoegd: de tekst zou {count} tekens lang worden, en één tekst telt hier hoogstens {limit} tekens (geen netwerk accepteert een langere). Kopieer een korter stuk; wat u kopieerde, kunt u nog steeds plakken.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="43"/>
        <location filename="../../ui/tray.py" line="61"/>
        <source>Open Omroeper</source>
        <translation>Omroeper openen</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="60"/>
        <source>Open Omroeper ({count} open)</source>
        <translation>Omroeper openen ({count} open)</translation>
    </message>
</context>
<context>
    <name>TypedWork</name>
    <message>
        <location filename="../../ui/typed_work.py" line="83"/>
        <source>Throw away what you changed here?</source>
        <translation>Wat u hier hebt veranderd weggooien?</translation>
    </message>
</context>
<context>
    <name>UnsavedTextDialog</name>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="29"/>
        <source>The answer is not saved</source>
        <translation>Het antwoord is niet bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="29"/>
        <source>The post is not saved</source>
        <translation>Het bericht is niet bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="30"/>
        <source>The answer you are writing could not be saved:</source>
        <translation>Het antwoord dat u schrijft, kon niet worden bewaard:</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="31"/>
        <source>The post you are writing could not be saved:</source>
        <translation>Het bericht dat u schrijft, kon niet worden bewaard:</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="33"/>
        <source>Keep the window open to try again once the problem is solved, or save the text to a file of your choice before quitting.</source>
        <translation>Houd het venster open om het opnieuw te proberen zodra het probleem is opgelost, of bewaar de tekst in een bestand naar keuze voordat u afsluit.</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="35"/>
        <source>&amp;Keep the window open</source>
        <translation>Venster &amp;openhouden</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="36"/>
        <source>&amp;Save the text to a file…</source>
        <translation>Tekst in een bestand &amp;bewaren…</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved_text_dialog.py" line="37"/>
        <source>&amp;Quit without saving</source>
        <translation>Afsluiten &amp;zonder bewaren</translation>
    </message>
</context>
<context>
    <name>VacationTab</name>
    <message>
        <location filename="../../ui/vacation_tab.py" line="85"/>
        <source>Plan your absences and name who stands in. The check below lists what could go wrong while you are away, each with what to do about it.</source>
        <translation>Plan uw afwezigheid en geef aan wie u vervangt. De controle hieronder toont wat er mis kan gaan terwijl u weg bent, elk met wat eraan te doen is.</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="96"/>
        <source>&amp;Plan an absence…</source>
        <translation>Afwezigheid &amp;plannen…</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="98"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="100"/>
        <source>Write the handover file for your stand-in, with a note</source>
        <translation>Schrijf het overdrachtsbestand voor uw vervanger, met een notitie</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="101"/>
        <source>&amp;Import handover…</source>
        <translation>Overdracht &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="102"/>
        <source>Take in a handover file: your colleague&apos;s, or your own work back</source>
        <translation>Neem een overdrachtsbestand op: dat van uw collega, of uw eigen werk terug</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="103"/>
        <source>&amp;Out-of-office posts…</source>
        <translation>&amp;Afwezigheidsberichten…</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="104"/>
        <source>Drafts a post on every channel for the first day away (replies are slower, who to call when urgent) and one for the first day back</source>
        <translation>Maakt op elk kanaal een concept voor de eerste dag van afwezigheid (reacties gaan trager, wie te bellen als het dringend is) en een voor de eerste dag terug</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="122"/>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="123"/>
        <source>&amp;Do this</source>
        <translation>&amp;Uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="173"/>
        <source>You are standing in for {name} until {date}.</source>
        <translation>U vervangt {name} tot en met {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="180"/>
        <source>Running topics</source>
        <translation>Lopende onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="181"/>
        <source>Sensitive matters</source>
        <translation>Gevoelige zaken</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="182"/>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="187"/>
        <source>Handover note from {name}</source>
        <translation>Overdrachtsnotitie van {name}</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="188"/>
        <location filename="../../ui/vacation_tab.py" line="366"/>
        <source>a colleague (no name on that laptop)</source>
        <translation>een collega (zonder naam op die laptop)</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="209"/>
        <source>Choose an absence to check what could go wrong.</source>
        <translation>Kies een afwezigheid om te zien wat er mis kan gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="211"/>
        <source>Coverage {period}: checking…</source>
        <translation>Dekking {period}: bezig met controleren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vacation_tab.py" line="226"/>
        <source>Coverage {period}: %n thing(s) to look at</source>
        <translation>
            <numerusform>Dekking {period}: %n punt om naar te kijken</numerusform>
            <numerusform>Dekking {period}: %n punten om naar te kijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="227"/>
        <source>Coverage {period}: nothing to worry about.</source>
        <translation>Dekking {period}: niets om u zorgen over te maken.</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="253"/>
        <source>Out-of-office posts</source>
        <translation>Afwezigheidsberichten</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="254"/>
        <source>Phone number residents can call for urgent matters:</source>
        <translation>Telefoonnummer dat inwoners kunnen bellen als het dringend is:</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="263"/>
        <source>Two draft posts are in the calendar, on the first day away and the first day back: read them and set them to scheduled.</source>
        <translation>Er staan twee concepten in de kalender, op de eerste dag weg en de eerste dag terug: lees ze en zet ze op Ingepland.</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="290"/>
        <location filename="../../ui/vacation_tab.py" line="320"/>
        <location filename="../../ui/vacation_tab.py" line="324"/>
        <source>Hand over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="292"/>
        <location filename="../../ui/vacation_tab.py" line="337"/>
        <source>Handover file (*.omroeper)</source>
        <translation>Overdrachtsbestand (*.omroeper)</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="311"/>
        <source>Handover file written: give {name} to your stand-in. The note to print is beside it ({pdf}, {html}).</source>
        <translation>Overdrachtsbestand geschreven: geef {name} aan uw vervanger. De notitie om te printen staat ernaast ({pdf}, {html}).</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="317"/>
        <source>From now on this laptop sends nothing; {name}&apos;s laptop sends once the file is imported. Hand over?</source>
        <translation>Vanaf nu verstuurt deze laptop niets; de laptop van {name} verstuurt zodra het bestand is geïmporteerd. Overdragen?</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="319"/>
        <source>From now on this laptop sends nothing; the laptop that imports the file sends. Hand over?</source>
        <translation>Vanaf nu verstuurt deze laptop niets; de laptop die het bestand importeert, verstuurt. Overdragen?</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="336"/>
        <location filename="../../ui/vacation_tab.py" line="382"/>
        <source>Import handover</source>
        <translation>Overdracht importeren</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="365"/>
        <source>From {name}, exported {when}. This will change:</source>
        <translation>Van {name}, geëxporteerd op {when}. Dit verandert er:</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="368"/>
        <source>A backup is taken first. Import?</source>
        <translation>Eerst wordt een back-up gemaakt. Importeren?</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="374"/>
        <source>What it deletes stays in the backup taken before the import, but it will be gone from the calendar and from the networks&apos; schedules.

Are you sure you want to delete it?</source>
        <translation>Wat het verwijdert, blijft in de back-up die vóór het importeren wordt gemaakt, maar verdwijnt uit de kalender en uit de planningen van de netwerken.

Weet u zeker dat u het wilt verwijderen?</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="355"/>
        <source>Imported. The calendar shows the merged planning.</source>
        <translation>Geïmporteerd. De kalender toont de samengevoegde planning.</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="97"/>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="99"/>
        <source>Ha&amp;nd over…</source>
        <translation>&amp;Overdragen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vacation_tab.py" line="377"/>
        <source>Delete %n post(s) and import</source>
        <translation>
            <numerusform>%n bericht verwijderen en importeren</numerusform>
            <numerusform>%n berichten verwijderen en importeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="378"/>
        <source>Delete and import</source>
        <translation>Verwijderen en importeren</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="404"/>
        <source>Add the staff first (Replies tab, Staff and signatures…).</source>
        <translation>Voeg eerst de medewerkers toe (tabblad Reacties, Medewerkers en handtekeningen…).</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="437"/>
        <source>Delete absence</source>
        <translation>Afwezigheid verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="437"/>
        <source>Delete this absence?</source>
        <translation>Deze afwezigheid verwijderen?</translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <location filename="../../ui/variant_editor.py" line="27"/>
        <source>{used} characters (no limit)</source>
        <translation>{used} tekens (geen grens)</translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="32"/>
        <source>characters</source>
        <translation>tekens</translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="33"/>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="34"/>
        <source>hashtags</source>
        <translation>hashtags</translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="41"/>
        <source>{used} of {limit} {unit}</source>
        <translation>{used} van {limit} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="82"/>
        <source>Use the main text again</source>
        <translation>Hoofdtekst weer gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="175"/>
        <source>follows the main text</source>
        <translation>volgt de hoofdtekst</translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="175"/>
        <source>own text</source>
        <translation>eigen tekst</translation>
    </message>
</context>
<context>
    <name>WhenRow</name>
    <message>
        <location filename="../../ui/when_row.py" line="27"/>
        <source>Planned on</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../ui/when_row.py" line="84"/>
        <source>time in {zone}</source>
        <translation>tijd in {zone}</translation>
    </message>
    <message>
        <location filename="../../ui/when_row.py" line="89"/>
        <source>Not planned yet: an idea or draft without a date.</source>
        <translation>Nog niet gepland: een idee of concept zonder datum.</translation>
    </message>
</context>
<context>
    <name>WindowTabs</name>
    <message>
        <location filename="../../ui/window_tabs.py" line="35"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/window_tabs.py" line="35"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../ui/window_tabs.py" line="35"/>
        <source>&amp;Replies</source>
        <translation>&amp;Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/window_tabs.py" line="35"/>
        <source>&amp;Vacation</source>
        <translation>&amp;Vakantie</translation>
    </message>
    <message>
        <location filename="../../ui/window_tabs.py" line="36"/>
        <source>C&amp;hannels</source>
        <translation>Ka&amp;nalen</translation>
    </message>
    <message>
        <location filename="../../ui/window_tabs.py" line="36"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
</context>
<context>
    <name>WooSearchDialog</name>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="88"/>
        <source>Search for a Woo request</source>
        <translation>Zoeken voor een Woo-verzoek</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="93"/>
        <source>words that must all be in a post or message</source>
        <translation>woorden die allemaal in een bericht of inwonersbericht moeten staan</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="95"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="97"/>
        <source>Only &amp;from</source>
        <translation>Alleen &amp;van</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="103"/>
        <source>all channels</source>
        <translation>alle kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="117"/>
        <source>&amp;Export these…</source>
        <translation>Deze &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="125"/>
        <source>&amp;to</source>
        <translation>&amp;tot en met</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="127"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanaal</translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="178"/>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/woo_search_dialog.py" line="190"/>
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n resultaat gevonden.</numerusform>
            <numerusform>%n resultaten gevonden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/woo_search_dialog.py" line="191"/>
        <source>Nothing found. Fewer or shorter words find more.</source>
        <translation>Niets gevonden. Met minder of kortere woorden vindt u meer.</translation>
    </message>
</context>
<context>
    <name>_LimitWords</name>
    <message numerus="yes">
        <location filename="../../ui/variant_editor.py" line="54"/>
        <source>%Ln byte(s) too many ({used} of {limit})</source>
        <translation>
            <numerusform>%Ln byte te veel ({used} van {limit})</numerusform>
            <numerusform>%Ln bytes te veel ({used} van {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/variant_editor.py" line="56"/>
        <source>%Ln hashtag(s) too many ({used} of {limit})</source>
        <translation>
            <numerusform>%Ln hashtag te veel ({used} van {limit})</numerusform>
            <numerusform>%Ln hashtags te veel ({used} van {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/variant_editor.py" line="57"/>
        <source>%Ln character(s) too many ({used} of {limit})</source>
        <translation>
            <numerusform>%Ln teken te veel ({used} van {limit})</numerusform>
            <numerusform>%Ln tekens te veel ({used} van {limit})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RecurrenceWords</name>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="40"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Elke %n dag</numerusform>
            <numerusform>Elke %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="40"/>
        <source>Every day</source>
        <translation>Elke dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="41"/>
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Elke %n week</numerusform>
            <numerusform>Elke %n weken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="41"/>
        <source>Every week</source>
        <translation>Elke week</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="42"/>
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Elke %n maand</numerusform>
            <numerusform>Elke %n maanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="42"/>
        <source>Every month</source>
        <translation>Elke maand</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="43"/>
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Elke %n jaar</numerusform>
            <numerusform>Elke %n jaar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="43"/>
        <source>Every year</source>
        <translation>Elk jaar</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="48"/>
        <source>on the {nth} {weekday} of {month}</source>
        <translation>op de {nth} {weekday} van {month}</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="62"/>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="62"/>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="62"/>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="62"/>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="63"/>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="67"/>
        <source>on the {nth} {weekday}</source>
        <translation>op de {nth} {weekday}</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="53"/>
        <source>on {days}</source>
        <translation>op {days}</translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="55"/>
        <source>until {date}</source>
        <translation>tot en met {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="57"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n keer</numerusform>
            <numerusform>%n keer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="57"/>
        <source>once</source>
        <translation>één keer</translation>
    </message>
</context>
</TS>
