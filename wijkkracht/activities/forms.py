import datetime
from typing import Any, cast

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wijkkracht.activities import schedule
from wijkkracht.activities.models import (
    Activity,
    Allergen,
    Diet,
    Kind,
    Organiser,
    Place,
    Post,
    PostKind,
    Repeat,
    Room,
    Texture,
)
from wijkkracht.core.forms import DATE_WIDGET, TIME_WIDGET
from wijkkracht.core.models import Person, RoleName

# The activity form's fields from the top: what, who, where; then when and the rest.
FIRST_FIELDS = [
    "title",
    "description",
    "kind",
    "organiser_kind",
    "organiser_name",
    "organiser",
    "place",
    "room",
]


def _choice(
    model: type[models.Model], name: str, queryset: Any, initial: int | None
) -> forms.ModelChoiceField:
    field = cast(models.Field, model._meta.get_field(name))
    return forms.ModelChoiceField(
        label=capfirst(field.verbose_name),
        help_text=field.help_text,
        queryset=queryset,
        required=False,
        initial=initial,
    )


class _ServiceValidates(forms.ModelForm):
    def _post_clean(self) -> None:
        pass  # the service validates, inside the collective's scope


class PlaceForm(_ServiceValidates):
    class Meta:
        model = Place
        fields = (
            "name",
            "address",
            "phone",
            "opening_hours",
            "step_free",
            "hearing_loop",
            "accessible_toilet",
            "public",
        )
        widgets = {"opening_hours": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Built here, not on the class: a scoped model can only be queried inside a request.
        self.fields["manager"] = _choice(
            Place,
            "manager",
            Person.objects.filter(user__isnull=False, erased_at=None).order_by(
                "family_name", "given_name"
            ),
            self.instance.manager_id,
        )


class RoomForm(_ServiceValidates):
    class Meta:
        model = Room
        fields = ("name", "capacity")


class BookingForm(forms.Form):
    date = forms.DateField(label=_("Datum"), widget=DATE_WIDGET)
    start_time = forms.TimeField(label=_("Van"), widget=TIME_WIDGET)
    end_time = forms.TimeField(label=_("Tot"), widget=TIME_WIDGET)
    purpose = forms.CharField(label=_("Waarvoor"), max_length=200)
    group_name = forms.CharField(
        label=_("Namens welke groep"),
        max_length=120,
        required=False,
        help_text=_("Bijvoorbeeld: breiclub, buurtcommissie. Leeg als het voor uzelf is."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_time"), data.get("end_time")
        if start and end and end <= start:
            self.add_error("end_time", _("De eindtijd moet na de begintijd liggen."))
        return data

    def moments(self) -> tuple[datetime.datetime, datetime.datetime]:
        data = self.cleaned_data
        return (
            schedule.local_datetime(data["date"], data["start_time"]),
            schedule.local_datetime(data["date"], data["end_time"]),
        )


class DecisionForm(forms.Form):
    approve = forms.TypedChoiceField(
        choices=[("1", _("goedkeuren")), ("0", _("afwijzen"))], coerce=lambda value: value == "1"
    )
    note = forms.CharField(label=_("Toelichting"), max_length=300, required=False)


class ActivityForm(_ServiceValidates):
    repeat = forms.ChoiceField(
        label=_("Hoe vaak"), choices=Repeat.choices, widget=forms.RadioSelect, initial=Repeat.ONCE
    )

    class Meta:
        model = Activity
        fields = (
            "title",
            "description",
            "kind",
            "organiser_kind",
            "organiser_name",
            "date",
            "start_time",
            "end_time",
            "repeat",
            "repeat_until",
            "capacity",
            "price",
            "signup",
            "is_meal",
            "public",
        )
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "kind": forms.RadioSelect,
            "organiser_kind": forms.RadioSelect,
            "date": DATE_WIDGET,
            "repeat_until": DATE_WIDGET,
            "start_time": TIME_WIDGET,
            "end_time": TIME_WIDGET,
        }

    def __init__(self, *args: Any, organiser_choice: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["repeat"] = schedule.repeat_of(self.instance.rrule, self.instance.date)
        else:
            self.initial.setdefault("date", timezone.localdate() + datetime.timedelta(days=7))
        # Built here, not on the class: a scoped model can only be queried inside a request.
        instance = self.instance
        if organiser_choice:
            self.fields["organiser"] = _choice(
                Activity,
                "organiser",
                Person.objects.filter(
                    roles__name__in=[RoleName.VOLUNTEER, RoleName.COORDINATOR], erased_at=None
                )
                .distinct()
                .order_by("family_name", "given_name"),
                instance.organiser_id,
            )
        self.fields["place"] = _choice(Activity, "place", Place.objects.all(), instance.place_id)
        self.fields["room"] = _choice(
            Activity, "room", Room.objects.select_related("place"), instance.room_id
        )
        self.order_fields(FIRST_FIELDS)
        # Radio buttons without the empty "---------" choice a select would need.
        self.fields["kind"].choices = Kind.choices  # type: ignore[attr-defined]
        self.fields["organiser_kind"].choices = Organiser.choices  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("date") and data.get("repeat"):
            data["rrule"] = schedule.rule_for(data["repeat"], data["date"])
        return data

    def service_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        fields = {name: data[name] for name in self.fields if name != "repeat"}
        fields["rrule"] = data["rrule"]
        return fields


class SignupForm(forms.Form):
    needs_transport = forms.BooleanField(
        label=_("Ik heb vervoer nodig"),
        required=False,
        help_text=_("Dan zoekt het 1-loket iemand die u brengt en weer thuisbrengt."),
    )


class PhoneSignupForm(SignupForm):
    person = forms.IntegerField(widget=forms.HiddenInput)
    via = forms.ChoiceField(
        label=_("Hoe meldde deze persoon zich aan?"),
        choices=[
            ("phone", _("telefoon")),
            ("paper", _("op papier")),
            ("walk_in", _("langs geweest")),
        ],
        widget=forms.RadioSelect,
        initial="phone",
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Naam, telefoonnummer of postcode"), max_length=100, required=False)


class MenuForm(forms.Form):
    menu = forms.CharField(
        label=_("Menu"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Bijvoorbeeld: groentesoep, stamppot boerenkool met worst, vla."),
    )


class DietForm(forms.Form):
    diet = forms.ChoiceField(
        label=_("Wat eet u?"), choices=Diet.choices, widget=forms.RadioSelect, initial=Diet.ANY
    )
    allergens = forms.MultipleChoiceField(
        label=_("Waar bent u allergisch voor?"),
        choices=Allergen.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    texture = forms.ChoiceField(
        label=_("Hoe moet het eten zijn?"),
        choices=Texture.choices,
        widget=forms.RadioSelect,
        initial=Texture.NORMAL,
        help_text=_("Zacht of fijngemalen, bijvoorbeeld als kauwen of slikken moeilijk is."),
    )
    note = forms.CharField(label=_("Verder nog iets?"), max_length=200, required=False)
    consent = forms.BooleanField(
        label=_("De kok en de gastvrouw of gastheer mogen dit zien."),
        required=False,
        help_text=_(
            "Allergieën zijn gegevens over gezondheid. We bewaren ze alleen met toestemming. "
            "U kunt altijd zien wie ze heeft bekeken, en ze laten wissen."
        ),
    )


class WalkInForm(forms.Form):
    person = forms.IntegerField(widget=forms.HiddenInput)


class PostForm(forms.ModelForm):
    class Meta:
        model = Post
        fields = ("kind", "title", "text", "public")
        widgets = {"kind": forms.RadioSelect, "text": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = PostKind.choices  # type: ignore[attr-defined]
        self.fields["kind"].initial = PostKind.OFFER

    def _post_clean(self) -> None:
        pass


class ReportForm(forms.Form):
    reason = forms.CharField(
        label=_("Wat is er mis met dit bericht?"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ModerateForm(forms.Form):
    visible = forms.TypedChoiceField(
        choices=[("1", _("terugzetten")), ("0", _("verbergen"))], coerce=lambda value: value == "1"
    )
    note = forms.CharField(label=_("Waarom"), max_length=300, required=False)
