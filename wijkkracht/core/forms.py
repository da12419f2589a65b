from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from wijkkracht.core.models import Collective, Federation, LegalForm, Person, RoleName
from wijkkracht.core.services.collectives import PUBLIC_FIELDS
from wijkkracht.core.services.people import PERSON_FIELDS

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

# The browser's own date and time pickers, with values in the format they expect.
DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME_WIDGET = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")


class SheetUploadForm(forms.Form):
    """One spreadsheet, at most 10 MB; subclasses give the field its label."""

    file = forms.FileField(widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}))

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Het bestand is groter dan 10 MB."))
        return upload


class LoginForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mailadres"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        label=_("Wachtwoord"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class TokenForm(forms.Form):
    token = forms.RegexField(
        label=_("Code uit de app (6 cijfers)"),
        regex=r"^\d{6}$",
        error_messages={"invalid": _("Vul de 6 cijfers in die de app nu laat zien.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "maxlength": "6"}
        ),
    )


# What browsers may fill in for a person's fields (WCAG 1.3.5, identify input purpose).
PERSON_AUTOCOMPLETE = {
    "given_name": "given-name",
    "family_name": "family-name",
    "email": "email",
    "phone": "tel",
    "street": "address-line1",
    "postcode": "postal-code",
    "city": "address-level2",
}


def autocomplete_set(form: forms.BaseForm) -> None:
    for name, value in PERSON_AUTOCOMPLETE.items():
        form.fields[name].widget.attrs["autocomplete"] = value


class PersonForm(forms.ModelForm):
    roles = forms.MultipleChoiceField(
        label=_("Rollen"),
        choices=RoleName.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Person
        fields = PERSON_FIELDS
        help_texts = {
            "email": _("Veel bewoners hebben geen e-mail. Dat is niet erg."),
            "postcode": _("Bijvoorbeeld 7915 AB."),
        }
        widgets = {"contact_preference": forms.RadioSelect}

    def __init__(self, *args: Any, with_roles: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not with_roles:
            del self.fields["roles"]
        autocomplete_set(self)

    def _post_clean(self) -> None:
        # The service validates the model (after normalising the postcode); the form only
        # checks the shape of each field.
        pass


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Rol"), choices=RoleName.choices)
    action = forms.ChoiceField(choices=[("grant", "grant"), ("revoke", "revoke")])


class CollectiveForm(forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=200)
    slug = forms.SlugField(
        label=_("Korte naam in de link"),
        help_text=_("Kleine letters, cijfers en streepjes. Bijvoorbeeld: dorpskracht-veldhoek."),
    )
    legal_form = forms.ChoiceField(label=_("Rechtsvorm"), choices=LegalForm.choices)
    kvk_number = forms.CharField(label=_("KvK-nummer"), max_length=8, required=False)
    area_codes = forms.CharField(
        label=_("CBS-codes van de buurten of wijken"),
        required=False,
        help_text=_("Met komma's ertussen. Bijvoorbeeld: BU03440111, BU03440112."),
    )
    federation = forms.ModelChoiceField(
        label=_("Stadscoöperatie of koepel"), queryset=Federation.objects.all(), required=False
    )
    coordinator_name = forms.CharField(label=_("Naam van de eerste coördinator"), max_length=200)
    coordinator_email = forms.EmailField(label=_("E-mailadres van de eerste coördinator"))

    def clean_area_codes(self) -> list[str]:
        raw: str = self.cleaned_data["area_codes"]
        return [code.strip().upper() for code in raw.split(",") if code.strip()]

    def clean_slug(self) -> str:
        slug: str = self.cleaned_data["slug"]
        if Collective.objects.filter(slug=slug).exists():
            raise forms.ValidationError(_("Deze korte naam is al in gebruik."))
        return slug


class CollectivePublicForm(forms.ModelForm):
    class Meta:
        model = Collective
        fields = PUBLIC_FIELDS
        widgets = {"about": forms.Textarea(attrs={"rows": 4})}

    def _post_clean(self) -> None:
        pass  # the service validates the collective
