from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.forms import DATE_WIDGET
from wijkkracht.impact.instruments import instrument_choices
from wijkkracht.impact.models import Reach, Round, Stage


class RoundForm(forms.Form):
    title = forms.CharField(label=_("Naam van de meting"), max_length=200)
    stage = forms.ChoiceField(
        label=_("Soort meting"), choices=Stage.choices, widget=forms.RadioSelect, initial=Stage.AREA
    )
    instruments = forms.MultipleChoiceField(
        label=_("Vragenlijsten"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Bij een nameting nemen we de vragenlijsten van de voormeting."),
    )
    reach = forms.ChoiceField(
        label=_("Wie vullen in?"),
        choices=[c for c in Reach.choices if c[0] != Reach.SAME],
        widget=forms.RadioSelect,
        initial=Reach.MEMBERS,
        help_text=_("Bij een nameting: dezelfde mensen als bij de voormeting."),
    )
    sample_size = forms.IntegerField(
        label=_("Grootte van de steekproef"), min_value=10, required=False
    )
    activity = forms.TypedChoiceField(
        label=_("Activiteit"), coerce=int, required=False, empty_value=None
    )
    before = forms.TypedChoiceField(
        label=_("Hoort bij voormeting"), coerce=int, required=False, empty_value=None
    )
    period_start = forms.DateField(
        label=_("Wat wij deden: tellen vanaf"),
        widget=DATE_WIDGET,
        help_text=_("De hulp, maaltijden en activiteiten in deze periode staan bij de uitkomst."),
    )
    period_end = forms.DateField(label=_("tot en met"), widget=DATE_WIDGET)

    def __init__(
        self,
        *args: object,
        activities: list[tuple[int, str]],
        befores: list[Round],
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        fields: dict[str, forms.ChoiceField] = self.fields  # type: ignore[assignment]
        fields["instruments"].choices = [(i.key, i.name) for i in instrument_choices()]
        fields["activity"].choices = [("", _("Geen")), *activities]
        fields["before"].choices = [("", _("Geen")), *[(r.pk, r.title) for r in befores]]
        today = timezone.localdate()
        self.fields["period_start"].initial = today.replace(year=today.year - 1)
        self.fields["period_end"].initial = today
