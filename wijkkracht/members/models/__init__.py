"""Members, their consents, contributions, mandates and payments."""

from wijkkracht.members.models.applications import (
    Application,
    ApplicationStatus,
    ApplicationVia,
)
from wijkkracht.members.models.consents import Consent, ConsentText, ConsentTopic, ConsentVia
from wijkkracht.members.models.contributions import (
    Contribution,
    ContributionLine,
    ContributionRule,
    ContributionStatus,
    LineKind,
)
from wijkkracht.members.models.members import EndReason, Member, MemberImport, RateKind
from wijkkracht.members.models.payments import (
    Creditor,
    DebitDelegation,
    DebitRun,
    Mandate,
    Payment,
    PaymentMethod,
)

__all__ = [
    "Application",
    "ApplicationStatus",
    "ApplicationVia",
    "Consent",
    "ConsentText",
    "ConsentTopic",
    "ConsentVia",
    "Contribution",
    "ContributionLine",
    "ContributionRule",
    "ContributionStatus",
    "Creditor",
    "DebitDelegation",
    "DebitRun",
    "EndReason",
    "LineKind",
    "Mandate",
    "Member",
    "MemberImport",
    "Payment",
    "PaymentMethod",
    "RateKind",
]
