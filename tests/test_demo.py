from django.core.management import call_command
from django_scopes import scope, scopes_disabled

from wijkkracht.core.models import Area, Collective, Person, Role, User


def test_demo_is_a_village_and_a_city_federation_and_loads_only_once(db: None, capsys) -> None:
    call_command("demo")
    with scopes_disabled():
        counts = (Person.objects.count(), Role.objects.count(), User.objects.count())
    call_command("demo")
    with scopes_disabled():
        assert (Person.objects.count(), Role.objects.count(), User.objects.count()) == counts

    village = Collective.objects.get(slug="veldhoek")
    with scope(collective=village):
        assert Role.objects.filter(name="member").count() == 750
        assert Role.objects.filter(name="volunteer").count() == 120
        assert Role.objects.filter(name="coordinator").count() == 1
    assert village.areas.get().inhabitants == 4595  # CBS 2024, Hoogeveen WK011854
    city = Collective.objects.filter(federation__slug="utrecht-samen")
    assert city.count() == 3
    assert Area.objects.get(code="BU03440121").name == "Lombok-Oost"
    assert Area.objects.get(code="GM0344").inhabitants == 374238

    printed = capsys.readouterr().out
    for role in (
        "coordinator",
        "board",
        "volunteer",
        "member",
        "teacher",
        "partner",
        "federation",
        "platform admin",
    ):
        assert role in printed
    assert "wijkkracht-demo" in printed
