"""Each payment rule as one complete Dutch sentence (B1): who pays whom, how much, for what,
measured how, with what proof, up to what, and what happens below 10 people."""

from fractions import Fraction
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from wijkkracht.businesscase.templatetags.businesscase import euro
from wijkkracht.contracts.metrics import slots, source_label
from wijkkracht.contracts.models import PaymentRule, RuleKind


def _euro(raw: Any) -> str:
    return euro(Fraction(str(raw)))


def _number(raw: Any) -> str:
    """A count or a rate as the reader's language writes it: 4.595 or 0,005 in Dutch."""
    value = Fraction(str(raw))
    if value.denominator == 1:
        return number_format(value.numerator, force_grouping=True)
    return number_format(float(value))


def _percent(raw: Any) -> str:
    return f"{_number(Fraction(str(raw)) * 100)} %"


def _measured(rule: PaymentRule) -> str:
    """Where the bound inputs come from: " Wijkkracht telt dit: …" for what is achieved."""
    labels = {slot.path: slot.label for slot in slots(rule.kind, rule.parameters)}
    text = ""
    for path, code in rule.bindings.items():
        if path.startswith("rates["):
            continue  # the population sentence names its counts' source itself
        if path == "achieved":
            text += _(" Wijkkracht telt dit: %(metric)s.") % {"metric": source_label(code)}
        else:
            text += _(" Voor %(what)s telt: %(source)s.") % {
                "what": labels.get(path, path),
                "source": source_label(code),
            }
    return text


def _evidence(rule: PaymentRule) -> str:
    return _(" Bewijs: %(evidence)s.") % {"evidence": rule.evidence} if rule.evidence else ""


def _rate_card(rule: PaymentRule, p: dict[str, Any], who: dict[str, str]) -> str:
    unit = rule.unit or _("resultaat")
    text = _("%(payer)s betaalt %(recipient)s %(price)s per %(unit)s") % {
        **who,
        "price": _euro(p["price"]),
        "unit": unit,
    }
    if Fraction(str(p.get("baseline", 0))):
        text += _(" boven de eerste %(baseline)s") % {"baseline": _number(p["baseline"])}
    if p.get("cap") is not None:
        text += _(", samen ten hoogste %(cap)s") % {"cap": _euro(p["cap"])}
    text += "."
    fallback = Fraction(str(p.get("fallback", 0)))
    if fallback:
        text += _(
            " Zijn het er 1 tot 9, dan betaalt %(payer)s %(fallback)s, zodat niemand herkenbaar is."
        ) % {**who, "fallback": _euro(fallback)}
    else:
        text += _(" Zijn het er 1 tot 9, dan wordt er niets betaald, zodat niemand herkenbaar is.")
    return text


def _quantity_quality(rule: PaymentRule, p: dict[str, Any], who: dict[str, str]) -> str:
    parts = [
        _("%(count)s keer %(price)s") % {"count": _number(q["count"]), "price": _euro(q["price"])}
        for q in p.get("quantities", [])
    ]
    text = _("%(payer)s betaalt %(recipient)s voor wat geleverd is: %(parts)s") % {
        **who,
        "parts": " + ".join(parts) or _("niets"),
    }
    if p.get("ceiling") is not None:
        text += _(", samen ten hoogste %(ceiling)s") % {"ceiling": _euro(p["ceiling"])}
    text += "."
    if Fraction(str(p.get("quality_budget", 0))):
        text += _(
            " Daarbij komt tot %(budget)s naar de gemiddelde kwaliteitsscore (0 tot 100)."
        ) % {"budget": _euro(p["quality_budget"])}
    return text


def _shared_savings(rule: PaymentRule, p: dict[str, Any], who: dict[str, str]) -> str:
    how = (
        _("vanaf de eerste euro")
        if p["mode"] == "first_euro"
        else _("alleen over wat boven die drempel bespaard is")
    )
    text = _(
        "%(payer)s deelt %(share)s van de besparing met %(recipient)s: de zorgkosten per persoon "
        "zijn vergeleken met %(benchmark)s, voor %(exposure)s personen. Dat geldt als de "
        "besparing minstens %(minimum)s is, en dan %(how)s, maal de kwaliteitsfactor %(quality)s"
    ) % {
        **who,
        "share": _percent(p["sharing_rate"]),
        "benchmark": _euro(p["benchmark"]),
        "exposure": _number(p["exposure"]),
        "minimum": _percent(p["minimum_savings_rate"]),
        "how": how,
        "quality": _number(p.get("quality_factor", 1)),
    }
    if p.get("cap_share") is not None:
        text += _(", ten hoogste %(cap)s van de totale norm") % {"cap": _percent(p["cap_share"])}
    return text + "."


def _population(rule: PaymentRule, p: dict[str, Any], who: dict[str, str]) -> str:
    unit = rule.unit or _("inwoners")
    parts = []
    for index, r in enumerate(p.get("rates", [])):
        bound = rule.bindings.get(f"rates[{index}].count")
        count = source_label(bound) if bound else f"{_number(r['count'])} {unit}"
        parts.append(
            _("%(rate)s voor elk van de %(count)s") % {"rate": _euro(r["rate"]), "count": count}
        )
    text = _("%(payer)s betaalt %(recipient)s een vast bedrag van %(base)s") % {
        **who,
        "base": _euro(p.get("base", 0)),
    }
    if parts:
        text += _(" plus %(parts)s") % {"parts": _(" en ").join(parts)}
    return text + "."


_SENTENCES = {
    RuleKind.RATE_CARD: _rate_card,
    RuleKind.QUANTITY_QUALITY: _quantity_quality,
    RuleKind.SHARED_SAVINGS: _shared_savings,
    RuleKind.POPULATION: _population,
}


def rule_sentence(rule: PaymentRule) -> str:
    who = {"payer": rule.payer.name, "recipient": rule.recipient.name}
    text = _SENTENCES[RuleKind(rule.kind)](rule, rule.parameters, who)
    return text + _measured(rule) + _evidence(rule)
