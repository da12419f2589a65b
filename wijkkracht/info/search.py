"""Search the information point the way an elderly resident types: with typos, other words and
long Dutch compounds.

One pipeline for both databases:
1. the query is read by the Dutch analyser (`text.py`) into stems;
2. a stem nobody has in the index is corrected to the nearest stem of the collective's
   vocabulary (or of a synonym), or split into two known words ("belastingaangifte");
3. each stem widens to its synonyms;
4. the database finds the entries that have every word (or, failing that, some word): a GIN
   index on PostgreSQL, an FTS5 table on SQLite, both over the same analysed terms;
5. the hits are ranked here — title words count most, the typed word more than a synonym — and
   grouped by need.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.db import connection
from django.db.models import BooleanField, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Length
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from wijkkracht.info.models import SearchEntry, SearchWord, SynonymGroup
from wijkkracht.info.text import stem, words

MAX_WORDS = 8
# A typo may be one edit in a short word, two in a longer one.
LONG_WORD = 8


@dataclass(frozen=True)
class Slot:
    """One word of the query: the stems that count as it, the typed one first."""

    typed: str
    stems: tuple[str, ...]


@dataclass
class ParsedQuery:
    slots: list[Slot] = field(default_factory=list)
    corrections: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Hit:
    kind: str
    object_id: int
    score: int


@dataclass
class Found:
    query: ParsedQuery
    hits: list[Hit]
    partial: bool = False


@lru_cache(maxsize=1)
def default_synonyms() -> tuple[tuple[str, ...], ...]:
    path = Path(__file__).parent / "data" / "synonyms.txt"
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            groups.append(tuple(word.strip() for word in line.split(",") if word.strip()))
    return tuple(groups)


@dataclass
class Synonyms:
    """For each stem, the stems that mean the same (itself included), and a word it is spelled
    as, to show back when a typo is corrected to it."""

    meaning: dict[str, set[str]] = field(default_factory=dict)
    spelled: dict[str, str] = field(default_factory=dict)


def synonyms_read() -> Synonyms:
    """The standard synonyms and the collective's own."""
    groups = list(default_synonyms())
    groups += [tuple(g.split(",")) for g in SynonymGroup.objects.values_list("words", flat=True)]
    synonyms = Synonyms()
    for group in groups:
        spelled = {stem(word): word for part in group for word in words(part)}
        synonyms.spelled.update(spelled)
        for one in spelled:
            synonyms.meaning.setdefault(one, set()).update(spelled)
    return synonyms


def query_parse(text: str) -> ParsedQuery:
    """Read a search query into slots of stems; correct and split what the index does not know."""
    typed = list(dict.fromkeys(words(text)))[:MAX_WORDS]
    parsed = ParsedQuery()
    if not typed:
        return parsed
    synonyms = synonyms_read()
    stems = [stem(word) for word in typed]
    known = set(SearchWord.objects.filter(stem__in=stems).values_list("stem", flat=True))
    known |= synonyms.meaning.keys() & set(stems)
    for word, word_stem in zip(typed, stems, strict=True):
        if word_stem in known:
            parsed.slots.append(_slot(word, word_stem, synonyms))
            continue
        nearest = _nearest(word_stem, synonyms)
        if nearest is not None:
            parsed.corrections.append((word, nearest[1]))
            parsed.slots.append(_slot(word, nearest[0], synonyms))
            continue
        parts = _split(word)
        if parts:
            parsed.corrections.append((word, " ".join(part for part, _ in parts)))
            parsed.slots += [_slot(part, part_stem, synonyms) for part, part_stem in parts]
            continue
        parsed.slots.append(Slot(word, (word_stem,)))
    return parsed


def _slot(word: str, word_stem: str, synonyms: Synonyms) -> Slot:
    """The stem first, then the stems that mean the same."""
    others = sorted(synonyms.meaning.get(word_stem, set()) - {word_stem})
    return Slot(word, (word_stem, *others))


def _nearest(word_stem: str, synonyms: Synonyms) -> tuple[str, str] | None:
    """The closest known stem and a word it stands for, within the typo allowance."""
    allowed = 2 if len(word_stem) >= LONG_WORD else 1
    length = len(word_stem)
    vocabulary = dict(
        SearchWord.objects.alias(length=Length("stem"))
        .filter(length__gte=length - allowed, length__lte=length + allowed)
        .values_list("stem", "word")
    )
    for one, spelled in synonyms.spelled.items():
        vocabulary.setdefault(one, spelled)
    if not vocabulary:
        return None
    candidates = sorted(vocabulary)
    matches = process.extract(
        word_stem, candidates, scorer=Levenshtein.distance, score_cutoff=allowed, limit=5
    )
    if not matches:
        return None
    # Fewest edits first; then a word that starts alike; then the alphabet, for a fixed answer.
    best = min(matches, key=lambda m: (m[1], m[0][:1] != word_stem[:1], m[0]))[0]
    return best, vocabulary[best]


def _forms(part: str) -> list[str]:
    """A word and its Dutch plurals (-en, -s, -en with a doubled consonant: klus → klussen),
    because the index may hold a part only in its plural."""
    return [part, f"{part}en", f"{part}s", f"{part}{part[-1]}en"]


def _split(word: str) -> list[tuple[str, str]]:
    """A compound the index only has in parts: "klushulp" → klussen + hulp."""
    splits = [(word[:i], word[i:]) for i in range(3, len(word) - 2)]
    if not splits:
        return []
    wanted = {stem(form) for pair in splits for part in pair for form in _forms(part)}
    known = set(SearchWord.objects.filter(stem__in=wanted).values_list("stem", flat=True))

    def found(part: str) -> tuple[str, str] | None:
        return next(((form, stem(form)) for form in _forms(part) if stem(form) in known), None)

    for left, right in splits:
        left_found, right_found = found(left), found(right)
        if left_found and right_found:
            return [left_found, right_found]
    return []


def entries_matching(slots: Sequence[Slot], *, every: bool, public_only: bool) -> QuerySet:
    """The collective's entries that hold every slot (or any slot), through the database's index."""
    entries = SearchEntry.objects.all()
    if public_only:
        entries = entries.filter(public=True)
    if connection.vendor == "postgresql":
        joiner = " & " if every else " | "
        expression = joiner.join(
            "(" + " | ".join(f"'{one}'" for one in slot.stems) + ")" for slot in slots
        )
        return entries.filter(
            RawSQL(
                "info_searchentry.vector @@ to_tsquery('simple', %s)",
                [expression],
                output_field=BooleanField(),
            )
        )
    joiner = " AND " if every else " OR "
    expression = joiner.join(
        "(" + " OR ".join(f'"{one}"' for one in slot.stems) + ")" for slot in slots
    )
    return entries.filter(
        pk__in=RawSQL(
            "SELECT rowid FROM info_searchentry_fts WHERE info_searchentry_fts MATCH %s",
            [expression],
        )
    )


def search(text: str, *, public_only: bool) -> Found:
    """Find and rank the collective's services and articles for a resident's query."""
    parsed = query_parse(text)
    if not parsed.slots:
        return Found(parsed, [])
    partial = False
    rows = _rows(entries_matching(parsed.slots, every=True, public_only=public_only))
    if not rows and len(parsed.slots) > 1:
        partial = True
        rows = _rows(entries_matching(parsed.slots, every=False, public_only=public_only))
    hits = [
        Hit(kind, object_id, _score(parsed.slots, title, body))
        for kind, object_id, title, body in rows
    ]
    hits.sort(key=lambda hit: (-hit.score, hit.kind, hit.object_id))
    return Found(parsed, hits, partial)


def _rows(entries: QuerySet) -> list[tuple[str, int, str, str]]:
    return list(entries.values_list("kind", "object_id", "title_terms", "terms"))


def _score(slots: Iterable[Slot], title_terms: str, body_terms: str) -> int:
    """Per word of the query: 4 in the title, 2 in the text, halved when only a synonym fits.

    Terms are looked up as " stem " in the space-padded text: no sets to build per row, which
    matters when a common word matches thousands of entries.
    """
    title, body = f" {title_terms} ", f" {body_terms} "
    score = 0
    for slot in slots:
        typed, others = f" {slot.stems[0]} ", [f" {one} " for one in slot.stems[1:]]
        if typed in title:
            score += 4
        elif typed in body or any(one in title for one in others):
            score += 2
        elif any(one in body for one in others):
            score += 1
    return score
