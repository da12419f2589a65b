"""The academy's forms: a course with its programme in rows, an edition, a register number."""

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wijkkracht.academy.minutes import BLOCK_KINDS
from wijkkracht.academy.models import Course, RegisterNumber, Topic
from wijkkracht.academy.registers import register_choices, register_get
from wijkkracht.activities.models import Room
from wijkkracht.core.forms import DATE_WIDGET, TIME_WIDGET
from wijkkracht.core.models import Person

BLOCK_ROWS = 6
# A new course starts with the usual morning: welcome, teaching, coffee, teaching.
USUAL_MORNING = [
    {"kind": "welcome", "minutes": 10},
    {"kind": "teaching", "minutes": 80},
    {"kind": "break", "minutes": 15},
    {"kind": "teaching", "minutes": 75},
]
BLOCK_LABELS = {
    "teaching": _("les"),
    "break": _("pauze"),
    "welcome": _("ontvangst en welkom"),
    "award": _("uitreiking"),
    "discussion": _("bespreking zonder leerdoel"),
    "other": _("iets anders"),
}
BLOCK_CHOICES = [("", "—"), *((kind, BLOCK_LABELS[kind]) for kind in BLOCK_KINDS)]


class CourseForm(forms.ModelForm):
    """The course, and its programme as up to six rows of kind and minutes."""

    register = forms.ChoiceField(label=_("Register voor de punten"), choices=register_choices)
    topic = forms.ChoiceField(label=_("Onderwerp"), choices=Topic.choices, widget=forms.RadioSelect)
    threshold_percent = forms.IntegerField(
        label=_("Hoeveel procent van de leertijd moet iemand er zijn voor een certificaat?"),
        min_value=1,
        max_value=100,
        initial=90,
        help_text=_("Meestal 90."),
    )
    teachers: forms.ModelMultipleChoiceField[Person] = forms.ModelMultipleChoiceField(
        label=_("Docenten"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Wie de rol docent heeft."),
    )
    prerequisites: forms.ModelMultipleChoiceField[Course] = forms.ModelMultipleChoiceField(
        label=_("Eerst gevolgd"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Cursussen die iemand eerst volgt. Een cirkel kan niet."),
    )

    class Meta:
        model = Course
        fields = [
            "title",
            "summary",
            "goals",
            "level",
            "audience",
            "topic",
            "teachers",
            "resident_run",
            "register",
            "accreditation_id",
            "prerequisites",
            "handout",
        ]
        widgets = {
            "level": forms.RadioSelect,
            "audience": forms.RadioSelect,
            "topic": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "goals": forms.Textarea(attrs={"rows": 4}),
            "handout": forms.Textarea(attrs={"rows": 6}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        teachers = Person.objects.filter(roles__name="teacher").distinct()
        self.fields["teachers"].queryset = teachers  # type: ignore[attr-defined]
        others = Course.objects.filter(archived=False)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["prerequisites"].queryset = others  # type: ignore[attr-defined]
        blocks = self.instance.blocks if self.instance.pk else USUAL_MORNING
        if self.instance.pk:
            self.fields["threshold_percent"].initial = self.instance.threshold_percent
        for row in range(BLOCK_ROWS):
            block = blocks[row] if row < len(blocks) else {}
            self.fields[f"kind_{row}"] = forms.ChoiceField(
                label=_("Blok %(n)s: soort") % {"n": row + 1},
                choices=BLOCK_CHOICES,
                required=False,
                initial=block.get("kind", ""),
            )
            self.fields[f"minutes_{row}"] = forms.IntegerField(
                label=_("Blok %(n)s: minuten") % {"n": row + 1},
                min_value=1,
                max_value=600,
                required=False,
                initial=block.get("minutes"),
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        blocks = []
        for row in range(BLOCK_ROWS):
            kind, minutes = data.get(f"kind_{row}"), data.get(f"minutes_{row}")
            if kind and minutes:
                blocks.append({"kind": kind, "minutes": minutes})
            elif kind or minutes:
                self.add_error(f"minutes_{row}", _("Vul soort én minuten in, of geen van beide."))
        data["blocks"] = blocks
        if data.get("threshold_percent"):
            data["threshold"] = Decimal(data["threshold_percent"]) / 100
        return data

    def block_rows(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        return [(self[f"kind_{row}"], self[f"minutes_{row}"]) for row in range(BLOCK_ROWS)]

    def course_fields(self) -> list[forms.BoundField]:
        return [field for field in self if not field.name.startswith(("kind_", "minutes_"))]

    def service_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        fields = {name: data[name] for name in self.Meta.fields if name in data}
        fields["blocks"] = data["blocks"]
        fields["threshold"] = data["threshold"]
        fields.pop("teachers"), fields.pop("prerequisites")
        return fields


class EditionForm(forms.Form):
    date = forms.DateField(label=_("Eerste bijeenkomst"), widget=DATE_WIDGET)
    start_time = forms.TimeField(label=_("Van"), widget=TIME_WIDGET)
    end_time = forms.TimeField(label=_("Tot"), widget=TIME_WIDGET)
    sessions = forms.IntegerField(
        label=_("Hoeveel bijeenkomsten"),
        min_value=1,
        max_value=12,
        initial=1,
        help_text=_("Meer dan één: elke week op dezelfde dag en tijd."),
    )
    room: forms.ModelChoiceField[Room] = forms.ModelChoiceField(
        label=_("Zaal"), queryset=None, required=False
    )
    capacity = forms.IntegerField(label=_("Hoeveel plaatsen"), min_value=1, required=False)
    public = forms.BooleanField(
        label=_("Ook zichtbaar voor wie niet inlogt"), required=False, initial=True
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["room"].queryset = Room.objects.select_related("place")  # type: ignore[attr-defined]


def _numbered_registers() -> list[tuple[str, str]]:
    return [(key, name) for key, name in register_choices() if register_get(key).number_pattern]


class RegisterNumberForm(forms.ModelForm):
    register = forms.ChoiceField(label=_("Register"), choices=_numbered_registers)

    class Meta:
        model = RegisterNumber
        fields = ["register", "number", "period_start"]
        widgets = {"period_start": DATE_WIDGET}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        key, number = data.get("register"), data.get("number", "").strip()
        if key and number:
            register = register_get(key)
            if not register.number_valid(number):
                self.add_error(
                    "number", _("Dit is geen %(label)s.") % {"label": register.number_label}
                )
        return data
