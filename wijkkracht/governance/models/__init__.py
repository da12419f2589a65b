"""The rules of the game as versioned documents with their parameters, the members' meeting
(ALV) with its agenda, attendance, proxies and votes, the decisions it took and their
follow-up, the minutes, members' requests, and the year's accounts."""

from wijkkracht.governance.models.accounts import (
    Accounts,
    AccountsCheck,
    AccountsLine,
    Section,
)
from wijkkracht.governance.models.follow_ups import (
    FollowUp,
)
from wijkkracht.governance.models.meetings import (
    AgendaItem,
    Attendance,
    AttendanceVia,
    Meeting,
    Proxy,
    ProxyVia,
)
from wijkkracht.governance.models.minutes import (
    Amendment,
    MeetingRequest,
    Minutes,
    MinutesStatus,
    Signature,
)
from wijkkracht.governance.models.rules import (
    SHARE,
    DecisionType,
    DocumentKind,
    MajorityRule,
    RulesVersion,
)
from wijkkracht.governance.models.votes import (
    Channel,
    Choice,
    Decision,
    SecretVote,
    Tally,
    Vote,
)

__all__ = [
    "SHARE",
    "Accounts",
    "AccountsCheck",
    "AccountsLine",
    "AgendaItem",
    "Amendment",
    "Attendance",
    "AttendanceVia",
    "Channel",
    "Choice",
    "Decision",
    "DecisionType",
    "DocumentKind",
    "FollowUp",
    "MajorityRule",
    "Meeting",
    "MeetingRequest",
    "Minutes",
    "MinutesStatus",
    "Proxy",
    "ProxyVia",
    "RulesVersion",
    "SecretVote",
    "Section",
    "Signature",
    "Tally",
    "Vote",
]
