import datetime
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.forms import DATE_WIDGET, TIME_WIDGET
from wijkkracht.core.models import Area, Collective
from wijkkracht.help.models import (
    Callback,
    Category,
    Channel,
    HelpRequest,
    Reach,
    Transport,
    Urgency,
    Weekday,
)
from wijkkracht.help.services.volunteers import DAY_PARTS
from wijkkracht.info.selectors import organisations_for_referral

DAY_PART_LABELS = {
    "morning": _("ochtend (8 tot 12 uur)"),
    "afternoon": _("middag (12 tot 17 uur)"),
    "evening": _("avond (17 tot 21 uur)"),
}


def tomorrow() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=1)


def served_areas(collective: Collective) -> QuerySet[Area]:
    """The collective's areas and the buurten inside them."""
    own = collective.areas.all()
    return (Area.objects.filter(pk__in=own) | Area.objects.filter(parent__in=own)).order_by("name")


class RequestForm(forms.ModelForm):
    """The coordinator's form, for a question taken by phone, at the door or on paper."""

    channel = forms.ChoiceField(
        label=_("Hoe kwam de vraag binnen?"),
        choices=[(c.value, c.label) for c in Channel if c != Channel.ONLINE],
        widget=forms.RadioSelect,
        initial=Channel.PHONE,
    )

    class Meta:
        model = HelpRequest
        fields = (
            "category",
            "description",
            "date",
            "start_time",
            "end_time",
            "repeats_weekly",
            "repeat_until",
            "place",
            "area",
            "urgency",
            "needs_vog",
        )
        widgets = {
            "category": forms.RadioSelect,
            "urgency": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 3}),
            "date": DATE_WIDGET,
            "repeat_until": DATE_WIDGET,
            "start_time": TIME_WIDGET,
            "end_time": TIME_WIDGET,
        }
        help_texts = {
            "place": _("Leeg laten: het adres van de bewoner."),
            "needs_vog": _("Vanzelf aan bij gezelschap, post en formulieren, en respijt."),
        }

    def __init__(self, *args: Any, collective: Collective, with_channel: bool, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["area"].queryset = served_areas(collective)  # type: ignore[attr-defined]
        self.fields["needs_vog"].required = False
        if not with_channel:
            del self.fields["channel"]
        if not self.instance.pk:
            self.fields["date"].initial = tomorrow
            self.fields["start_time"].initial = datetime.time(10)
            self.fields["end_time"].initial = datetime.time(12)
            del self.fields["needs_vog"]  # follows the category; can be changed afterwards

    def _post_clean(self) -> None:
        pass  # the service validates the request


class ResidentRequestForm(forms.Form):
    """The resident's own short form: what, which day, which part of the day."""

    category = forms.ChoiceField(
        label=_("Waar wilt u hulp bij?"), choices=Category.choices, widget=forms.RadioSelect
    )
    description = forms.CharField(
        label=_("Vertel kort wat u nodig heeft"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
    )
    date = forms.DateField(label=_("Op welke dag?"), widget=DATE_WIDGET, initial=tomorrow)
    day_part = forms.ChoiceField(
        label=_("Hoe laat?"),
        choices=list(DAY_PART_LABELS.items()),
        widget=forms.RadioSelect,
        initial="morning",
    )
    urgency = forms.ChoiceField(
        label=_("Hoe snel?"),
        choices=Urgency.choices,
        widget=forms.RadioSelect,
        initial=Urgency.NORMAL,
    )


class ResidentSearchForm(forms.Form):
    q = forms.CharField(label=_("Naam, telefoonnummer of postcode"), max_length=100, required=False)


class ProposeForm(forms.Form):
    volunteer = forms.IntegerField(widget=forms.HiddenInput)
    score = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=100)


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(choices=[("yes", _("ja")), ("no", _("nee"))])


class CloseForm(forms.Form):
    outcome = forms.CharField(
        label=_("Hoe is het gegaan?"), widget=forms.Textarea(attrs={"rows": 3})
    )
    hours = forms.DecimalField(
        label=_("Hoeveel uur is eraan besteed?"),
        min_value=0,
        max_value=999,
        decimal_places=2,
        localize=True,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "wk-input-short"}),
        help_text=_("Bijvoorbeeld 1,5. Uren die de vrijwilliger al invulde tellen mee."),
    )
    satisfied = forms.ChoiceField(
        label=_("Was de bewoner tevreden?"),
        choices=[("yes", _("ja")), ("no", _("nee")), ("", _("weet ik niet"))],
        widget=forms.RadioSelect,
        required=False,
        initial="",
    )
    follow_up_on = forms.DateField(
        label=_("Nabellen op"),
        widget=DATE_WIDGET,
        required=False,
        help_text=_("Wilt u later horen hoe het gaat? Kies een dag."),
    )


class FollowUpForm(forms.Form):
    note = forms.CharField(
        label=_("Wat kwam eruit?"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000
    )


class ReferralForm(forms.Form):
    contact_name = forms.CharField(label=_("Contactpersoon"), max_length=200, required=False)
    handover = forms.CharField(
        label=_("Hoe is de vraag overgedragen?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld: samen met mevrouw gebeld, afspraak op dinsdag."),
    )
    follow_up_on = forms.DateField(
        label=_("Nabellen op"),
        widget=DATE_WIDGET,
        help_text=_("Dan vraagt u de bewoner of de hulp er is."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Built here, inside the collective's scope: its list is the collective's own.
        organisation = forms.ModelChoiceField(
            label=_("Naar welke organisatie?"), queryset=organisations_for_referral()
        )
        self.fields = {"organisation": organisation, **self.fields}
        self.fields["follow_up_on"].initial = timezone.localdate() + datetime.timedelta(days=14)


class HealthNoteForm(forms.Form):
    text = forms.CharField(
        label=_("Wat moet de helper weten over de gezondheid?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
    )
    share_with_volunteer = forms.BooleanField(
        label=_("De vrijwilliger mag dit lezen"), required=False
    )
    consent = forms.BooleanField(
        label=_("De bewoner geeft hiervoor uitdrukkelijk toestemming"), required=False
    )
    consent_via = forms.ChoiceField(
        label=_("Toestemming gegeven"),
        choices=[(c.value, c.label) for c in Channel if c != Channel.ONLINE],
        widget=forms.RadioSelect,
        initial=Channel.PHONE,
    )


class VolunteerForm(forms.Form):
    categories = forms.MultipleChoiceField(
        label=_("Soorten hulp"),
        choices=Category.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    skills = forms.CharField(label=_("Wat kan hij of zij goed?"), max_length=300, required=False)
    areas = forms.ModelMultipleChoiceField(
        label=_("Buurten"),
        queryset=Area.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    reach = forms.ChoiceField(label=_("Hoe ver?"), choices=Reach.choices, widget=forms.RadioSelect)
    transport = forms.ChoiceField(
        label=_("Vervoer"), choices=Transport.choices, widget=forms.RadioSelect
    )
    max_tasks_per_week = forms.IntegerField(
        label=_("Hoeveel taken per week?"),
        min_value=1,
        max_value=20,
        widget=forms.NumberInput(attrs={"class": "wk-input-short"}),
    )
    vog_valid_until = forms.DateField(
        label=_("VOG geldig tot"),
        widget=DATE_WIDGET,
        required=False,
        help_text=_("Verklaring omtrent het gedrag. Nodig voor hulp alleen bij iemand thuis."),
    )

    def __init__(self, *args: Any, collective: Collective, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["areas"].queryset = served_areas(collective)  # type: ignore[attr-defined]


class AvailabilityForm(forms.Form):
    """One tick box per weekday and day part."""

    def __init__(self, *args: Any, parts: dict[int, set[str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for weekday in Weekday:
            for part in DAY_PARTS:
                self.fields[f"day{weekday.value}_{part}"] = forms.BooleanField(
                    label=f"{weekday.label}, {DAY_PART_LABELS[part]}",
                    required=False,
                    initial=part in parts.get(weekday.value, set()),
                )

    def rows(self) -> list[tuple[str, list[forms.BoundField]]]:
        return [
            (str(weekday.label), [self[f"day{weekday.value}_{part}"] for part in DAY_PARTS])
            for weekday in Weekday
        ]

    def parts(self) -> dict[int, set[str]]:
        return {
            weekday.value: {
                part for part in DAY_PARTS if self.cleaned_data[f"day{weekday.value}_{part}"]
            }
            for weekday in Weekday
        }


class AbsenceForm(forms.Form):
    first_day = forms.DateField(label=_("Van"), widget=DATE_WIDGET)
    last_day = forms.DateField(label=_("Tot en met"), widget=DATE_WIDGET)
    reason = forms.CharField(label=_("Reden"), max_length=100, required=False)


class PauseForm(forms.Form):
    until = forms.DateField(
        label=_("Pauze tot en met"),
        widget=DATE_WIDGET,
        required=False,
        help_text=_("Leeg laten: tot je het zelf weer aanzet."),
    )


class HoursForm(forms.Form):
    day = forms.DateField(label=_("Datum"), widget=DATE_WIDGET, initial=timezone.localdate)
    hours = forms.DecimalField(
        label=_("Uren"),
        min_value=0.25,
        max_value=24,
        decimal_places=2,
        localize=True,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "wk-input-short"}),
        help_text=_("Bijvoorbeeld 1,5."),
    )
    note = forms.CharField(label=_("Wat heb je gedaan?"), max_length=200, required=False)


class CallbackForm(forms.ModelForm):
    """Hulp vragen without an account: name, phone, what and when; the 1-loket calls back."""

    # Left empty by people; robots fill in every field (the view then stores nothing).
    website = forms.CharField(
        label=_("Laat dit vakje leeg"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = Callback
        fields = ["name", "phone", "what", "when"]
        widgets = {"what": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"when": _("Bijvoorbeeld: donderdagochtend, of zo snel mogelijk.")}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["phone"].widget.attrs.update(autocomplete="tel", inputmode="tel")

    def _post_clean(self) -> None:
        pass  # the service checks the phone number and the model
