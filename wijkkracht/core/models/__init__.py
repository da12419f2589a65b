"""The core models: tenants, people, roles and the logs every service writes."""

from wijkkracht.core.models.base import SheetUpload, TenantModel
from wijkkracht.core.models.jobs import Job, JobStatus
from wijkkracht.core.models.logs import AccessEntry, AuditEntry, LoginFailure, ReleasedValue
from wijkkracht.core.models.people import (
    ApiToken,
    ContactPreference,
    FederationStaff,
    NameAndAddress,
    Person,
    Role,
    RoleName,
    User,
)
from wijkkracht.core.models.queue import PendingTask, ScheduledRun
from wijkkracht.core.models.tenancy import (
    Area,
    AreaKind,
    Collective,
    DataVersion,
    Federation,
    LegalForm,
)

__all__ = [
    "AccessEntry",
    "ApiToken",
    "Area",
    "AreaKind",
    "AuditEntry",
    "Collective",
    "ContactPreference",
    "DataVersion",
    "Federation",
    "FederationStaff",
    "Job",
    "JobStatus",
    "LegalForm",
    "LoginFailure",
    "NameAndAddress",
    "PendingTask",
    "Person",
    "ReleasedValue",
    "Role",
    "RoleName",
    "ScheduledRun",
    "SheetUpload",
    "TenantModel",
    "User",
]
