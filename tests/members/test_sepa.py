import datetime
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
import sepaxml
import xmlschema
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_scopes import scope

from tests.members.build import CREDITOR_ID
from tests.members.conftest import bank, export, join, run, sign
from wijkkracht.members.iban import normalise_iban, validate_creditor_id
from wijkkracht.members.models import Contribution, Mandate, Payment
from wijkkracht.members.services.contributions import payment_reverse, rule_set
from wijkkracht.members.services.sepa import debit_run_create, undated_mandates_date_from_since

pytestmark = pytest.mark.django_db
SCHEMA = xmlschema.XMLSchema(Path(sepaxml.__file__).parent / "schemas" / "pain.008.001.02.xsd")
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"}
TOMORROW = timezone.localdate() + datetime.timedelta(days=1)


def parse(xml: str) -> ET.Element:
    return ET.fromstring(xml)  # noqa: S314 - our own file, not untrusted input


def test_the_debit_file_is_valid_pain_008_with_the_households_that_signed(village) -> None:
    bank(village)
    sign(village, join(village, "Jan", 4))
    join(village, "Mien", 4)
    sign(village, join(village, "Kees", 6), iban="NL44RABO0123456789")
    join(village, "Zonder", 8)  # no mandate: pays by transfer
    run(village)
    debit = export(village)
    SCHEMA.validate(debit.xml)
    root = parse(debit.xml)
    assert root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:NbOfTxs", namespaces=NS) == "2"
    assert root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:CtrlSum", namespaces=NS) == "27.50"
    amounts = sorted(e.text for e in root.iter(f"{{{NS['p']}}}InstdAmt"))
    assert amounts == ["10.00", "17.50"]
    assert {e.text for e in root.iter(f"{{{NS['p']}}}SeqTp")} == {"FRST"}
    assert (debit.count, debit.total) == (2, Decimal("27.50"))
    with scope(collective=village):
        statuses = dict(Contribution.objects.values_list("payer__person__given_name", "status"))
    assert statuses == {"Jan": "paid", "Kees": "paid", "Zonder": "open"}


def test_the_next_year_is_recurrent_and_a_reversed_debit_is_not_debited_again(village) -> None:
    bank(village)
    sign(village, join(village, "Jan", 4))
    sign(village, join(village, "Kees", 6))
    run(village)
    export(village)
    with scope(collective=village):
        rule_set(
            actor=None,
            collective=village,
            year=2027,
            first_amount=Decimal("11.00"),
            further_amount=Decimal("8.00"),
            reduced_amount=Decimal("5.00"),
        )
        payment_reverse(
            actor=None,
            payment=Payment.objects.get(contribution__payer__person__given_name="Kees"),
            reversed_on=timezone.localdate(),
        )
    run(village, 2027)
    debit = export(village, 2027)
    SCHEMA.validate(debit.xml)
    assert {e.text for e in parse(debit.xml).iter(f"{{{NS['p']}}}SeqTp")} == {"RCUR"}
    with pytest.raises(ValidationError, match="Er is niets te incasseren voor 2026"):
        export(village, 2026)


def test_a_collection_date_today_or_without_bank_details_is_refused_in_dutch(village) -> None:
    sign(village, join(village, "Jan", 4))
    run(village)
    with scope(collective=village), pytest.raises(ValidationError, match="na vandaag"):
        debit_run_create(
            actor=None, collective=village, year=2026, collection_date=timezone.localdate()
        )
    with pytest.raises(ValidationError, match="Vul eerst de bankgegevens"):
        export(village)


def test_iban_and_creditor_id_are_checked_like_the_bank_does() -> None:
    assert normalise_iban("nl91 abna 0417 1643 00") == "NL91ABNA0417164300"
    with pytest.raises(ValidationError, match="Dit IBAN klopt niet"):
        normalise_iban("NL91ABNA0417164301")
    validate_creditor_id(CREDITOR_ID)
    validate_creditor_id("DE98ZZZ09999999999")  # the EPC's own example
    with pytest.raises(ValidationError, match="incassant-ID klopt niet"):
        validate_creditor_id("NL80ZZZ999999990000")


def test_an_undated_mandate_is_not_debited_until_lid_sinds_becomes_its_date(village) -> None:
    bank(village)
    sign(village, join(village, "Jan", 4))
    mien = join(village, "Mien", 6)
    with scope(collective=village):
        Mandate.objects.create(
            collective=village,
            member=mien,
            iban="NL44RABO0123456789",
            account_holder="Mien",
            reference="DORP-2-1",
            signed_on=None,  # as a member list without dates reads in
        )
    run(village)
    first = parse(export(village).xml)
    assert first.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:NbOfTxs", namespaces=NS) == "1"
    with scope(collective=village):
        assert undated_mandates_date_from_since(actor=None, collective=village) == 1
    second = export(village)
    SCHEMA.validate(second.xml)
    root = parse(second.xml)
    assert root.findtext("p:CstmrDrctDbtInitn/p:GrpHdr/p:NbOfTxs", namespaces=NS) == "1"
    assert root.findtext(".//p:MndtId", namespaces=NS) == "DORP-2-1"
    assert root.findtext(".//p:DtOfSgntr", namespaces=NS) == mien.since.isoformat()
    assert root.findtext(".//p:SeqTp", namespaces=NS) == "FRST"
