"""The yes/no link in a volunteer's e-mail: a signed assignment id, valid for two weeks.

The link carries no name or address, and answering it shows only what the volunteer needs.
"""

from django.core import signing

SALT = "wijkkracht.help.answer"
MAX_AGE = 14 * 24 * 3600


def answer_token(assignment_id: int) -> str:
    return signing.dumps(assignment_id, salt=SALT)


def answer_token_read(token: str) -> int | None:
    try:
        value = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
