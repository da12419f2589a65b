"""Dutch words as the search reads them: split, lower-cased, without stop words, stemmed.

This is the analysis of PostgreSQL's "dutch" text search configuration — its Snowball stemmer and
its stop words — done in Python, so SQLite and PostgreSQL index exactly the same terms. A test on
PostgreSQL checks that the two agree (hyphenated words aside, see `words`).
"""

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

# A word, or a chain of words with hyphens ("wmo-loket", "tafeltje-dek-je").
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_STOP_WORDS = frozenset(
    line.strip()
    for line in (Path(__file__).parent / "data" / "dutch.stop").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)


def words(text: str) -> list[str]:
    """The lower-cased words of a text, stop words left out.

    A hyphenated word counts as its parts and as one word without the hyphens, so "Wmo-loket"
    is found by "wmo", "loket" and "wmoloket". (PostgreSQL keeps the hyphen in the whole word;
    that is the one place where this analyser differs from its "dutch" configuration.)
    """
    found = []
    for token in _WORD.findall(text.lower()):
        parts = token.split("-")
        if len(parts) > 1:
            parts.append("".join(parts))
        found += [word for word in parts if word not in _STOP_WORDS]
    return found


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import snowballstemmer  # loaded on first use: it imports the stemmers of 30 languages

    return snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def terms(text: str) -> list[str]:
    """The index terms of a text, in order, repeats kept."""
    return [stem(word) for word in words(text)]
