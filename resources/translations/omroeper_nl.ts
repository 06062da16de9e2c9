<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <location filename="../../ui/backup_list_model.py" line="17"/>
        <source>daily backup</source>
        <translation>dagelijkse back-up</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="18"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="19"/>
        <source>before an import</source>
        <translation>vóór een import</translation>
    </message>
    <message>
        <location filename="../../ui/backup_list_model.py" line="20"/>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/calendar_tab.py" line="20"/>
        <source>Content calendar</source>
        <translation>Contentkalender</translation>
    </message>
    <message>
        <location filename="../../ui/calendar_tab.py" line="22"/>
        <source>The month, week and list views of the posts will appear here, with public holidays, the municipality&apos;s own key dates and the days without a planned post. Posts are written in the composer, also offline.</source>
        <translation>Hier komen de maand-, week- en lijstweergave van de berichten, met de feestdagen, de eigen kerndata van de gemeente en de dagen zonder gepland bericht. Berichten schrijft u in de editor, ook offline.</translation>
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
    <name>InstanceLock</name>
    <message>
        <location filename="../../services/instance_lock.py" line="24"/>
        <source>Omroeper is already running with the data folder {folder}. Switch to that window; two copies working on the same data would overwrite each other&apos;s changes.</source>
        <translation>Omroeper draait al met de gegevensmap {folder}. Ga naar dat venster; twee exemplaren die met dezelfde gegevens werken, zouden elkaars wijzigingen overschrijven.</translation>
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
        <location filename="../../ui/main_window.py" line="236"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>The backup was restored. The state before it was saved as {path}.</source>
        <translation>De back-up is teruggezet. De toestand van daarvoor is bewaard als {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>About Omroeper</source>
        <translation>Over Omroeper</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>Omroeper {version}
The social media desk of a small municipality.

Data folder: {folder}</source>
        <translation>Omroeper {version}
De socialemediadesk van een kleine gemeente.

Gegevensmap: {folder}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="26"/>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="30"/>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="34"/>
        <source>A new language is used from the next start.</source>
        <translation>Een nieuwe taal geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="38"/>
        <source>for example Oosterzande</source>
        <translation>bijvoorbeeld Oosterzande</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="40"/>
        <source>The Netherlands</source>
        <translation>Nederland</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="41"/>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="50"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="52"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="53"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="54"/>
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
</TS>
