"""A collective's or federation's slug never hides one of the platform's own pages: every
first part of an address the platform uses is reserved, and so is the national page's."""

import pytest
from django.core.exceptions import ValidationError

from tests.urlwalk import all_routes
from wijkkracht.core.services.collectives import collective_create, federation_create
from wijkkracht.core.slugs import RESERVED_SLUGS


def test_every_first_part_of_a_platform_address_is_reserved() -> None:
    first_parts = {
        route.route.split("/")[0]
        for route in all_routes()
        if route.route and not route.route.startswith("<")
    }
    assert first_parts - {""} <= RESERVED_SLUGS


@pytest.mark.django_db
def test_the_reserved_slugs_are_refused() -> None:
    with pytest.raises(ValidationError):
        collective_create(
            actor=None, name="Certificaat", slug="certificaat", legal_form="cooperatie"
        )
    with pytest.raises(ValidationError):
        federation_create(actor=None, name="Landelijk", slug="landelijk")
