"""Forms for a case, a scenario's settings and its lines. A line form turns its fields into the
line's JSON form (amounts as exact decimal strings, shares from 0 to 1) and back."""

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from wijkkracht.businesscase.calculation.reading import MAX_HORIZON
from wijkkracht.businesscase.models import Stakeholder
from wijkkracht.businesscase.realised import figure_choices
from wijkkracht.businesscase.templates import templates

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise

HUNDRED = Decimal(100)
THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+")


def _choice_field(form: forms.Form, name: str) -> forms.ChoiceField:
    return cast(forms.ChoiceField, form.fields[name])


class CaseCreateForm(forms.Form):
    title = forms.CharField(label=_("Naam"), max_length=200)
    intervention = forms.CharField(
        label=_("Wat doet de coöperatie?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld: een dorpsondersteuner, samen eten, vervoer of een huiskamer."),
    )
    template = forms.ChoiceField(
        label=_("Beginnen met"), widget=forms.RadioSelect, required=False, initial=""
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _choice_field(self, "template").choices = [("", _("Een leeg scenario"))] + [
            (code, template.title) for code, template in templates().items()
        ]


class RevisionForm(forms.Form):
    """Carries the revision the user saw, so a change made meanwhile is noticed."""

    revision = forms.IntegerField(widget=forms.HiddenInput)


class SettingsForm(RevisionForm):
    name = forms.CharField(label=_("Naam van het scenario"), max_length=100)
    horizon_years = forms.IntegerField(
        label=_("Hoeveel jaar rekent u vooruit?"), min_value=0, max_value=MAX_HORIZON
    )
    discount_percent = forms.DecimalField(
        label=_("Discontovoet in procent"),
        min_value=Decimal(0),
        max_value=Decimal(99),
        decimal_places=4,
        localize=True,
        help_text=_("De standaard in Nederland is 2,25 % (Werkgroep Discontovoet 2020)."),
    )


class DutchDecimalField(forms.DecimalField):
    """A number as people type it here: "1.000,50", "1000,5", "1.000" (a thousand) or "2.5"."""

    def to_python(self, value: Any) -> Decimal | None:  # type: ignore[override]
        if isinstance(value, str):
            value = value.strip().replace(" ", "").replace("€", "")
            if "," in value:
                value = value.replace(".", "").replace(",", ".")
            elif THOUSANDS.fullmatch(value):
                value = value.replace(".", "")
        return super().to_python(value)


def _number(
    label: "_StrOrPromise", *, percent: bool = False, required: bool = True
) -> forms.DecimalField:
    return DutchDecimalField(
        label=label,
        required=required,
        localize=True,
        decimal_places=4 if percent else 2,
        min_value=Decimal(0) if percent else None,
        max_value=HUNDRED if percent else None,
    )


def _written(value: Decimal, percent: bool) -> str:
    return str((value / HUNDRED).normalize() if percent else value)


def _read(raw: Any, percent: bool) -> tuple[Decimal, Decimal | None, Decimal | None]:
    """The mode, low and high of a JSON number, as the form shows them."""
    scale = HUNDRED if percent else Decimal(1)

    def shown(value: Any) -> Decimal:
        number = (Decimal(value) * scale).normalize()
        return number.quantize(Decimal(1)) if number == number.to_integral() else number

    if isinstance(raw, dict):
        return shown(raw["mode"]), shown(raw["low"]), shown(raw["high"])
    return shown(raw), None, None


class LineForm(RevisionForm):
    """The fields every line has; ``NUMBERS`` may each get a low and a high value."""

    NUMBERS: tuple[tuple[str, "_StrOrPromise", bool], ...] = ()  # (name, label, is a percentage)
    OPTIONAL: frozenset[str] = frozenset()  # the NUMBERS that may be left empty

    label = forms.CharField(label=_("Omschrijving"), max_length=200)
    stakeholder = forms.ChoiceField(label=_("Wie"), choices=Stakeholder.choices)

    def __init__(
        self, *args: Any, horizon: int, names: list[str] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.horizon = horizon
        # A case read from a file may name a party of its own.
        _choice_field(self, "stakeholder").choices = list(Stakeholder.choices) + [
            (name, name) for name in names or [] if name not in Stakeholder.values
        ]
        for name, label, percent in self.NUMBERS:
            self.fields[name] = _number(label, percent=percent, required=name not in self.OPTIONAL)
            self.fields[f"{name}_low"] = _number(
                _("%s: laagste") % label, percent=percent, required=False
            )
            self.fields[f"{name}_high"] = _number(
                _("%s: hoogste") % label, percent=percent, required=False
            )
        self.order_fields(self.field_order)

    def line(self) -> dict[str, Any]:
        """The line in the case's JSON form, from the cleaned data."""
        raise NotImplementedError

    def main_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if not name.endswith(("_low", "_high"))]

    def range_fields(self) -> list[tuple[forms.BoundField, forms.BoundField]]:
        return [(self[f"{n}_low"], self[f"{n}_high"]) for n, _l, _p in self.NUMBERS]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in ("first_year", "last_year"):
            if name in self.fields and (data.get(name) or 0) > self.horizon:
                self.add_error(
                    name,
                    _("Het scenario rekent tot en met jaar %(horizon)s.")
                    % {"horizon": self.horizon},
                )
        for name, _label, _percent in self.NUMBERS:
            low, mode, high = (data.get(f"{name}_low"), data.get(name), data.get(f"{name}_high"))
            if (low is None) != (high is None):
                self.add_error(
                    f"{name}_high" if high is None else f"{name}_low",
                    _("Vul de laagste én de hoogste waarde in, of geen van beide."),
                )
            elif low is not None and mode is not None and not low <= mode <= high:
                self.add_error(
                    f"{name}_low",
                    _(
                        "De laagste waarde is niet hoger dan de gewone, "
                        "en die niet hoger dan de hoogste."
                    ),
                )
        return data

    def estimate(self, name: str, percent: bool) -> str | dict[str, str]:
        data = self.cleaned_data
        mode = _written(data[name], percent)
        if data.get(f"{name}_low") is None:
            return mode
        return {
            "low": _written(data[f"{name}_low"], percent),
            "mode": mode,
            "high": _written(data[f"{name}_high"], percent),
        }

    @classmethod
    def initial_numbers(cls, line: dict[str, Any]) -> dict[str, Any]:
        initial: dict[str, Any] = {}
        for name, _label, percent in cls.NUMBERS:
            if name in line:
                mode, low, high = _read(line[name], percent)
                initial |= {name: mode, f"{name}_low": low, f"{name}_high": high}
        return initial


class CostLineForm(LineForm):
    field_order = ["label", "stakeholder", "one_off", "yearly", "first_year", "last_year"]
    NUMBERS = (
        ("one_off", _("Eenmalig in jaar 0 (euro)"), False),
        ("yearly", _("Per jaar (euro)"), False),
    )
    OPTIONAL = frozenset({"one_off", "yearly"})  # one of the two, checked in clean()
    first_year = forms.IntegerField(label=_("Per jaar: vanaf jaar"), min_value=1, initial=1)
    last_year = forms.IntegerField(label=_("tot en met jaar"), min_value=1)
    source = forms.CharField(
        label=_("Waar komt het bedrag vandaan?"), required=False, max_length=500
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("one_off") and not data.get("yearly"):
            self.add_error(
                "one_off", _("Vul een eenmalig bedrag in, een bedrag per jaar, of allebei.")
            )
        for name in ("one_off", "yearly"):
            if (data.get(name) or 0) < 0:
                self.add_error(name, _("Kosten zijn niet negatief. Een besparing is een effect."))
        if (
            data.get("last_year")
            and data.get("first_year")
            and data["last_year"] < data["first_year"]
        ):
            self.add_error("last_year", _("Het laatste jaar komt niet voor het eerste."))
        return data

    def line(self) -> dict[str, Any]:
        data = self.cleaned_data
        amounts: dict[str, Any] = {}
        if data.get("one_off"):
            amounts["0"] = self.estimate("one_off", False)
        if data.get("yearly"):
            yearly = self.estimate("yearly", False)
            amounts |= {str(y): yearly for y in range(data["first_year"], data["last_year"] + 1)}
        return {
            "label": data["label"],
            "stakeholder": data["stakeholder"],
            "amounts": amounts,
            "source": data["source"],
        }

    @classmethod
    def initial_for(cls, line: dict[str, Any] | None, horizon: int) -> dict[str, Any]:
        if line is None:
            return {"first_year": 1, "last_year": max(horizon, 1)}
        amounts = line["amounts"]
        later = sorted(int(year) for year in amounts if year != "0")
        numbers = {"one_off": amounts.get("0", "0")}
        if later:
            numbers["yearly"] = amounts[str(later[0])]
        return {
            "label": line["label"],
            "stakeholder": line["stakeholder"],
            "source": line.get("source", ""),
            "first_year": later[0] if later else 1,
            "last_year": later[-1] if later else max(horizon, 1),
            **cls.initial_numbers(numbers),
        }


class EffectLineForm(LineForm):
    field_order = [
        "label",
        "stakeholder",
        "unit",
        "quantity",
        "unit_value",
        "source",
        "deadweight",
        "displacement",
        "attribution",
        "drop_off",
        "first_year",
        "duration_years",
        "realised",
    ]
    NUMBERS = (
        ("quantity", _("Hoeveel per jaar"), False),
        ("unit_value", _("Waarde per stuk (euro)"), False),
        ("deadweight", _("Was toch gebeurd (procent)"), True),
        ("displacement", _("Verschuift alleen naar elders (procent)"), True),
        ("attribution", _("Komt door anderen (procent)"), True),
        ("drop_off", _("Neemt elk jaar af met (procent)"), True),
    )
    unit = forms.CharField(
        label=_("Wat telt u?"),
        required=False,
        max_length=200,
        help_text=_("Bijvoorbeeld: bezoeken aan de huisarts per jaar."),
    )
    source = forms.CharField(
        label=_("Bron van de waarde per stuk"),
        required=False,
        max_length=500,
        help_text=_("Zonder bron noemen wij de waarde een aanname."),
    )
    first_year = forms.IntegerField(label=_("Vanaf jaar"), min_value=0, initial=1)
    duration_years = forms.IntegerField(
        label=_("Hoeveel jaar"), min_value=1, max_value=MAX_HORIZON + 1
    )
    realised = forms.ChoiceField(
        label=_("Koppelen aan een getal uit Wijkkracht"),
        required=False,
        help_text=_("Dan ziet u in het rapport wat er echt gebeurde naast wat u verwachtte."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("deadweight", "displacement", "attribution", "drop_off"):
            self.fields[name].initial = 0
        _choice_field(self, "realised").choices = figure_choices()

    def line(self) -> dict[str, Any]:
        data = self.cleaned_data
        line = {
            "label": data["label"],
            "stakeholder": data["stakeholder"],
            "unit": data["unit"],
            "source": data["source"],
        }
        line |= {name: self.estimate(name, percent) for name, _label, percent in self.NUMBERS}
        line |= {"first_year": data["first_year"], "duration_years": data["duration_years"]}
        if data["realised"]:
            line["realised"] = data["realised"]
        return line

    @classmethod
    def initial_for(cls, line: dict[str, Any] | None, horizon: int) -> dict[str, Any]:
        if line is None:
            return {"first_year": 1, "duration_years": max(horizon, 1)}
        numbers = {name: line.get(name, "0") for name, _l, _p in cls.NUMBERS}
        return {
            **{
                key: line.get(key, "")
                for key in ("label", "stakeholder", "unit", "source", "realised")
            },
            "first_year": line.get("first_year", 1),
            "duration_years": line.get("duration_years", max(horizon, 1)),
            **cls.initial_numbers(numbers),
        }
