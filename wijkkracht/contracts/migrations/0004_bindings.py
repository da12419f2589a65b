from django.db import migrations, models


def metric_to_binding(apps, schema_editor):
    """A rate card's metric filled in what was achieved: the same as a binding of it."""
    PaymentRule = apps.get_model("contracts", "PaymentRule")
    for rule in PaymentRule.objects.exclude(metric=""):
        rule.bindings = {"achieved": rule.metric}
        rule.save(update_fields=["bindings"])


class Migration(migrations.Migration):
    dependencies = [("contracts", "0003_income")]

    operations = [
        migrations.AddField(
            model_name="paymentrule", name="bindings", field=models.JSONField(default=dict, blank=True)
        ),
        migrations.RunPython(metric_to_binding, migrations.RunPython.noop),
        migrations.RemoveField(model_name="paymentrule", name="metric"),
    ]
