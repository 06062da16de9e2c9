<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchiveDialog</name>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="182"/>
        <source>The archive was written to {path}: %n post(s)</source>
        <translation>
            <numerusform>The archive was written to {path}: %n post</numerusform>
            <numerusform>The archive was written to {path}: %n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="183"/>
        <source>, %n image(s)</source>
        <translation>
            <numerusform>, %n image</numerusform>
            <numerusform>, %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="183"/>
        <source>, %n message(s)</source>
        <translation>
            <numerusform>, %n message</numerusform>
            <numerusform>, %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="184"/>
        <source>, %n answer(s).</source>
        <translation>
            <numerusform>, %n answer.</numerusform>
            <numerusform>, %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/archive_dialog.py" line="186"/>
        <source>%n image file(s) were missing; the records say so.</source>
        <translation>
            <numerusform>%n image file was missing; the records say so.</numerusform>
            <numerusform>%n image files were missing; the records say so.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message numerus="yes">
        <location filename="../../ui/calendar_tab.py" line="388"/>
        <source>%n result(s) for “{text}”</source>
        <translation>
            <numerusform>%n result for “{text}”</numerusform>
            <numerusform>%n results for “{text}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message numerus="yes">
        <location filename="../../ui/channels_tab.py" line="93"/>
        <source>{name} is removed; {network} still holds %n post(s) of it in its own schedule. Omroeper takes them back at the next run of the outbox and keeps the token in the keychain until then.</source>
        <translation>
            <numerusform>{name} is removed; {network} still holds %n post of it in its own schedule. Omroeper takes it back at the next run of the outbox and keeps the token in the keychain until then.</numerusform>
            <numerusform>{name} is removed; {network} still holds %n posts of it in its own schedule. Omroeper takes them back at the next run of the outbox and keeps the token in the keychain until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/channels_tab.py" line="156"/>
        <source>{name} is removed; its token stays in the keychain until the outbox has taken back the %n post(s) its network still holds.</source>
        <translation>
            <numerusform>{name} is removed; its token stays in the keychain until the outbox has taken back the %n post its network still holds.</numerusform>
            <numerusform>{name} is removed; its token stays in the keychain until the outbox has taken back the %n posts its network still holds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisSwitch</name>
    <message numerus="yes">
        <location filename="../../ui/crisis_switch.py" line="94"/>
        <source>%n post(s) paused on this laptop, and what this laptop handed to the networks&apos; schedules is being taken back. The sending is with {name}: ask them to press Pause all too. Posts their laptop sends or handed to a network still go out until they do.</source>
        <translation>
            <numerusform>%n post paused on this laptop, and what this laptop handed to the networks&apos; schedules is being taken back. The sending is with {name}: ask them to press Pause all too. Posts their laptop sends or handed to a network still go out until they do.</numerusform>
            <numerusform>%n posts paused on this laptop, and what this laptop handed to the networks&apos; schedules is being taken back. The sending is with {name}: ask them to press Pause all too. Posts their laptop sends or handed to a network still go out until they do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crisis_switch.py" line="99"/>
        <source>%n post(s) paused. Taking them back from the networks…</source>
        <translation>
            <numerusform>%n post paused. Taking it back from the networks…</numerusform>
            <numerusform>%n posts paused. Taking them back from the networks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/crisis_switch.py" line="115"/>
        <source>Hand %n paused post(s) back to the outbox and the networks? Posts whose time passed during the pause are not sent by themselves: they wait for your decision.</source>
        <translation>
            <numerusform>Hand %n paused post back to the outbox and the networks? A post whose time passed during the pause is not sent by itself: it waits for your decision.</numerusform>
            <numerusform>Hand %n paused posts back to the outbox and the networks? Posts whose time passed during the pause are not sent by themselves: they wait for your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="19"/>
        <source>%n row(s) can be added.</source>
        <translation>
            <numerusform>%n row can be added.</numerusform>
            <numerusform>%n rows can be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="21"/>
        <source>%n row(s) are already in the calendar and are skipped.</source>
        <translation>
            <numerusform>%n row is already in the calendar and is skipped.</numerusform>
            <numerusform>%n rows are already in the calendar and are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="23"/>
        <source>%n row(s) are posts that were published already and are skipped.</source>
        <translation>
            <numerusform>%n row is a post that was published already and is skipped.</numerusform>
            <numerusform>%n rows are posts that were published already and are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="26"/>
        <source>%n row(s) have a problem and are not imported:</source>
        <translation>
            <numerusform>%n row has a problem and is not imported:</numerusform>
            <numerusform>%n rows have a problem and are not imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/csv_import_dialog.py" line="34"/>
        <source>Add %n row(s)</source>
        <translation>
            <numerusform>Add %n row</numerusform>
            <numerusform>Add %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message numerus="yes">
        <location filename="../../ui/exchange_menu.py" line="81"/>
        <location filename="../../ui/exchange_menu.py" line="94"/>
        <source>%n post(s) exported to {path}.</source>
        <translation>
            <numerusform>%n post exported to {path}.</numerusform>
            <numerusform>%n posts exported to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange_menu.py" line="118"/>
        <source>%n post(s) added to the calendar.</source>
        <translation>
            <numerusform>%n post added to the calendar.</numerusform>
            <numerusform>%n posts added to the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDateListModel</name>
    <message numerus="yes">
        <location filename="../../ui/key_date_list_model.py" line="120"/>
        <source>(%n day(s))</source>
        <translation>
            <numerusform>(%n day)</numerusform>
            <numerusform>(%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDatesDialog</name>
    <message numerus="yes">
        <location filename="../../ui/key_dates_dialog.py" line="111"/>
        <location filename="../../ui/key_dates_dialog.py" line="112"/>
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <location filename="../../ui/month_view.py" line="397"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/month_view.py" line="453"/>
        <source>This week: %n of the {target} posts of your rhythm</source>
        <translation>
            <numerusform>This week: %n of the {target} posts of your rhythm</numerusform>
            <numerusform>This week: %n of the {target} posts of your rhythm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/pause_dialog.py" line="14"/>
        <source>%n post(s) not yet published will stop: the ones waiting here and the ones already handed to a network&apos;s schedule (removed there, kept here with all their content). Nothing goes out until you resume.</source>
        <translation>
            <numerusform>%n post not yet published will stop: waiting here or already handed to a network&apos;s schedule (removed there, kept here with all its content). Nothing goes out until you resume.</numerusform>
            <numerusform>%n posts not yet published will stop: the ones waiting here and the ones already handed to a network&apos;s schedule (removed there, kept here with all their content). Nothing goes out until you resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PausedBar</name>
    <message numerus="yes">
        <location filename="../../ui/paused_bar.py" line="55"/>
        <source>‖ Publishing is paused: %n post(s) stop until you resume them.</source>
        <translation>
            <numerusform>‖ Publishing is paused: %n post stops until you resume it.</numerusform>
            <numerusform>‖ Publishing is paused: %n posts stop until you resume them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paused_bar.py" line="57"/>
        <source>‖ Publishing is paused since {time}: %n post(s) stop until you resume them.</source>
        <translation>
            <numerusform>‖ Publishing is paused since {time}: %n post stops until you resume it.</numerusform>
            <numerusform>‖ Publishing is paused since {time}: %n posts stop until you resume them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/paused_bar.py" line="63"/>
        <source>Still in a network&apos;s own schedule: %n post(s) ({channels}), taken back at the next run; if that fails, remove them there.</source>
        <translation>
            <numerusform>Still in a network&apos;s own schedule: %n post ({channels}), taken back at the next run; if that fails, remove it there.</numerusform>
            <numerusform>Still in a network&apos;s own schedule: %n posts ({channels}), taken back at the next run; if that fails, remove them there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostPreview</name>
    <message numerus="yes">
        <location filename="../../ui/post_preview.py" line="161"/>
        <source>+ %n more image(s)</source>
        <translation>
            <numerusform>+ %n more image</numerusform>
            <numerusform>+ %n more images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message numerus="yes">
        <location filename="../../ui/reminders_dialog.py" line="85"/>
        <source>%n image(s) with this post</source>
        <translation>
            <numerusform>%n image with this post</numerusform>
            <numerusform>%n images with this post</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepliesTab</name>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="240"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="241"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="390"/>
        <source>%n starter template(s) restored; templates you changed were left as they are.</source>
        <translation>
            <numerusform>%n starter template restored; templates you changed were left as they are.</numerusform>
            <numerusform>%n starter templates restored; templates you changed were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="405"/>
        <source>%n template(s) exported.</source>
        <translation>
            <numerusform>%n template exported.</numerusform>
            <numerusform>%n templates exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/replies_tab.py" line="418"/>
        <source>%n template(s) imported; ones with a title you already have were skipped.</source>
        <translation>
            <numerusform>%n template imported; ones with a title you already have were skipped.</numerusform>
            <numerusform>%n templates imported; ones with a title you already have were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="147"/>
        <source>✍ %n to post by hand</source>
        <translation>
            <numerusform>✍ %n to post by hand</numerusform>
            <numerusform>✍ %n to post by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="152"/>
        <source>⚠ %n channel(s) need attention</source>
        <translation>
            <numerusform>⚠ %n channel needs attention</numerusform>
            <numerusform>⚠ %n channels need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="161"/>
        <source>⚠ %n record(s) could not be read; see the log</source>
        <translation>
            <numerusform>⚠ %n record could not be read; see the log</numerusform>
            <numerusform>⚠ %n records could not be read; see the log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/status_bar.py" line="168"/>
        <source>%n post(s) waiting in the outbox</source>
        <translation>
            <numerusform>%n post waiting in the outbox</numerusform>
            <numerusform>%n posts waiting in the outbox</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message numerus="yes">
        <location filename="../../ui/template_list_model.py" line="36"/>
        <source>used %n time(s)</source>
        <translation>
            <numerusform>used %n time</numerusform>
            <numerusform>used %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VacationTab</name>
    <message numerus="yes">
        <location filename="../../ui/vacation_tab.py" line="226"/>
        <source>Coverage {period}: %n thing(s) to look at</source>
        <translation>
            <numerusform>Coverage {period}: %n thing to look at</numerusform>
            <numerusform>Coverage {period}: %n things to look at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/vacation_tab.py" line="377"/>
        <source>Delete %n post(s) and import</source>
        <translation>
            <numerusform>Delete %n post and import</numerusform>
            <numerusform>Delete %n posts and import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WooSearchDialog</name>
    <message numerus="yes">
        <location filename="../../ui/woo_search_dialog.py" line="190"/>
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n record found.</numerusform>
            <numerusform>%n records found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_LimitWords</name>
    <message numerus="yes">
        <location filename="../../ui/variant_editor.py" line="54"/>
        <source>%Ln byte(s) too many ({used} of {limit})</source>
        <translation>
            <numerusform>%Ln byte too many ({used} of {limit})</numerusform>
            <numerusform>%Ln bytes too many ({used} of {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/variant_editor.py" line="56"/>
        <source>%Ln hashtag(s) too many ({used} of {limit})</source>
        <translation>
            <numerusform>%Ln hashtag too many ({used} of {limit})</numerusform>
            <numerusform>%Ln hashtags too many ({used} of {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/variant_editor.py" line="57"/>
        <source>%Ln character(s) too many ({used} of {limit})</source>
        <translation>
            <numerusform>%Ln character too many ({used} of {limit})</numerusform>
            <numerusform>%Ln characters too many ({used} of {limit})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RecurrenceWords</name>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="40"/>
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every %n day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="41"/>
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every %n week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="42"/>
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every %n month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="43"/>
        <source>Every %n year(s)</source>
        <translation>
            <numerusform>Every %n year</numerusform>
            <numerusform>Every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recurrence_dialog.py" line="57"/>
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
</context>
</TS>
