"""E-mail addresses as people have them, letters like ö before the @ included (RFC 6531).

Django's check refuses "jöris@voorbeeld.nl" (it takes ö only after the @); a resident's
address is theirs to choose, so persons' addresses use these instead.
"""

import re
from typing import Any

from django import forms
from django.core.validators import EmailValidator
from django.db import models


class InternationalEmailValidator(EmailValidator):
    user_regex = re.compile(r"^[\w!#$%&'*+/=?^`{|}~-]+(\.[\w!#$%&'*+/=?^`{|}~-]+)*\Z")


validate_international_email = InternationalEmailValidator()


class InternationalEmailFormField(forms.EmailField):
    default_validators = [validate_international_email]


class InternationalEmailField(models.EmailField):
    default_validators = [validate_international_email]

    def formfield(self, **kwargs: Any) -> Any:
        return super().formfield(**{"form_class": InternationalEmailFormField, **kwargs})
