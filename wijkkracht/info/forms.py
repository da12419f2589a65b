from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.forms import DATE_WIDGET, TIME_WIDGET, SheetUploadForm
from wijkkracht.info.models import Article, Organisation, Service, WalkInHour

TEXT_AREA = forms.Textarea(attrs={"rows": 4})
MIN_SYNONYMS = 2


class ServiceMadeForm(forms.ModelForm):
    """A form whose model the service layer validates and saves."""

    def _post_clean(self) -> None:
        pass

    def fields_for_service(self) -> dict[str, Any]:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}  # type: ignore[attr-defined]


class OrganisationForm(ServiceMadeForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = (
            "name",
            "kind",
            "description",
            "phone",
            "email",
            "website",
            "address",
            "opening_hours",
            "step_free",
            "hearing_loop",
            "accessible_toilet",
        )
        widgets = {"description": TEXT_AREA, "opening_hours": forms.Textarea(attrs={"rows": 2})}


class ServiceForm(ServiceMadeForm):
    class Meta:
        model = Service
        fields = ("name", "need", "description", "how_to", "cost", "public")
        widgets = {"description": TEXT_AREA, "how_to": forms.Textarea(attrs={"rows": 2})}


class WalkInForm(ServiceMadeForm):
    class Meta:
        model = WalkInHour
        fields = ("weekday", "starts_at", "ends_at", "location", "hosts", "note")
        widgets = {"starts_at": TIME_WIDGET, "ends_at": TIME_WIDGET}


class ArticleForm(ServiceMadeForm):
    class Meta:
        model = Article
        fields = ("kind", "title", "summary", "body", "need", "public", "published_on")
        widgets = {"body": forms.Textarea(attrs={"rows": 10}), "published_on": DATE_WIDGET}


class SynonymForm(forms.Form):
    words = forms.CharField(
        label=_("Woorden met dezelfde betekenis"),
        max_length=500,
        help_text=_(
            "Zet een komma tussen de woorden. Bijvoorbeeld: rollator, rolstoel, hulpmiddel."
        ),
    )

    def clean_words(self) -> str:
        words = [word.strip() for word in self.cleaned_data["words"].split(",") if word.strip()]
        if len(words) < MIN_SYNONYMS:
            raise forms.ValidationError(_("Schrijf minstens twee woorden, met een komma ertussen."))
        return ", ".join(words)


class UploadForm(SheetUploadForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].label = _("Bestand met de sociale kaart")
        self.fields["file"].help_text = _(
            "Een Excel-bestand (.xlsx) of een CSV-bestand. "
            "De eerste rij heeft de namen van de kolommen."
        )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Waar zoekt u hulp bij?"), max_length=200, required=False)
