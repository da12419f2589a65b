"""The outreach forms: the address file, a round, a visit at the door, a paper list line."""

import datetime
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.activities.models import Activity
from wijkkracht.core.forms import DATE_WIDGET
from wijkkracht.core.models import Area, Collective, Person
from wijkkracht.help.models import Category
from wijkkracht.outreach.models import Outcome
from wijkkracht.outreach.selectors import upcoming_activities


class DoorsForm(forms.Form):
    file = forms.FileField(
        label=_("Adressenbestand"),
        help_text=_(
            "Een .xlsx of .csv met de kolommen postcode, huisnummer, straat en woonplaats; "
            "huisletter, toevoeging, buurtcode, x, y en gebruiksdoel mogen erbij."
        ),
    )


class _Assistants(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Person) -> str:
        return obj.full_name


class RoundForm(forms.Form):
    name = forms.CharField(label=_("Naam van de ronde"), max_length=200)
    area = forms.ModelChoiceField(
        label=_("Buurt"),
        queryset=Area.objects.none(),
        required=False,
        empty_label=_("Alle buurten"),
    )
    starts_on = forms.DateField(label=_("Van"), widget=DATE_WIDGET)
    ends_on = forms.DateField(label=_("Tot en met"), widget=DATE_WIDGET)
    list_size = forms.IntegerField(
        label=_("Deuren per looplijst"), min_value=5, max_value=500, initial=60
    )
    assistants = _Assistants(
        label=_("Buurtassistenten"),
        queryset=Person.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Ze krijgen de lijsten om de beurt."),
    )

    def __init__(self, *args: Any, collective: Collective, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = collective.areas.all()  # type: ignore[attr-defined]
        volunteers = Person.objects.filter(roles__name="volunteer").order_by(
            "family_name", "given_name"
        )
        self.fields["assistants"].queryset = volunteers  # type: ignore[attr-defined]


class VisitForm(forms.Form):
    """What happened at one door; the personal part only with consent."""

    outcome = forms.ChoiceField(
        label=_("Wat gebeurde er?"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    consent = forms.BooleanField(
        label=_("De bewoner vindt het goed dat we opschrijven wat hieronder staat"),
        required=False,
        help_text=_("Vraag het hardop. Zonder ja schrijft u niets op over de bewoner."),
    )
    name = forms.CharField(label=_("Naam"), max_length=200, required=False)
    phone = forms.CharField(label=_("Telefoon"), max_length=30, required=False)
    question = forms.CharField(
        label=_("Vraag of wens"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("In de woorden van de bewoner. Het 1-loket belt terug."),
    )
    category = forms.ChoiceField(
        label=_("Soort hulp"), choices=Category.choices, initial=Category.OTHER, required=False
    )
    join = forms.BooleanField(label=_("Wil lid worden"), required=False)
    interest = forms.ModelChoiceField(
        label=_("Wil meedoen met"),
        queryset=Activity.objects.none(),
        required=False,
        empty_label=_("(niets gekozen)"),
        help_text=_("De coördinator belt om het af te spreken."),
    )
    client_id = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["interest"].queryset = upcoming_activities()  # type: ignore[attr-defined]


class PaperForm(forms.Form):
    """One line of a paper walk list typed in afterwards."""

    code = forms.CharField(label=_("Code op de lijst"), max_length=8)
    # A question needs the resident's consent and words: that goes on the door's own page.
    outcome = forms.ChoiceField(
        label=_("Wat gebeurde er?"),
        choices=[c for c in Outcome.choices if c[0] != Outcome.QUESTION],
        widget=forms.RadioSelect,
    )
    day = forms.DateField(label=_("Op welke dag"), widget=DATE_WIDGET)

    def visited_at(self) -> datetime.datetime:
        day: datetime.date = self.cleaned_data["day"]
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))
