"""The demo's information point: a social map with walk-in hours, plain-language articles, news,
questions logged at the desk, and the CBS figures of the collectives' areas."""

import datetime
import random

from django.utils import timezone

from wijkkracht.core.models import Collective, User
from wijkkracht.info.models import ArticleKind, Need, OrganisationKind, Question
from wijkkracht.info.selectors import referral_choices, walk_ins
from wijkkracht.info.services.articles import article_save, synonym_group_save
from wijkkracht.info.services.desk import question_log, question_refer
from wijkkracht.info.services.socialmap import organisation_save, service_save, walk_in_save

# A walk-in hour: weekday, from, to, where, who, note.
WalkIn = tuple[int, str, str, str, str, str]
# A service: name, need, description, how to get it, cost, walk-in hours.
ServiceSpec = tuple[str, str, str, str, str, list[WalkIn]]
# An organisation: name, kind, phone, address, services.
SOCIAL_MAP: list[tuple[str, str, str, str, list[ServiceSpec]]] = [
    (
        "{collective}",
        OrganisationKind.COLLECTIVE,
        "{phone}",
        "{address}",
        [
            (
                "Hulp bij de belastingaangifte",
                Need.MONEY,
                "Vrijwilligers helpen u met uw aangifte inkomstenbelasting. Ook met de "
                "zorgtoeslag en de huurtoeslag. Neem uw DigiD en de brieven van de "
                "Belastingdienst mee.",
                "Kom langs op het spreekuur. Een afspraak is niet nodig.",
                "Gratis",
                [(1, "10:00", "12:00", "{place}", "Henk en Fatma", "Van maart tot en met juni.")],
            ),
            (
                "Vraag het de {helper}",
                Need.QUESTIONS,
                "Met elke vraag kunt u bij ons terecht. Over hulp in huis, vervoer, eenzaamheid "
                "of geld. Wij zoeken samen met u wie kan helpen.",
                "Bel, of loop binnen op het spreekuur.",
                "Gratis",
                [
                    (0, "09:30", "11:30", "{place}", "{helper}", ""),
                    (3, "14:00", "16:00", "{place}", "{helper}", ""),
                ],
            ),
        ],
    ),
    (
        "Wmo-loket gemeente {municipality}",
        OrganisationKind.MUNICIPALITY,
        "14 0{area_code}",
        "Raadhuisplein 1, {municipality}",
        [
            (
                "Hulpmiddelen lenen of aanvragen",
                Need.MOBILITY,
                "Heeft u moeite met lopen? Via de Wmo kunt u een rolstoel of scootmobiel "
                "krijgen. Ook een traplift of een aanpassing in huis.",
                "Bel het Wmo-loket. Iemand komt bij u thuis praten.",
                "Soms een eigen bijdrage",
                [],
            ),
            (
                "Huishoudelijke hulp",
                Need.HOME,
                "Kunt u het huishouden niet meer zelf doen? Dan kan de gemeente helpen.",
                "Bel het Wmo-loket.",
                "Eigen bijdrage van ten hoogste € 21,80 per maand",
                [],
            ),
        ],
    ),
    (
        "Huisartsenpraktijk {city}",
        OrganisationKind.CARE,
        "0{area_code} 200 100",
        "Gezondheidscentrum, {street}",
        [
            (
                "Huisarts",
                Need.HEALTH,
                "Voor als u ziek bent of klachten heeft.",
                "Bel 's ochtends voor een afspraak. Bij spoed: bel direct.",
                "",
                [],
            ),
            (
                "Praktijkondersteuner ouderen",
                Need.HEALTH,
                "Een verpleegkundige die ouderen thuis bezoekt. Voor vragen over "
                "vergeetachtigheid, vallen of medicijnen.",
                "Vraag het aan de assistente.",
                "Gratis",
                [],
            ),
        ],
    ),
    (
        "Apotheek {city}",
        OrganisationKind.CARE,
        "0{area_code} 200 300",
        "{street}",
        [("Medicijnen en advies", Need.HEALTH, "Uw medicijnen, ook thuisbezorgd.", "", "", [])],
    ),
    (
        "Wijkverpleging Thuiszorg Zuid",
        OrganisationKind.CARE,
        "0{area_code} 300 200",
        "",
        [
            (
                "Wijkverpleging",
                Need.HEALTH,
                "Verzorging en verpleging bij u thuis, zoals hulp bij wassen of wondzorg.",
                "Bel zelf, of vraag het de huisarts.",
                "Vergoed door de zorgverzekering",
                [],
            )
        ],
    ),
    (
        "SchuldHulpMaatje {city}",
        OrganisationKind.VOLUNTEERS,
        "0800 8115",
        "",
        [
            (
                "Hulp bij geldzorgen en schulden",
                Need.MONEY,
                "Een getrainde vrijwilliger helpt u overzicht te krijgen. Samen zoekt u een "
                "oplossing. Alles blijft tussen u en uw maatje.",
                "Meld u aan via de website of bel.",
                "Gratis",
                [],
            )
        ],
    ),
    (
        "Steunpunt Mantelzorg",
        OrganisationKind.WELFARE,
        "0{area_code} 400 300",
        "",
        [
            (
                "Steun voor mantelzorgers",
                Need.CARERS,
                "Zorgt u voor iemand? Praat met een consulent, of kom naar de mantelzorgcafé's.",
                "Bel voor een gesprek.",
                "Gratis",
                [],
            ),
            (
                "Respijtzorg: even vrij",
                Need.CARERS,
                "Een vrijwilliger neemt de zorg een dagdeel van u over.",
                "Bel het steunpunt.",
                "Gratis",
                [],
            ),
        ],
    ),
    (
        "Tafeltje-dekje",
        OrganisationKind.VOLUNTEERS,
        "0{area_code} 500 400",
        "",
        [
            (
                "Maaltijden aan huis",
                Need.FOOD,
                "Elke dag een warme maaltijd aan de deur. Ook zoutarm of gemalen.",
                "Bel om u aan te melden.",
                "€ 7,50 per maaltijd",
                [],
            )
        ],
    ),
    (
        "Bibliotheek {city}",
        OrganisationKind.WELFARE,
        "0{area_code} 600 500",
        "{street}",
        [
            (
                "Digitaal Café: hulp met tablet, computer en DigiD",
                Need.WORK,
                "Vrijwilligers helpen u met uw telefoon, tablet of computer. Ook met DigiD en "
                "met formulieren van de overheid.",
                "Loop binnen.",
                "Gratis",
                [(3, "10:00", "12:00", "Bibliotheek {city}", "vrijwilligers van de bieb", "")],
            )
        ],
    ),
    (
        "Wijkagent",
        OrganisationKind.MUNICIPALITY,
        "0900 8844",
        "",
        [
            (
                "Spreekuur van de wijkagent",
                Need.SAFETY,
                "Vragen over veiligheid, inbraak of oplichting aan de deur? Praat met de "
                "wijkagent.",
                "Loop binnen, of bel 0900 8844.",
                "",
                [
                    (
                        2,
                        "19:00",
                        "20:00",
                        "{place}",
                        "de wijkagent",
                        "Eén keer per maand, de eerste woensdag.",
                    )
                ],
            )
        ],
    ),
    (
        "Repair Café {city}",
        OrganisationKind.CLUB,
        "",
        "{place}",
        [
            (
                "Spullen laten repareren",
                Need.HOME,
                "Kapotte lamp, broek of broodrooster? Samen met vrijwilligers maakt u het.",
                "Neem het mee.",
                "Een vrije gift",
                [],
            )
        ],
    ),
]
ARTICLES = [
    (
        ArticleKind.ARTICLE,
        "Wat is de Wmo?",
        "De Wmo is een wet. De gemeente helpt u daarmee thuis te blijven wonen.",
        "Wmo betekent: Wet maatschappelijke ondersteuning.\n\n"
        "Kunt u iets niet meer zelf? Bijvoorbeeld het huishouden, of lopen? Dan kijkt de "
        "gemeente met u wat nodig is.\n\n"
        "Eerst kijkt u wat u zelf kunt, of wat familie en buren doen. Daarna helpt de "
        "gemeente. Bijvoorbeeld met een rolstoel, een scootmobiel of hulp in huis.\n\n"
        "Bel het Wmo-loket. Of vraag het ons op het spreekuur. Wij gaan mee als u dat wilt.",
        Need.MOBILITY,
    ),
    (
        ArticleKind.ARTICLE,
        "Eenzaam? U bent niet de enige",
        "Veel mensen voelen zich soms alleen. Er is een plek waar u welkom bent.",
        "Bijna de helft van de volwassenen voelt zich wel eens eenzaam.\n\n"
        "Kom eens naar de koffieochtend of de aanschuiftafel. U hoeft niets te zeggen. "
        "Er is altijd iemand die u begroet.\n\n"
        "Liever iemand aan huis? Een vrijwilliger komt graag een kopje koffie drinken.",
        Need.MEETING,
    ),
    (
        ArticleKind.FAQ,
        "Moet ik een afspraak maken voor het spreekuur?",
        "Nee, u kunt zo binnenlopen.",
        "Nee. U kunt zo binnenlopen. Neem de brieven of papieren mee waar uw vraag over gaat.",
        Need.QUESTIONS,
    ),
    (
        ArticleKind.FAQ,
        "Wie ziet mijn gegevens?",
        "Alleen wie u helpt.",
        "Alleen de coördinator en de vrijwilliger die u helpt. U kunt altijd zien wie uw "
        "gegevens heeft gelezen. Kijk bij 'Mijn gegevens'.",
        Need.QUESTIONS,
    ),
    (
        ArticleKind.FAQ,
        "Kost de hulp van buren geld?",
        "Nee, buren helpen elkaar gratis.",
        "Nee. Buren helpen elkaar gratis. Bij vervoer betaalt u soms een kleine "
        "onkostenvergoeding voor de benzine.",
        Need.QUESTIONS,
    ),
    (
        ArticleKind.NEWS,
        "Het belastingspreekuur begint weer",
        "Vanaf maart helpen vrijwilligers u weer met de belastingaangifte.",
        "Vanaf maart zitten Henk en Fatma weer elke dinsdagochtend klaar. Zij helpen u met "
        "de aangifte inkomstenbelasting. Neem uw DigiD mee.",
        Need.MONEY,
    ),
    (
        ArticleKind.NEWS,
        "Nieuwe vrijwilligers voor het Digitaal Café",
        "Drie nieuwe vrijwilligers helpen met tablet en telefoon.",
        "Het Digitaal Café in de bibliotheek heeft drie nieuwe vrijwilligers. Loop eens "
        "binnen op donderdag.",
        Need.WORK,
    ),
]
DESK_QUESTIONS = 48
REFERRED_SHARE = 0.4


def info_load(
    collective: Collective,
    coordinator: User,
    rng: random.Random,
    *,
    place: str,
    address: str,
    municipality: str,
    helper: str,
) -> None:
    """The information point of one collective; call inside its scope."""
    city = collective.name.split()[-1]
    words = {
        "collective": collective.name,
        "city": city,
        "place": place,
        "address": address,
        "street": address.split(",", maxsplit=1)[0],
        "municipality": municipality,
        "helper": helper,
        "phone": "0528 341 000",
        "area_code": "528" if municipality == "Hoogeveen" else "30",
    }
    for name, kind, phone, where, services in SOCIAL_MAP:
        organisation = organisation_save(
            actor=coordinator,
            collective=collective,
            name=name.format(**words),
            kind=kind,
            phone=phone.format(**words),
            address=where.format(**words),
            keeper=coordinator,
            step_free=kind != OrganisationKind.VOLUNTEERS,
            hearing_loop=kind in {OrganisationKind.COLLECTIVE, OrganisationKind.MUNICIPALITY},
            checked_on=timezone.localdate() - datetime.timedelta(days=rng.randint(10, 500)),
        )
        for title, need, description, how_to, cost, hours in services:
            service = service_save(
                actor=coordinator,
                organisation=organisation,
                name=title.format(**words),
                need=need,
                description=description,
                how_to=how_to,
                cost=cost,
            )
            for weekday, start, end, location, hosts, note in hours:
                walk_in_save(
                    actor=coordinator,
                    service=service,
                    weekday=weekday,
                    starts_at=datetime.time.fromisoformat(start),
                    ends_at=datetime.time.fromisoformat(end),
                    location=location.format(**words),
                    hosts=hosts.format(**words),
                    note=note,
                )
    today = timezone.localdate()
    for number, (article_kind, title, summary, body, need) in enumerate(ARTICLES):
        article_save(
            actor=coordinator,
            collective=collective,
            kind=article_kind,
            title=title,
            summary=summary,
            body=body,
            need=need,
            public=True,
            published_on=today - datetime.timedelta(days=7 * number),
        )
    synonym_group_save(
        actor=coordinator,
        collective=collective,
        words_text=f"{helper}, ondersteuner, coördinator, wijkcoördinator, dorpsondersteuner",
    )
    _desk(coordinator, rng)


def _desk(coordinator: User, rng: random.Random) -> None:
    """Two months of questions at the walk-in desk, most answered there, some referred."""
    hours = list(walk_ins(public_only=False))
    organisations = referral_choices()
    now = timezone.now()
    for _ in range(DESK_QUESTIONS):
        hour = rng.choice(hours)
        question = question_log(actor=coordinator, walk_in=hour, topic=rng.choice(Need.values))
        referred = rng.choice(organisations) if rng.random() < REFERRED_SHARE else None
        question_refer(question=question, organisation=referred)
        asked = now - datetime.timedelta(days=rng.randint(0, 60), hours=rng.randint(0, 6))
        Question.objects.filter(pk=question.pk).update(asked_at=asked)
