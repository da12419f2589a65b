"""The 1-loket's own list of organisations becomes the information point's social map.

Each organisation moves to info.Organisation (its free-text kind and note go into the
description), and every referral follows it; migration 0003 then drops the old list. Two
migrations, because PostgreSQL refuses to alter a table in the transaction that just wrote
rows with pending foreign-key checks into it.
"""

import django.db.models.deletion
from django.db import migrations, models


def organisations_move(apps, schema_editor):  # type: ignore[no-untyped-def]
    Old = apps.get_model("help", "Organisation")
    New = apps.get_model("info", "Organisation")
    Referral = apps.get_model("help", "Referral")
    for old in Old._base_manager.all():
        description = "\n".join(part for part in (old.kind, old.note) if part)
        new = New._base_manager.create(
            collective_id=old.collective_id,
            name=old.name,
            description=description,
            phone=old.phone,
            email=old.email,
            website=old.website,
            address=old.address,
        )
        Referral._base_manager.filter(organisation_id=old.pk).update(map_organisation=new)


class Migration(migrations.Migration):
    dependencies = [("help", "0001_initial"), ("info", "0002_search_index")]

    operations = [
        migrations.AddField(
            model_name="referral",
            name="map_organisation",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="info.organisation",
            ),
        ),
        migrations.RunPython(organisations_move, migrations.RunPython.noop),
    ]
