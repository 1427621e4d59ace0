"""The data model: every pipeline stage reads and writes these types, nothing else.

Stages and what they set:
  ingest  -> Article (doc id, text with the title as first line, pub date, language)
  nlp     -> Sentence (character spans into Article.text; Token lists made on use)
  actors  -> Mention (an actor named in a sentence: code, sector, span, matched entry)
  events  -> Event (PLOVER type/mode, CAMEO, Goldstein, source/target ActorRefs,
             status, date, attribution, evidence sentence)

Offsets are character offsets into ``Article.text`` unless a field says otherwise.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date as _date
from functools import cache
from typing import NamedTuple

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
STATUSES: tuple[str, ...] = ("asserted", "alleged", "denied", "intended", "negated")
SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "LEG", "JUD", "COP", "MED", "BUS", "OPP", "REB", "CVL", "IGO",
)
UNKNOWN_CODE = "---"


def _constructor_call(obj: object) -> tuple:
    """``__reduce__`` of a slots dataclass: a call of its constructor. Workers send every mention,
    event and quote back to the parent, and the generated slots state functions load several times slower."""
    return type(obj), tuple(getattr(obj, name) for name in _init_fields(type(obj)))


@cache
def _init_fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls) if f.init)


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """'day', 'month' or 'year'."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        """ISO 8601 at the date's own precision: YYYY, YYYY-MM or YYYY-MM-DD."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def as_date(self) -> _date | None:
        """The full date, or None below day precision."""
        if self.month is None or self.day is None:
            return None
        return _date(self.year, self.month, self.day)

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """Read 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or a longer ISO timestamp; None if invalid."""
        if not text:
            return None
        parts = str(text).strip()[:10].split("-")
        try:
            numbers = [int(p) for p in parts if p]
        except ValueError:
            return None
        if not numbers or not 1000 <= numbers[0] <= 9999:
            return None
        try:
            if len(numbers) >= 3:
                _date(numbers[0], numbers[1], numbers[2])
                return cls(numbers[0], numbers[1], numbers[2])
            if len(numbers) == 2 and 1 <= numbers[1] <= 12:
                return cls(numbers[0], numbers[1])
        except ValueError:
            return None
        return cls(numbers[0]) if len(numbers) == 1 else None

    @classmethod
    def of(cls, day: _date) -> PartialDate:
        """A day-precision PartialDate from a datetime.date."""
        return cls(day.year, day.month, day.day)


@dataclass(frozen=True, slots=True)
class Article:
    """One input document. ``text`` is the whole document, title first when there is one."""

    doc: str
    text: str
    title: str | None = None
    pub_date: PartialDate | None = None
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same content is stored once."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class Token(NamedTuple):
    """A token; ``start``/``end`` are offsets into Article.text (a named tuple: every sentence makes
    dozens, and a tuple is built several times faster than a frozen dataclass)."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    """A sentence of an article; ``start``/``end`` are offsets into Article.text.

    ``tokens`` and ``words`` are made on first use: most sentences of an article are only
    screened by their words, and only those that may tell an event are tagged token by token.
    """

    index: int
    text: str
    start: int
    end: int
    # paragraph number (0-based), so coreference can prefer the same paragraph
    paragraph: int = 0
    _tokens: list[Token] | None = field(default=None, repr=False, compare=False)
    _words: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def tokens(self) -> list[Token]:
        """The sentence's tokens with offsets into Article.text (nlp.tokenize)."""
        if self._tokens is None:
            from .nlp.tokens import tokenize  # the model module stays free of stage imports

            self._tokens = tokenize(self.text, self.start)
        return self._tokens

    @property
    def words(self) -> list[str]:
        """The texts of the sentence's tokens, without building the tokens."""
        if self._words is None:
            if self._tokens is not None:
                self._words = [t.text for t in self._tokens]
            else:
                from .nlp.tokens import token_texts

                self._words = token_texts(self.text)
        return self._words

    def forget_tokens(self) -> None:
        """Drop the tokens and words made so far (they are made again on use)."""
        self._tokens = self._words = None

    def __reduce__(self) -> tuple:
        # pickled as a constructor call without tokens: workers send every sentence back to the parent,
        # and the generated slots state functions are several times slower
        return Sentence, (self.index, self.text, self.start, self.end, self.paragraph)


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in a sentence, resolved to a code by the actor knowledge base.

    ``kind`` tells how it was named: 'state', 'adjective', 'demonym', 'capital',
    'organisation', 'person', 'role', 'media', 'group', 'pronoun'.
    ``entry`` is the id of the knowledge-base entry that matched (for `actors explain`), or how
    the article's context resolved it ('context:place', 'context:story-state', 'coref:...').
    ``use`` says what the words do in the sentence: 'actor' (a participant), 'place' ("in
    Berlin": where something happens), 'topic' ("Streit um Grönland"), 'modifier' ("Drohnen
    iranischer Bauart") or 'addressee' (the outlet a statement went to: "sagte der
    Nachrichtenagentur AFP"); ``why`` is
    the context resolution's explanation ('' for a plain match).
    """

    __reduce__ = _constructor_call

    sentence: int
    start: int
    end: int
    text: str
    code: str
    sector: str | None = None
    kind: str = "state"
    entry: str = ""
    name: str | None = None
    use: str = "actor"
    why: str = ""


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as it stands in an event: code, the words of the sentence, sector."""

    __reduce__ = _constructor_call

    code: str
    text: str = ""
    sector: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        """The contract's actor object."""
        return {"code": self.code, "text": self.text, "sector": self.sector}


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened, geocoded offline."""

    __reduce__ = _constructor_call

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "country"  # 'city', 'region' or 'country'
    geonames_id: int | None = None
    admin1: str | None = None
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        """The contract's location object."""
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "precision": self.precision, "geonames_id": self.geonames_id}


@dataclass(slots=True)
class Event:
    """One coded event, with its evidence sentence and provenance."""

    __reduce__ = _constructor_call

    doc: str
    sentence_index: int
    sentence: str
    type: str
    mode: str | None = None
    cameo: str = ""
    goldstein: float | None = None
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    status: str = "asserted"
    date: PartialDate | None = None
    reported_by: list[str] = field(default_factory=list)
    trigger: str = ""
    trigger_start: int | None = None
    trigger_end: int | None = None
    confidence: float = 0.5
    rule: str = ""
    location: Location | None = None

    @property
    def event_id(self) -> str:
        """A stable id from doc, sentence, type, actors and status."""
        key = "|".join([
            self.doc, str(self.sentence_index), self.type, self.mode or "",
            ",".join(a.code for a in self.source), ",".join(a.code for a in self.target),
            self.status, self.trigger,
        ])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_contract(self) -> dict:
        """The event as one line of the contract's JSONL export."""
        return {
            "doc": self.doc,
            "sentence": self.sentence,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "source": [a.to_json() for a in self.source],
            "target": [a.to_json() for a in self.target],
            "status": self.status,
            "date": self.date.iso() if self.date else None,
            "reported_by": list(self.reported_by),
            "trigger": self.trigger,
            "location": self.location.to_json() if self.location else None,
            "goldstein": self.goldstein,
            "confidence": round(self.confidence, 3),
            "event_id": self.event_id,
        }


@dataclass(slots=True)
class AnalysedArticle:
    """An article after the pipeline: its sentences, actor mentions and events."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    skipped: str | None = None  # why the article was not coded (e.g. unsupported language)
    quotes: list[Quote] = field(default_factory=list)  # direct and indirect speech (fusion.quotes)
    signature: tuple[int, ...] | None = None  # MinHash of the word shingles (fusion.duplicates)


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct or indirect speech in a sentence, with its speaker resolved to an actor.

    ``kind`` is 'direct' (words in quotation marks) or 'indirect' (reported speech:
    "X erklärte, dass …", "laut X", Konjunktiv). ``start``/``end`` delimit the quoted
    words in Article.text; ``cue`` is the reporting word that attributes them.
    """

    __reduce__ = _constructor_call

    doc: str
    sentence_index: int
    sentence: str
    text: str
    kind: str
    speaker: ActorRef | None = None
    cue: str = ""
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        """The quote as a JSON object."""
        return {"doc": self.doc, "sentence_index": self.sentence_index, "sentence": self.sentence,
                "text": self.text, "kind": self.kind, "cue": self.cue,
                "speaker": self.speaker.to_json() if self.speaker else None}


@dataclass(slots=True)
class EventCluster:
    """Events from one or more reports that describe the same happening (set by fusion).

    ``reports`` counts distinct articles, ``sources`` distinct outlets (article source,
    else the document), ``independent`` the reports left after folding near-duplicate
    articles into one. Dates are ISO at their own precision.
    """

    cluster_id: str
    type: str
    mode: str | None
    source_codes: list[str]
    target_codes: list[str]
    status: str
    date: str | None
    canonical_event_id: str
    canonical_sentence: str
    members: list[str] = field(default_factory=list)   # event ids, earliest report first
    docs: list[str] = field(default_factory=list)
    reports: int = 0
    sources: int = 0
    independent: int = 0
    first_report: str | None = None
    last_report: str | None = None


@dataclass(slots=True)
class ClaimLink:
    """An event that takes part in a claim thread, with its role in it.

    ``role``: 'claim' (the accusation), 'content' (the alleged event), 'denial',
    'confirmation' or 'counter' (a counter-accusation by the accused).
    """

    event_id: str
    doc: str
    role: str
    actors: list[str]
    status: str
    report_date: str | None = None
    event_date: str | None = None
    sentence: str = ""


@dataclass(slots=True)
class Claim:
    """A claim thread: an allegation about (accused, content type) and what answered it."""

    claim_id: str
    claimants: list[str]
    accused: list[str]
    content_type: str
    content_target: list[str]
    first_seen: str | None
    last_seen: str | None
    links: list[ClaimLink] = field(default_factory=list)
