<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name></name>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="27"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="27"/>
        <source>Council meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="28"/>
        <source>Waste collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="28"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="29"/>
        <source>World day / topical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="29"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="37"/>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="40"/>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/key_date_list_model.py" line="40"/>
        <source>every %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="42"/>
        <source>every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="44"/>
        <source>every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="45"/>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="20"/>
        <source>{used} characters (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="23"/>
        <source>characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="23"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="24"/>
        <source>hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="26"/>
        <source>{over} {unit} too many ({used} of {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="29"/>
        <source>{used} of {limit} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/agenda_model.py" line="46"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="46"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="46"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="46"/>
        <source>Channels</source>
        <translation type="unfinished">Kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="46"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/agenda_model.py" line="56"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../services/backup.py" line="108"/>
        <source>The file {path} is not a readable Omroeper backup.</source>
        <translation>Het bestand {path} is geen leesbare back-up van Omroeper.</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="111"/>
        <source>The backup {path} is damaged.</source>
        <translation>De back-up {path} is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../services/backup.py" line="114"/>
        <source>The backup {path} was made by a newer version of Omroeper.</source>
        <translation>De back-up {path} is gemaakt door een nieuwere versie van Omroeper.</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../ui/backup_list_model.py" line="25"/>
        <source>daily backup</source>
        <translation>dagelijkse back-up</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="26"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="27"/>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="28"/>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar_tab.py" line="95"/>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="95"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="95"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="102"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="105"/>
        <source>Previous (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="108"/>
        <source>Next (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="116"/>
        <source>Go to a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="121"/>
        <source>Search posts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="124"/>
        <source>&amp;New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="125"/>
        <source>Key dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="136"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="179"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="183"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="187"/>
        <source>All campaigns and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="190"/>
        <source>Campaign: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/calendar_tab.py" line="325"/>
        <source>%n result(s) for “{text}”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="335"/>
        <source>Week {number}, {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="407"/>
        <source>A published post stays where it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="423"/>
        <source>Post deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../ui/channels_tab.py" line="20"/>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/channels_tab.py" line="22"/>
        <source>Connect the municipality&apos;s accounts here: Mastodon, Bluesky, Facebook, LinkedIn and channels you post to by hand. Tokens are kept in the system keychain, never in the data file.</source>
        <translation>Koppel hier de accounts van de gemeente: Mastodon, Bluesky, Facebook, LinkedIn en kanalen waarop u met de hand post. Tokens worden bewaard in de sleutelhanger van het systeem, nooit in het gegevensbestand.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../services/demo.py" line="56"/>
        <source>The data folder already holds data, so no demo data was added. Use --data-dir with a new, empty folder to try the demo.</source>
        <translation>De gegevensmap bevat al gegevens, dus er zijn geen demogegevens toegevoegd. Gebruik --data-dir met een nieuwe, lege map om de demo te proberen.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="20"/>
        <source>Omroeper: unexpected error</source>
        <translation>Omroeper: onverwachte fout</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="21"/>
        <source>Something went wrong that Omroeper did not expect. Your saved work is safe.</source>
        <translation>Er ging iets mis dat Omroeper niet verwachtte. Uw opgeslagen werk is veilig.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="23"/>
        <source>The details are in the log file:
{path}
Please send it along when you report this.</source>
        <translation>De details staan in het logbestand:
{path}
Stuur het mee wanneer u dit meldt.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="27"/>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <location filename="../../ui/image_list_model.py" line="69"/>
        <source>⚠ no alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_list_model.py" line="73"/>
        <source>Describe what the image shows, for people who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../../services/instance_lock.py" line="24"/>
        <source>Omroeper is already running with the data folder {folder}. Switch to that window; two copies working on the same data would overwrite each other&apos;s changes.</source>
        <translation>Omroeper draait al met de gegevensmap {folder}. Ga naar dat venster; twee exemplaren die met dezelfde gegevens werken, zouden elkaars wijzigingen overschrijven.</translation>
    </message>
</context>
<context>
    <name>KeyDateListModel</name>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="66"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="66"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="66"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_date_list_model.py" line="66"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="36"/>
        <source>Key dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="52"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="53"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="54"/>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="55"/>
        <source>Every month, same weekday (e.g. 2nd Thursday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="56"/>
        <source>Every month, same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="57"/>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="58"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="59"/>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="60"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="62"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="63"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="64"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="65"/>
        <source>R&amp;epeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/key_dates_dialog.py" line="118"/>
        <source>A key date needs a title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>&amp;Replies</source>
        <translation>&amp;Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>&amp;Vacation</source>
        <translation>&amp;Vakantie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>C&amp;hannels</source>
        <translation>Ka&amp;nalen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89"/>
        <source>Omroeper – {municipality}</source>
        <translation>Omroeper – {municipality}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>&amp;Restore backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94"/>
        <source>Open &amp;data folder</source>
        <translation>&amp;Gegevensmap openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;About Omroeper</source>
        <translation>&amp;Over Omroeper</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>The backup was restored. The state before it was saved as {path}.</source>
        <translation>De back-up is teruggezet. De toestand van daarvoor is bewaard als {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>About Omroeper</source>
        <translation>Over Omroeper</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>Omroeper {version}
The social media desk of a small municipality.

Data folder: {folder}</source>
        <translation>Omroeper {version}
De socialemediadesk van een kleine gemeente.

Gegevensmap: {folder}</translation>
    </message>
</context>
<context>
    <name>MediaLibrary</name>
    <message>
        <location filename="../../services/media_library.py" line="31"/>
        <source>{name} is not an image Omroeper can use (JPEG, PNG, GIF or WebP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/media_library.py" line="36"/>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/media_library.py" line="39"/>
        <source>{name} is larger than 20 MB; make it smaller first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../ui/month_view.py" line="194"/>
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/month_view.py" line="259"/>
        <source>Fewer posts than planned this week for: {channels}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <location filename="../../ui/post_composer.py" line="110"/>
        <source>for yourself and the calendar; not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="113"/>
        <source>What do you want to tell the residents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="124"/>
        <source>Planned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="142"/>
        <source>separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="148"/>
        <source>this post only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="149"/>
        <source>this and later posts of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="156"/>
        <source>Edits apply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="170"/>
        <source>Alt text: describe what the image shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="171"/>
        <source>Add images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="172"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="174"/>
        <source>Move earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="176"/>
        <source>Move later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="186"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="187"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="188"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="195"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="196"/>
        <source>Main &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="198"/>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="199"/>
        <source>Per channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="200"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="202"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="203"/>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="205"/>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="206"/>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="207"/>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="208"/>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="300"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="300"/>
        <location filename="../../ui/post_composer.py" line="501"/>
        <source>Edit post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="304"/>
        <source>Time in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="328"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="362"/>
        <source>No channels yet: add them in the Channels tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="396"/>
        <source>Not saved yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="412"/>
        <source>Not ready yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="461"/>
        <source>Before it can be marked ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="497"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="506"/>
        <source>The post went back to draft: it no longer meets every channel&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="507"/>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="520"/>
        <source>Part of a series ({rule})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="524"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="541"/>
        <source>Add images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/post_composer.py" line="542"/>
        <source>Images ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostEditing</name>
    <message>
        <location filename="../../services/post_editing.py" line="32"/>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="34"/>
        <source>Give the post a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="36"/>
        <source>The text for {channel} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="41"/>
        <source>{channel} takes at most {allowed} images; this post has {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="44"/>
        <source>{channel} needs at least one image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="47"/>
        <source>The text for {channel} is {over} bytes too long ({limit} at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="50"/>
        <source>{channel} takes at most {limit} hashtags; remove {over}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="52"/>
        <source>The text for {channel} is {over} characters too long ({limit} at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="90"/>
        <source>This post cannot be marked ready yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="119"/>
        <location filename="../../services/post_editing.py" line="159"/>
        <source>This post no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../services/post_editing.py" line="162"/>
        <source>{title} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="27"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="31"/>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="35"/>
        <source>A new language is used from the next start.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="39"/>
        <source>for example Oosterzande</source>
        <translation>bijvoorbeeld Oosterzande</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="41"/>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="42"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="51"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="53"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="54"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="55"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Tijdzone:</translation>
    </message>
</context>
<context>
    <name>ProblemMessage</name>
    <message>
        <location filename="../../ui/error_dialog.py" line="41"/>
        <source>Omroeper</source>
        <translation>Omroeper</translation>
    </message>
</context>
<context>
    <name>RecurrenceDialog</name>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="32"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="35"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="36"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="37"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="38"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="39"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="42"/>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="49"/>
        <source>on day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="51"/>
        <source>on the {nth} {weekday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="53"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="54"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="55"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="64"/>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="69"/>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="70"/>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="71"/>
        <source>On days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="72"/>
        <source>Each month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="73"/>
        <source>Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="86"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="86"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="86"/>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="86"/>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/recurrence_dialog.py" line="86"/>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepliesTab</name>
    <message>
        <location filename="../../ui/replies_tab.py" line="20"/>
        <source>Replies</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../ui/replies_tab.py" line="22"/>
        <source>Reply templates will appear here: search, fill in the resident&apos;s name and the expected answer date, and copy a personal answer signed by whoever answers today.</source>
        <translation>Hier komen de antwoordsjablonen: zoek, vul de naam van de inwoner en de verwachte antwoorddatum in, en kopieer een persoonlijk antwoord, ondertekend door wie vandaag antwoordt.</translation>
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
    <name>Secrets</name>
    <message>
        <location filename="../../services/secrets.py" line="36"/>
        <source>No secure keychain was found on this computer, so the token cannot be saved. Windows and macOS have one built in; on Linux install and unlock GNOME Keyring (package gnome-keyring) or KWallet, then start Omroeper again.</source>
        <translation>Er is geen veilige sleutelhanger gevonden op deze computer, dus het token kan niet worden bewaard. Windows en macOS hebben er een ingebouwd; installeer en ontgrendel op Linux GNOME Keyring (pakket gnome-keyring) of KWallet en start Omroeper opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/secrets.py" line="48"/>
        <source>The keychain refused the request ({reason}). Unlock it and try again.</source>
        <translation>De sleutelhanger weigerde het verzoek ({reason}). Ontgrendel hem en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="13"/>
        <source>Checking the connection…</source>
        <translation>Verbinding controleren…</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="22"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="23"/>
        <source>Posts that are due go out now.</source>
        <translation>Berichten die aan de beurt zijn, gaan nu de deur uit.</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="25"/>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="27"/>
        <source>You can keep working. Posts that fall due wait in the outbox until you are online.</source>
        <translation>U kunt gewoon doorwerken. Berichten die aan de beurt komen, wachten in postvak uit tot u online bent.</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="32"/>
        <source>Outbox empty</source>
        <translation>Postvak uit is leeg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="34"/>
        <source>%n post(s) waiting in the outbox</source>
        <translation>
            <numerusform>%n bericht wacht in postvak uit</numerusform>
            <numerusform>%n berichten wachten in postvak uit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../services/store.py" line="44"/>
        <source>The data file {path} is damaged and cannot be read. You can restore one of the daily backups.</source>
        <translation>Het gegevensbestand {path} is beschadigd en kan niet worden gelezen. U kunt een van de dagelijkse back-ups terugzetten.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="58"/>
        <source>The disk is full, so the last change could not be saved. Everything saved before is intact. Free some space on the disk and try again.</source>
        <translation>De schijf is vol, dus de laatste wijziging kon niet worden bewaard. Alles wat eerder is bewaard, is intact. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="66"/>
        <source>The data file {path} is in use by another program. Close it and try again.</source>
        <translation>Het gegevensbestand {path} is in gebruik door een ander programma. Sluit dat en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="78"/>
        <source>The data file {path} cannot be written to. Check its permissions.</source>
        <translation>Er kan niet naar het gegevensbestand {path} worden geschreven. Controleer de rechten.</translation>
    </message>
    <message>
        <location filename="../../services/store.py" line="112"/>
        <source>The data file {path} was written by a newer version of Omroeper (data version {found}; this version knows up to {known}). Install the newer version; the file was not changed.</source>
        <translation>Het gegevensbestand {path} is geschreven door een nieuwere versie van Omroeper (gegevensversie {found}; deze versie kent tot en met {known}). Installeer de nieuwere versie; het bestand is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>StoreProblemDialog</name>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="26"/>
        <source>Omroeper cannot open its data</source>
        <translation>Omroeper kan zijn gegevens niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="31"/>
        <source>The newest backup is from {when}. The damaged file is kept aside.</source>
        <translation>De nieuwste back-up is van {when}. Het beschadigde bestand wordt apart bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="35"/>
        <source>Restore the newest backup</source>
        <translation>Nieuwste back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="36"/>
        <source>Choose a backup…</source>
        <translation>Back-up kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="40"/>
        <source>There is no backup yet. Move the damaged file away to start afresh.</source>
        <translation>Er is nog geen back-up. Verplaats het beschadigde bestand om opnieuw te beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/store_problem_dialog.py" line="41"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>VacationTab</name>
    <message>
        <location filename="../../ui/vacation_tab.py" line="20"/>
        <source>Vacation and handover</source>
        <translation>Vakantie en overdracht</translation>
    </message>
    <message>
        <location filename="../../ui/vacation_tab.py" line="22"/>
        <source>Plan an absence here and name a stand-in. Omroeper will check the coverage, write a handover file for your colleague and merge their work when you are back.</source>
        <translation>Plan hier een afwezigheid en wijs een vervanger aan. Omroeper controleert de dekking, maakt een overdrachtsbestand voor uw collega en voegt diens werk samen wanneer u terug bent.</translation>
    </message>
</context>
<context>
    <name>VariantEditor</name>
    <message>
        <location filename="../../ui/variant_editor.py" line="50"/>
        <source>Use the main text again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="103"/>
        <source>follows the main text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/variant_editor.py" line="103"/>
        <source>own text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <location filename="../../ui/calendar_tab.py" line="43"/>
        <source>Move post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="58"/>
        <source>Delete post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
