"""A member register with one of everything, for the isolation walker and the page registry."""

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_scopes import scope

from wijkkracht.core.models import Collective, Job, JobStatus, Person
from wijkkracht.core.services.records import sheet_upload_store
from wijkkracht.members.models import ApplicationVia, MemberImport, Payment
from wijkkracht.members.services.applications import application_submit
from wijkkracht.members.services.contributions import contribution_run, rule_set
from wijkkracht.members.services.members import consent_text_publish, member_create
from wijkkracht.members.services.sepa import creditor_set, debit_run_create, mandate_create

CREDITOR_ID = "NL79ZZZ999999990000"
CREDITOR_IBAN = "NL42RABO0300012345"
MEMBER_IBAN = "NL91ABNA0417164300"
YEAR = timezone.localdate().year


@dataclass(frozen=True)
class MemberIds:
    member_id: int
    mandate_id: int
    contribution_id: int
    payment_id: int
    run_id: int
    import_id: int
    job_id: int
    application_id: int  # waiting for the treasurer


def members_build(collective: Collective, person: Person) -> MemberIds:
    """Make ``person`` a member with a mandate, charge and debit this year, keep an upload."""
    with scope(collective=collective):
        member = member_create(actor=None, person=person, since=datetime.date(2020, 1, 1))
        mandate = mandate_create(
            actor=None,
            member=member,
            iban=MEMBER_IBAN,
            account_holder=person.full_name,
            signed_on=datetime.date(2020, 1, 1),
        )
        creditor_set(
            actor=None,
            collective=collective,
            name=collective.name,
            iban=CREDITOR_IBAN,
            creditor_id=CREDITOR_ID,
        )
        consent_text_publish(
            actor=None, collective_id=collective.pk, topic="newsletter", text="Nieuwsbrief graag."
        )
        rule_set(
            actor=None,
            collective=collective,
            year=YEAR,
            first_amount=Decimal("10.00"),
            further_amount=Decimal("7.50"),
            reduced_amount=Decimal("5.00"),
        )
        contribution_run(actor=None, collective=collective, year=YEAR)
        run = debit_run_create(
            actor=None,
            collective=collective,
            year=YEAR,
            collection_date=timezone.localdate() + datetime.timedelta(days=5),
        )
        payment = Payment.objects.get(debit_run=run)
        upload = sheet_upload_store(
            MemberImport,
            actor=None,
            collective=collective,
            upload=SimpleUploadedFile(
                "leden.csv", b"voornaam;achternaam;postcode;huisnummer\nJan;Smit;7915AB;3\n"
            ),
        )
        job = Job.objects.create(
            collective=collective,
            kind="debit_run",
            arguments={"year": YEAR},
            status=JobStatus.DONE,
            total=1,
            done=1,
            result_url=f"/{collective.slug}/contributie/incassobestand/{run.pk}/",
            back_url=f"/{collective.slug}/contributie/{YEAR}/",
        )
        application = application_submit(
            actor=None,
            collective=collective,
            via=ApplicationVia.ONLINE,
            fields={
                "given_name": "Fenna",
                "family_name_prefix": "",
                "family_name": "Hofstra",
                "email": "fenna@voorbeeld.example",
                "phone": "",
                "street": "Kerkweg",
                "house_number": 8,
                "house_number_addition": "",
                "postcode": "7915 AC",
                "city": "Veldhoek",
                "contact_preference": "email",
            },
        )
        return MemberIds(
            member_id=member.pk,
            mandate_id=mandate.pk,
            contribution_id=payment.contribution_id,
            payment_id=payment.pk,
            run_id=run.pk,
            import_id=upload.pk,
            job_id=job.pk,
            application_id=application.pk,
        )
