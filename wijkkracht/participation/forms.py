"""The forms of participation. Answer and ballot forms are built from the questions and the
projects, and the same form serves online and, with a code field, the paper entry."""

from typing import Any

from django import forms
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from wijkkracht.activities.selectors import activity_choices
from wijkkracht.core.forms import DATE_WIDGET
from wijkkracht.participation.models import (
    AnnouncedBy,
    Kind,
    Per,
    Proposal,
    Question,
    Rule,
    Status,
)
from wijkkracht.participation.services.surveys import SCALE

CODE_HELP = _("Staat op de brief, bijvoorbeeld ABCD-EFGH-JK.")


def code_field() -> forms.CharField:
    return forms.CharField(
        label=_("Code van het papier"),
        max_length=20,
        help_text=CODE_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )


class BudgetForm(forms.Form):
    title = forms.CharField(label=_("Naam"), max_length=200)
    description = forms.CharField(
        label=_("Uitleg voor de buurt"), widget=forms.Textarea, required=False
    )
    amount = forms.DecimalField(
        label=_("Budget in euro"), min_value=1, max_digits=12, decimal_places=2
    )
    rule = forms.ChoiceField(
        label=_("Hoe tellen we?"),
        choices=Rule.choices,
        initial=Rule.EQUAL_SHARES_ADD1,
        widget=forms.RadioSelect,
        help_text=_(
            "Gelijke delen geeft elke stemmer een even groot deel van het budget. Zo "
            "krijgen ook kleinere groepen iets."
        ),
    )


class PbUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Pabulib-bestand (.pb)"), widget=forms.ClearableFileInput(attrs={"accept": ".pb"})
    )


def _euro(amount: Any) -> str:
    # A non-breaking space keeps the euro sign with its amount when the label wraps.
    return f"€\u00a0{number_format(amount, 0, force_grouping=True)}"


class BallotForm(forms.Form):
    """Approve any number of projects; the buurt is asked so results can be shown per buurt."""

    def __init__(
        self,
        *args: Any,
        projects: list[Proposal],
        areas: list[tuple[str, str]],
        paper: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        if paper:
            self.fields["code"] = code_field()
        self.fields["approvals"] = forms.MultipleChoiceField(
            label=_("Voor welke plannen stemt u?"),
            help_text=_("Kies zoveel plannen als u wilt."),
            choices=[(p.project_code, f"{p.title} ({_euro(p.cost)})") for p in projects],
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )
        if areas:
            self.fields["area"] = forms.ChoiceField(
                label=_("In welke buurt woont u?"),
                choices=[("", _("Zeg ik liever niet")), *areas],
                required=False,
                widget=forms.RadioSelect,
            )


class ProposalForm(forms.Form):
    title = forms.CharField(label=_("Titel van uw idee"), max_length=200)
    description = forms.CharField(
        label=_("Wat is het idee?"),
        widget=forms.Textarea,
        help_text=_("Wat wilt u doen, voor wie, en wat is er voor nodig?"),
    )


class AssessForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Besluit"),
        choices=[
            (Status.FEASIBLE, Status.FEASIBLE.label),
            (Status.NOT_FEASIBLE, Status.NOT_FEASIBLE.label),
        ],
        widget=forms.RadioSelect,
    )
    cost = forms.DecimalField(
        label=_("Kosten in euro"), min_value=0, max_digits=12, decimal_places=2, required=False
    )
    reason = forms.CharField(
        label=_("Waarom?"), widget=forms.Textarea, help_text=_("Iedereen kan dit lezen.")
    )


class ProgressForm(forms.Form):
    written_on = forms.DateField(label=_("Datum"), widget=DATE_WIDGET)
    text = forms.CharField(label=_("Wat is er gebeurd?"), widget=forms.Textarea)
    done = forms.BooleanField(label=_("Het plan is klaar"), required=False)


class SurveyForm(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=200)
    intro = forms.CharField(label=_("Inleiding"), widget=forms.Textarea, required=False)
    per = forms.ChoiceField(
        label=_("Wie antwoordt?"), choices=Per.choices, widget=forms.RadioSelect, initial=Per.PERSON
    )
    anonymous = forms.BooleanField(
        label=_("Anoniem: de antwoorden staan los van de namen"), required=False, initial=True
    )


class QuestionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Soort vraag"), choices=Kind.choices, widget=forms.RadioSelect)
    text = forms.CharField(label=_("Vraag"), max_length=300)
    options = forms.CharField(
        label=_("Antwoorden"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_(
            "Elk antwoord op een eigen regel. Niet nodig bij een schaal of een open vraag."
        ),
    )

    def clean_options(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["options"].splitlines() if line.strip()]


SCALE_CHOICES = [(str(n), str(n)) for n in SCALE]


def _question_fields(question: Question) -> dict[str, forms.Field]:
    name, label = f"q{question.pk}", f"{question.position}. {question.text}"
    options = [(option, option) for option in question.options]
    if question.kind == Kind.CHOICE:
        return {
            name: forms.ChoiceField(
                label=label, choices=options, widget=forms.RadioSelect, required=False
            )
        }
    if question.kind == Kind.MULTIPLE:
        return {
            name: forms.MultipleChoiceField(
                label=label, choices=options, widget=forms.CheckboxSelectMultiple, required=False
            )
        }
    if question.kind == Kind.SCALE:
        return {
            name: forms.TypedChoiceField(
                label=label,
                choices=SCALE_CHOICES,
                coerce=int,
                widget=forms.RadioSelect,
                required=False,
                help_text=_("1 is heel slecht, 5 is heel goed."),
            )
        }
    if question.kind == Kind.OPEN:
        return {
            name: forms.CharField(
                label=label,
                widget=forms.Textarea(attrs={"rows": 3}),
                required=False,
                max_length=2000,
            )
        }
    places = [("", "-")] + [(str(n), str(n)) for n in range(1, len(question.options) + 1)]
    return {
        f"{name}_{index}": forms.ChoiceField(
            label=_("%(question)s: plaats van “%(option)s”")
            % {"question": label, "option": option},
            choices=places,
            required=False,
        )
        for index, option in enumerate(question.options)
    }


class AnswerForm(forms.Form):
    """The questionnaire; `answers()` gives what the service stores."""

    def __init__(
        self, *args: Any, questions: list[Question], paper: bool = False, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.questions = questions
        if paper:
            self.fields["code"] = code_field()
        for question in questions:
            self.fields.update(_question_fields(question))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for question in self.questions:
            if question.kind == Kind.RANKING:
                places = [cleaned.get(f"q{question.pk}_{i}") for i in range(len(question.options))]
                filled = [place for place in places if place]
                if (filled and sorted(filled) != sorted(set(filled))) or (
                    filled and len(filled) != len(places)
                ):
                    self.add_error(
                        f"q{question.pk}_0",
                        _("Geef elk antwoord een andere plaats, of laat de hele vraag leeg."),
                    )
        if not self.errors and not any(
            value not in (None, "", []) for value in self.answers().values()
        ):
            raise forms.ValidationError(
                _("Er is nog geen vraag beantwoord. Kies bij minstens één vraag een antwoord.")
            )
        return cleaned

    def answers(self) -> dict[int, Any]:
        found: dict[int, Any] = {}
        for question in self.questions:
            if question.kind == Kind.RANKING:
                places = {
                    option: self.cleaned_data.get(f"q{question.pk}_{i}")
                    for i, option in enumerate(question.options)
                }
                if all(places.values()):
                    found[question.pk] = sorted(places, key=lambda option: int(places[option] or 0))
            else:
                found[question.pk] = self.cleaned_data.get(f"q{question.pk}")
        return found


class DialogueForm(forms.Form):
    topic = forms.CharField(label=_("Onderwerp"), max_length=200)
    description = forms.CharField(
        label=_("Waar gaat het over?"), widget=forms.Textarea, required=False
    )


class MeetingForm(forms.Form):
    held_on = forms.DateField(label=_("Datum"), widget=DATE_WIDGET)
    place = forms.CharField(label=_("Plaats"), max_length=200, required=False)
    activity = forms.TypedChoiceField(
        label=_("Activiteit in de agenda"),
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_("Als de bijeenkomst in de agenda staat."),
    )
    notes = forms.CharField(label=_("Verslag"), widget=forms.Textarea, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", _("Geen")), *activity_choices()]
        self.fields["activity"].choices = choices  # type: ignore[attr-defined]


class PrioritiesForm(forms.Form):
    lines = forms.CharField(
        label=_("Prioriteiten van bewoners, de belangrijkste eerst"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Eén per regel. Na een dubbele punt mag een korte uitleg."),
    )
    publish = forms.BooleanField(label=_("Publiceren voor de hele buurt"), required=False)


class ConsultationForm(forms.Form):
    service = forms.CharField(
        label=_("Welke dienst wordt ingekocht?"),
        max_length=200,
        help_text=_("Bijvoorbeeld: huishoudelijke hulp in het dorp."),
    )
    announced_by = forms.ChoiceField(
        label=_("Wie koopt in?"), choices=AnnouncedBy.choices, widget=forms.RadioSelect
    )
    description = forms.CharField(
        label=_("Uitleg voor de bewoners"), widget=forms.Textarea, required=False
    )
    criteria = forms.CharField(
        label=_("Waar kunnen bewoners op letten?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Eén punt per regel, bijvoorbeeld: vaste hulp die u kent."),
    )

    def clean_criteria(self) -> list[str]:
        return [line.strip() for line in self.cleaned_data["criteria"].splitlines() if line.strip()]


class BidForm(forms.Form):
    bid_plan = forms.CharField(
        label=_("Ons biedplan"),
        widget=forms.Textarea,
        required=False,
        help_text=_("Wat biedt de coöperatie aan, en hoe past dat bij wat bewoners vragen?"),
    )
    bid_link = forms.URLField(
        label=_("Link naar de businesscase"),
        required=False,
        assume_scheme="https",
        help_text=_("Bijvoorbeeld de link naar het gepubliceerde rapport van uw businesscase."),
    )
