"""Forms of the contract pages. A rule's numbers are typed as people write them ("12,50")
and kept as ``contract_compute`` reads them ("12.50")."""

import copy
import datetime
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wijkkracht.businesscase.models import Scenario
from wijkkracht.contracts.metrics import COUNTED, PEOPLE, SCORE, slots, source_choices
from wijkkracht.contracts.models import Contract, Party, PartyKind, PaymentRule, RuleKind
from wijkkracht.core.forms import DATE_WIDGET

NUMBER_HELP = _("Bijvoorbeeld 12,50 of 1/3.")
_PATH = re.compile(r"^(?:rules|split)\[\d+\]\.(\w+)(?:\[\d+\](?:\.\w+)?)?: (.*)$")


class ContractForm(forms.ModelForm):
    class Meta:
        model = Contract
        fields = ["title", "summary", "starts_on", "ends_on"]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 5}),
            "starts_on": DATE_WIDGET,
            "ends_on": DATE_WIDGET,
        }


class PartyForm(forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=200)
    kind = forms.ChoiceField(label=_("Soort"), choices=PartyKind.choices, widget=forms.RadioSelect)


def _number(label: Any, required: bool = True, help_text: Any = NUMBER_HELP) -> forms.CharField:
    return forms.CharField(label=label, required=required, max_length=30, help_text=help_text)


def _pairs(label: Any, help_text: Any) -> forms.CharField:
    return forms.CharField(
        label=label, required=False, help_text=help_text, widget=forms.Textarea(attrs={"rows": 3})
    )


# Per kind of rule: its own fields (name in contract_compute's JSON: form field).
RULE_FIELDS: dict[str, dict[str, forms.Field]] = {
    RuleKind.RATE_CARD: {
        "price": _number(_("Prijs per resultaat (euro)")),
        "baseline": _number(_("Pas betalen boven dit aantal"), required=False),
        "cap": _number(_("Samen ten hoogste (euro)"), required=False),
        "fallback": _number(_("Bedrag als het er 1 tot 9 zijn (euro)"), required=False),
    },
    RuleKind.QUANTITY_QUALITY: {
        "quantities": _pairs(
            _("Aantallen en prijzen"), _("Eén per regel: aantal; prijs. Bijvoorbeeld: 120; 12,50")
        ),
        "ceiling": _number(_("Samen ten hoogste (euro)"), required=False),
        "quality_scores": forms.CharField(
            label=_("Kwaliteitsscores (0 tot 100)"),
            required=False,
            help_text=_("Met puntkomma's ertussen. Bijvoorbeeld: 80; 90; 70"),
        ),
        "quality_budget": _number(_("Bedrag voor kwaliteit (euro)"), required=False),
    },
    RuleKind.SHARED_SAVINGS: {
        "benchmark": _number(_("Norm: zorgkosten per persoon (euro)")),
        "actual": _number(_("Werkelijke zorgkosten per persoon (euro)")),
        "exposure": _number(_("Aantal personen")),
        "minimum_savings_rate": _number(_("Drempel: minimale besparing (deel, 0,005 is 0,5 %)")),
        "sharing_rate": _number(_("Deel van de besparing voor de ontvanger (0 tot 1)")),
        "quality_factor": _number(_("Kwaliteitsfactor (0 tot 1)"), required=False),
        "mode": forms.ChoiceField(
            label=_("Vanaf wanneer delen"),
            choices=[
                ("first_euro", _("vanaf de eerste euro")),
                ("above_msr", _("alleen boven de drempel")),
            ],
            widget=forms.RadioSelect,
        ),
        "cap_share": _number(_("Ten hoogste (deel van de totale norm)"), required=False),
    },
    RuleKind.POPULATION: {
        "base": _number(_("Vast bedrag (euro)"), required=False),
        "rates": _pairs(
            _("Bedrag per inwoner"),
            _("Eén per regel: aantal; bedrag per stuk. Bijvoorbeeld: 4400; 2,50"),
        ),
    },
}
_LISTS = {"quantities": "price", "rates": "rate"}


def _plain(text: str) -> str:
    """A number as people type it (12,50 or € 1.250,00) as the JSON keeps it (1250.00)."""
    value = text.strip().replace("€", "").replace(" ", "")
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    return value


class RuleForm(forms.Form):
    key = forms.SlugField(
        label=_("Korte naam"),
        max_length=50,
        help_text=_("Kleine letters en streepjes, bijvoorbeeld maaltijden."),
    )
    payer = forms.ModelChoiceField(label=_("Wie betaalt"), queryset=Party.objects.none())
    recipient = forms.ModelChoiceField(label=_("Wie ontvangt"), queryset=Party.objects.none())
    unit = forms.CharField(
        label=_("Waarvoor"),
        max_length=100,
        required=False,
        help_text=_("Bijvoorbeeld: maaltijd, bewoner die hulp kreeg, inwoner."),
    )
    evidence = forms.CharField(label=_("Bewijs"), max_length=200, required=False)

    def __init__(self, *args: Any, contract: Contract, kind: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        parties = contract.parties.all()
        for name in ("payer", "recipient"):
            self.fields[name].queryset = parties  # type: ignore[attr-defined]
        for name, field in RULE_FIELDS[kind].items():
            self.fields[name] = copy.deepcopy(field)

    def parameters(self) -> dict[str, Any]:
        """The rule's numbers in contract_compute's form."""
        data = self.cleaned_data
        found: dict[str, Any] = {}
        for name in RULE_FIELDS[self.kind]:
            raw = data.get(name) or ""
            if name in _LISTS:
                found[name] = [
                    dict(
                        zip(
                            ("count", _LISTS[name]),
                            (_plain(p) for p in line.split(";")),
                            strict=False,
                        )
                    )
                    for line in raw.splitlines()
                    if line.strip()
                ]
            elif name == "quality_scores":
                found[name] = [_plain(score) for score in raw.split(";") if score.strip()]
            elif name == "mode" or raw:
                found[name] = raw if name == "mode" else _plain(raw)
        return found

    def add_rule_errors(self, error: ValidationError) -> None:
        """Put each fault the rule check named by path on its own field."""
        for message in error.messages:
            match = _PATH.match(message)
            field = match.group(1) if match else None
            if field in self.fields:
                self.add_error(field, match.group(2))  # type: ignore[union-attr]
            else:
                self.add_error(None, message)


class BindForm(forms.Form):
    """Per input of a rule that can be bound: where the statement takes it from, or nothing."""

    def __init__(self, *args: Any, rule: PaymentRule, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.slots = slots(rule.kind, rule.parameters)
        for index, slot in enumerate(self.slots):
            choices = source_choices(slot.family, rule.contract.collective)
            self.fields[f"input{index}"] = forms.ChoiceField(
                label=slot.label.capitalize(),
                choices=[("", _("Niet koppelen: het getal uit het contract")), *choices],
                required=False,
                initial=rule.bindings.get(slot.path, ""),
                help_text=str(_FAMILY_HELP[slot.family]),
            )

    def bindings(self) -> dict[str, str]:
        return {slot.path: self.cleaned_data[f"input{i}"] for i, slot in enumerate(self.slots)}


_FAMILY_HELP = {
    COUNTED: _("Wat Wijkkracht telt over de periode van de afrekening."),
    SCORE: _("Uit de laatste afgesloten meting in de periode, als score van 0 tot 100."),
    PEOPLE: _("Opgeteld over de gebieden van de coöperatie. Het jaar blijft vast."),
}


class SplitForm(forms.Form):
    parts = forms.CharField(
        label=_("Waar gaat het geld naartoe?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Eén per regel: naam; deel. Bijvoorbeeld: wijkbudget; 1/2. Samen precies 1."),
    )

    def clean_parts(self) -> list[tuple[str, str]]:
        parts = []
        for line in self.cleaned_data["parts"].splitlines():
            if not line.strip():
                continue
            name, _sep, share = line.rpartition(";")
            if not name.strip():
                raise ValidationError(_("Schrijf elke regel zo: naam; deel."))
            parts.append((name.strip(), _plain(share)))
        return parts


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("Van"), widget=DATE_WIDGET)
    end = forms.DateField(label=_("Tot en met"), widget=DATE_WIDGET)

    @classmethod
    def for_year(cls, year: int) -> "PeriodForm":
        return cls(initial={"start": datetime.date(year, 1, 1), "end": datetime.date(year, 12, 31)})


class SignForm(forms.Form):
    signed_on = forms.DateField(label=_("Getekend op"), widget=DATE_WIDGET)


class ExternalFigureForm(forms.Form):
    """A figure from outside for one rule of the contract, with its evidence."""

    given = forms.ChoiceField(label=_("Welk gegeven"), widget=forms.RadioSelect)
    value = forms.CharField(
        label=_("Waarde"), max_length=30, help_text=_("Bijvoorbeeld 2.820,50 of 1250.")
    )
    source = forms.CharField(
        label=_("Bron"),
        max_length=200,
        help_text=_("Wie het cijfer gaf, bijvoorbeeld: Zorgverzekeraar Noord, declaratiedata."),
    )
    reported_on = forms.DateField(label=_("Datum van het cijfer"), widget=DATE_WIDGET)
    evidence = forms.FileField(
        label=_("Bewijsstuk"), help_text=_("Een PDF, foto of rekenblad, tot 10 MB.")
    )

    def __init__(self, *args: Any, choices: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["given"].choices = choices  # type: ignore[attr-defined]

    def clean_value(self) -> Decimal:
        try:
            value = Decimal(_plain(self.cleaned_data["value"]))
        except InvalidOperation as error:
            raise ValidationError(_("Schrijf een getal, bijvoorbeeld 2.820,50.")) from error
        if not value.is_finite() or value < 0:
            raise ValidationError(_("Schrijf een getal van 0 of meer."))
        return value


class IncomeForm(forms.Form):
    funder = forms.CharField(
        label=_("Van wie"), max_length=200, help_text=_("Bijvoorbeeld: Oranjefonds.")
    )
    amount = forms.CharField(
        label=_("Bedrag (euro)"), max_length=30, help_text=_("Bijvoorbeeld 2.500,00.")
    )
    received_on = forms.DateField(label=_("Ontvangen op"), widget=DATE_WIDGET)
    description = forms.CharField(
        label=_("Waarvoor"),
        max_length=200,
        required=False,
        help_text=_("Bijvoorbeeld: subsidie voor de buurtkamer."),
    )

    def clean_amount(self) -> Decimal:
        try:
            amount = Decimal(_plain(self.cleaned_data["amount"]))
        except InvalidOperation as error:
            raise ValidationError(_("Schrijf een bedrag, bijvoorbeeld 2.500,00.")) from error
        if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
            raise ValidationError(_("Schrijf een bedrag van meer dan € 0, in hele centen."))
        return amount


class _ScenarioChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Scenario) -> str:
        return _("%(case)s: %(scenario)s (versie %(version)s)") % {
            "case": obj.case.title,
            "scenario": obj.name,
            "version": obj.version,
        }


class BudgetPlanForm(forms.Form):
    scenario = _ScenarioChoice(
        label=_("Businesscase en scenario"), queryset=Scenario.objects.none()
    )
    year_zero = forms.IntegerField(
        label=_("In welk jaar begon de businesscase (jaar 0)?"),
        min_value=2000,
        max_value=2100,
        help_text=_("Jaar 0 zijn de startkosten. Het jaar erna is jaar 1."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        scenarios = Scenario.objects.select_related("case").order_by("case__title", "version")
        self.fields["scenario"].queryset = scenarios  # type: ignore[attr-defined]
