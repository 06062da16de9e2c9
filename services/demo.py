"""A realistic demo municipality (the fictional Oosterzande), so a newcomer sees the app at work at once. The
municipality's posts are in Dutch, as its residents read them; what Omroeper itself says (a channel's or a
post's problem) is in the interface's language, like everything else Omroeper says."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from models.channel import NATIVE_SCHEDULING, ChannelAccount, ManualNetwork, Network
from models.planning import Absence, KeyDate, KeyDateKind, nth_weekday
from models.post import DeliveryState, Post, PostStatus, Variant
from models.reply import ReplyLogEntry
from models.settings import Country, Municipality
from models.staff import Signature, StaffMember
from services.errors import DemoRefusedError, translate
from services.preferences import save_municipality
from services.store import Store

TIME_ZONE = "Europe/Amsterdam"

# (title, text, campaign, tags): the kind of posts a small municipality publishes in a month.
_POSTS = [
    ("Werkzaamheden Dorpsstraat", "Vanaf maandag wordt de Dorpsstraat tussen de kerk en de Molenweg opnieuw "
     "bestraat. Fietsers en voetgangers kunnen er langs; auto's volgen de omleiding via de Ringweg. "
     "Meer info: https://www.oosterzande.nl/werkzaamheden", "Wegen", ["verkeer", "werkzaamheden"]),
    ("Oud papier", "Zaterdag halen de vrijwilligers van de voetbalclub weer oud papier op. Zet uw papier "
     "vóór 8.30 uur gebundeld aan de straat. Bedankt! ♻️", "Afval", ["afval"]),
    ("Raadsvergadering", "Donderdag om 19.30 uur vergadert de gemeenteraad over de begroting. Kijk live mee "
     "via https://oosterzande.raadsinformatie.nl of kom naar de publieke tribune.", "Raad", ["raad"]),
    ("Sinterklaas komt!", "Zaterdag komt Sinterklaas met zijn pieten aan in de haven van Oosterzande. "
     "Om 11.00 uur begint het feest op de kade. Tot dan! 🎁", "Evenementen", ["evenement", "kinderen"]),
    ("Gladheid", "Het wordt vannacht glad. Onze strooiwagens rijden vanaf 4.00 uur de hoofdroutes en "
     "fietspaden. Wees voorzichtig onderweg.", "Winter", ["veiligheid", "winter"]),
    ("Vacature: medewerker buitendienst", "Wil jij Oosterzande mee schoon en heel houden? We zoeken een "
     "medewerker buitendienst (32-36 uur). Solliciteer vóór 15 december.", "Werken bij", ["vacature"]),
    ("Openingstijden feestdagen", "Rond de feestdagen is het gemeentehuis anders open. Op 24 en 31 december "
     "sluiten we om 12.00 uur. Een afspraak maakt u via de website.", "Dienstverlening", ["gemeentehuis"]),
    ("Kerstmarkt", "Op 14 december staat de kerstmarkt op het Marktplein: 40 kramen, koren en de "
     "schaatsbaan. Gratis toegang.", "Evenementen", ["evenement"]),
    ("Vuurwerkvrije zones", "Ook dit jaar zijn het centrum en de omgeving van het verpleeghuis "
     "vuurwerkvrij. Bekijk de kaart op onze website.", "Veiligheid", ["veiligheid", "oud en nieuw"]),
    ("Nieuwe speeltuin", "De speeltuin aan de Fazantenlaan is klaar! Kinderen uit de buurt hebben mee "
     "ontworpen. Woensdagmiddag openen we hem samen met de wethouder.", "Wijken", ["kinderen", "wijken"]),
    ("Energietoelage", "Heeft u een laag inkomen? Vraag vóór 31 december de energietoelage aan. "
     "Hulp nodig bij het invullen? Bel 14 0123.", "Inkomen", ["geld", "hulp"]),
    ("Blad ruimen", "Onze medewerkers ruimen deze weken het blad in de lanen. Bladkorven staan op 12 "
     "plekken in het dorp.", "Buitenruimte", ["groen"]),
]

_STATUS_ROTATION = [PostStatus.READY, PostStatus.DRAFT, PostStatus.SCHEDULED, PostStatus.IDEA]


def fill_demo(store: Store, today: date) -> None:
    """Writes the demo municipality into an empty store: staff, channels, key dates and five weeks of posts
    around `today` in every status. Refuses a store that already holds data."""
    if not store.is_empty():
        raise DemoRefusedError(
            translate(
                "Demo",
                "The data folder already holds data, so no demo data was added. "
                "Use --data-dir with a new, empty folder to try the demo.",
            )
        )
    zone = ZoneInfo(TIME_ZONE)
    with store.transaction():
        save_municipality(store, Municipality(name="Oosterzande", country=Country.NL, time_zone=TIME_ZONE))
        sanne = StaffMember(name="Sanne de Vries", role="Communicatieadviseur", email="s.devries@oosterzande.nl",
                            is_self=True)
        joris = StaffMember(name="Joris Bakker", role="Medewerker Klantcontactcentrum",
                            email="j.bakker@oosterzande.nl")
        fatima = StaffMember(name="Fatima El Amrani", role="Webredacteur", active=True)
        store.save_all([sanne, joris, fatima])
        store.save_all([
            Signature(staff_id=sanne.id, language="nl", text="Groet, Sanne, team communicatie gemeente Oosterzande"),
            Signature(staff_id=sanne.id, language="en", text="Kind regards, Sanne, communications team Oosterzande"),
            Signature(staff_id=joris.id, language="nl", text="Groet, Joris, gemeente Oosterzande"),
        ])
        channels = [
            ChannelAccount(network=Network.FACEBOOK, name="Facebook Gemeente Oosterzande",
                           external_id="104857600012345", last_error=translate(
                               "Facebook", "Facebook says the Page token is invalid or expired. Make a new Page access "
                                           "token and enter it under Channels.")),
            ChannelAccount(network=Network.MASTODON, name="Mastodon @oosterzande",
                           base_url="https://social.overheid.nl", handle="oosterzande"),
            ChannelAccount(network=Network.BLUESKY, name="Bluesky oosterzande.nl",
                           base_url="https://bsky.social", handle="oosterzande.nl"),
            ChannelAccount(network=Network.LINKEDIN, name="LinkedIn Gemeente Oosterzande", external_id="2414183",
                           token_expires_at=datetime.combine(today + timedelta(days=10), time(12, 0), zone)),
            ChannelAccount(network=Network.MANUAL, name="WhatsApp-kanaal", manual_network=ManualNetwork.WHATSAPP),
            ChannelAccount(network=Network.MANUAL, name="Instagram", manual_network=ManualNetwork.INSTAGRAM),
        ]
        store.save_all(channels)
        first = today.replace(day=1)
        store.save_all(_key_dates(first))
        store.save(Absence(staff_id=sanne.id, standin_id=joris.id, starts_on=first + timedelta(days=45),
                           ends_on=first + timedelta(days=58), note="Wintersport"))
        _posts(store, today, zone, channels)
        _reply_log(store, today, zone, sanne)


def _reply_log(store: Store, today: date, zone: ZoneInfo, sanne: StaffMember) -> None:
    """Three weeks of replies given, so the Replies tab has figures to show."""
    waits = (35, 80, 20, 140, 55, 240, 15, 65, 90, 30, 45, 180)
    for number, minutes in enumerate(waits):
        day = today - timedelta(days=1 + number * 2 % 21)  # from yesterday back: never in the future
        answered = datetime.combine(day, time(9 + number % 7, 10), zone)
        store.save(ReplyLogEntry(staff_id=sanne.id, template_id=None,
                                 channel=("Facebook", "Instagram", "Mastodon")[number % 3],
                                 received_at=answered - timedelta(minutes=minutes), answered_at=answered))


def _key_dates(first: date) -> list[KeyDate]:
    return [
        KeyDate(title="Raadsvergadering", kind=KeyDateKind.COUNCIL,
                on_date=nth_weekday(first.year, first.month, 3, 2),  # the rule's own first day
                rrule="FREQ=MONTHLY;BYDAY=+2TH"),
        KeyDate(title="Weekmarkt", kind=KeyDateKind.MARKET, on_date=_weekday_on_or_after(first, 5),
                rrule="FREQ=WEEKLY;BYDAY=SA"),
        KeyDate(title="GFT-container", kind=KeyDateKind.WASTE, on_date=_weekday_on_or_after(first, 1),
                rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"),
        # The world days (Dag van de Mantelzorg, Burendag …) come with the app: the demo adds a local one.
        KeyDate(title="Sint-Maartenoptocht", kind=KeyDateKind.EVENT, on_date=date(first.year, 11, 11),
                rrule="FREQ=YEARLY"),
        KeyDate(title="Kerstmarkt", kind=KeyDateKind.EVENT, on_date=date(first.year, 12, 14)),
    ]


def _weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _posts(store: Store, today: date, zone: ZoneInfo, channels: list[ChannelAccount]) -> None:
    """Posts on most weekdays from two weeks ago to three weeks ahead: past ones published (one failed),
    future ones in every status, a few gaps as a real planning has, and two undated ideas."""
    index = 0
    for offset in range(-14, 22):
        day = today + timedelta(days=offset)
        if day.weekday() >= 5 or day.day % 7 == 3:
            continue
        for hour in (9, 15) if day.weekday() in (1, 3) else (10,):
            title, body, campaign, tags = _POSTS[index % len(_POSTS)]
            if offset < 0:
                status = PostStatus.FAILED if index == 5 else PostStatus.PUBLISHED
            else:
                status = _STATUS_ROTATION[index % len(_STATUS_ROTATION)]
            post = Post(title=title, body=body, campaign=campaign, tags=tags, status=status,
                        scheduled_at=datetime.combine(day, time(hour, 0), zone), time_zone=TIME_ZONE)
            store.save(post)
            for k in range(1 + index % 3):
                store.save(_variant(post, channels[(index + k) % len(channels)], index))
            index += 1
    for title, body in (("Idee: terugblik op het jaar", "Foto's van twaalf maanden Oosterzande"),
                        ("Idee: vraag inwoners naar hun favoriete plek", "")):
        store.save(Post(title=title, body=body, status=PostStatus.IDEA, time_zone=TIME_ZONE))


def _variant(post: Post, channel: ChannelAccount, index: int) -> Variant:
    variant = Variant(post_id=post.id, channel_id=channel.id)
    if post.status is PostStatus.PUBLISHED:
        variant.state = DeliveryState.PUBLISHED
        variant.published_at = post.scheduled_at
        variant.remote_url = f"https://example.invalid/{channel.network.value}/{index}"
    elif post.status is PostStatus.FAILED:
        variant.state = DeliveryState.FAILED
        variant.last_error = translate("Demo", "The network refused the access token: it has expired. Enter a new "
                                               "one under Channels, then try again.")
    elif post.status is PostStatus.SCHEDULED:
        if channel.network is Network.MANUAL:
            variant.state = DeliveryState.REMINDER
        elif channel.network in NATIVE_SCHEDULING:
            from services.outbox import fingerprint

            # As the outbox leaves one it handed over: the network's id, and what was handed over.
            variant.state = DeliveryState.SCHEDULED_REMOTE
            variant.remote_id = f"demo-{index}"
            variant.remote_fingerprint = fingerprint(post, variant, [])
        else:
            variant.state = DeliveryState.QUEUED
    if index % 4 == 1 and channel.network is Network.BLUESKY:
        variant.body = post.body[:280]
    return variant
