"""The referral points at the social map; the 1-loket's own organisation list goes (see 0002)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("help", "0002_referral_to_social_map")]

    operations = [
        migrations.RemoveField(model_name="referral", name="organisation"),
        migrations.RenameField(
            model_name="referral", old_name="map_organisation", new_name="organisation"
        ),
        migrations.AlterField(
            model_name="referral",
            name="organisation",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="referrals",
                to="info.organisation",
            ),
        ),
        migrations.DeleteModel(name="Organisation"),
    ]
