from wijkkracht.participation.models.budget import Ballot, Budget, Channel, Invitation, Phase, Rule
from wijkkracht.participation.models.consultations import AnnouncedBy, Consultation
from wijkkracht.participation.models.dialogues import Dialogue, Meeting, Priority
from wijkkracht.participation.models.proposals import Proposal, ProposalUpdate, Status, Support
from wijkkracht.participation.models.surveys import (
    Kind,
    Per,
    Purpose,
    Question,
    Response,
    Survey,
    SurveyStatus,
)

__all__ = [
    "AnnouncedBy",
    "Ballot",
    "Budget",
    "Channel",
    "Consultation",
    "Dialogue",
    "Invitation",
    "Kind",
    "Meeting",
    "Per",
    "Phase",
    "Priority",
    "Proposal",
    "ProposalUpdate",
    "Purpose",
    "Question",
    "Response",
    "Rule",
    "Status",
    "Support",
    "Survey",
    "SurveyStatus",
]
