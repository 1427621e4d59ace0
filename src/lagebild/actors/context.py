"""Actor mentions in article context: what each mention does in its sentence, whom unnamed ones mean.

Recognition (ActorBase.recognise) sees one sentence. This stage reads an article's sentences
in order and

1. marks how a mention is used: 'place' after a locative preposition ("Festnahme in Berlin",
   "Ausreise nach Peking"), 'modifier' before a type noun ("Drohnen iranischer Bauart"),
   else 'actor'. Places stay in the list: the geocoder and the coder's "in" slot use them;
2. gives role phrases without a country ("die Polizei", "der Außenminister") a code: the
   person last named with that role, else the state where the sentence places the act,
   else the story's main state; unnamed people and craft ("einen Mann", "eine Drohne") stay
   '---' except a vessel or drone named before with a country ("das Schiff");
3. adds mentions for words that refer to earlier actors: "beide Seiten", "die
   Konfliktparteien" (of the last four actors, the two the story names most), "das Land", "die
   Regierung" (the story's main state), "die Gruppe" (the last group), "er" (the last
   person), "sie" (the last subject).

Every resolved mention says why: ``entry`` is 'context:place', 'context:story-state' or
'coref:…' and ``why`` explains it. The discourse memory and the description phrases are the
event coder's (events/coref.py, data/<lang>/cues.yaml), so both stages resolve alike.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from ..events.coref import (
    CLAUSE_BREAKS,
    STATE_KINDS,
    UNNAMED_ENTRY,
    UNNAMED_PERSON_SECTOR,
    CorefCues,
    Discourse,
    continent_of,
    match_description,
    named_in_clause_before,
    region_members_named,
    same_role_antecedent,
    thing_antecedent,
)
from ..model import UNKNOWN_CODE, Mention, Sentence
from ..resources import load_yaml
from .match import Tok, hyphen_at, tokens, words

# mention kinds that can name a place ("in Berlin", "nach Russland"); seats with a sector
# ("im Kreml", "im Pentagon") name the institution and stay actors
PLACE_KINDS = frozenset({"state", "capital", "city"})
# sectors of state bodies that act where the state is: a role of these without a country takes it
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
COORDINATION = frozenset({"und", ",", "sowie", "and", "&"})
CONTEXT_RESOLVED = ("context:", "coref:")
NEAR = "near: "  # the why of a place near the act (is_near)


# word lists of context.yaml that a language may leave empty (ContextCues fields of the same names)
OPTIONAL_WORDS = ("addressee_words", "addressee_verbs", "dative_articles", "reporter_after", "origin_prepositions",
                  "region_nouns", "region_links", "region_prepositions", "possessives", "indefinite_quantifiers",
                  "subject_clause_breaks", "member_nouns", "near_words", "topic_heads", "place_heads",
                  "setting_heads", "agent_prepositions", "backer_participles", "articles", "mediation_stems",
                  "party_plurals")


@dataclass(frozen=True)
class ContextCues:
    """Word lists of one language: data/actors/context.yaml plus the shared coreference phrases."""

    locative: frozenset[str]
    determiners: frozenset[str]
    host_words: frozenset[str]
    setting_nouns: frozenset[str]
    modifier_nouns: frozenset[str]
    topic_prepositions: frozenset[str]
    foreign_markers: tuple[str, ...]
    pronouns: dict[str, str]
    coref: CorefCues
    addressee_words: frozenset[str] = frozenset()
    addressee_verbs: frozenset[str] = frozenset()
    dative_articles: frozenset[str] = frozenset()
    reporter_after: frozenset[str] = frozenset()
    time_nouns: frozenset[str] = frozenset()
    origin_prepositions: frozenset[str] = frozenset()
    region_nouns: frozenset[str] = frozenset()
    region_links: frozenset[str] = frozenset()
    region_prepositions: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    indefinite_quantifiers: frozenset[str] = frozenset()
    subject_clause_breaks: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    near_words: frozenset[str] = frozenset()
    topic_heads: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    setting_heads: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()
    backer_participles: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    mediation_stems: frozenset[str] = frozenset()
    party_plurals: frozenset[str] = frozenset()
    # word sequences (lower-cased) that alone introduce a topic ("wegen", "mit blick auf")
    topic_phrases: tuple[tuple[str, ...], ...] = ()
    # preposition -> last parts of the nouns before it whose complement is a topic ("gegen" -> "krieg", ...)
    topic_complements: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the last words of topic_phrases: only a word among them can end one (a cheap test before the phrases)
    topic_phrase_ends: frozenset[str] = frozenset()

    @classmethod
    @cache
    def load(cls, lang: str = "de") -> ContextCues:
        """The cues of a language ('de' or 'en'; anything else reads German)."""
        lang = lang if lang in {"de", "en"} else "de"
        own = load_yaml("actors", "context.yaml")[lang]
        shared = load_yaml(lang, "cues.yaml")
        coref = CorefCues({
            "personal_pronouns": list(own["pronouns"]),
            "both_sides": list(shared.get("both_sides", [])) + list(own["party_references"]),
            "country_descriptions": shared.get("country_descriptions", []),
            "description_sectors": shared.get("description_sectors", {}),
            "group_descriptions": shared.get("group_descriptions", []),
            "organisation_descriptions": shared.get("organisation_descriptions", []),
            **{key: shared[key] for key in ("region_adjectives", "land_descriptions", "naming_words",
                                            "definite_determiners", "relative_pronouns", "both_words",
                                            "non_referring_adjectives", "region_members") if key in shared},
        })
        words = {key: frozenset(w.lower() for w in own.get(key, ()))
                 for key in ("locative_prepositions", "determiners", "host_words", "setting_nouns", "modifier_nouns",
                             "topic_prepositions", *OPTIONAL_WORDS)}
        # "am Montag in Luxemburg", "am 21. April in Kuwait-Stadt": a time before the preposition
        # is no located target either
        times = _time_nouns(lang)
        settings = words["setting_nouns"] | times
        phrases = tuple(tuple(p.lower().split()) for p in own.get("topic_phrases", ()))
        complements = {prep.lower(): tuple(noun.lower() for noun in nouns)
                       for prep, nouns in own.get("topic_complements", {}).items()}
        return cls(words["locative_prepositions"], words["determiners"], words["host_words"],
                   settings, words["modifier_nouns"], words["topic_prepositions"],
                   tuple(own["foreign_markers"]), dict(own["pronouns"]), coref, time_nouns=times,
                   topic_phrases=phrases, topic_complements=complements,
                   topic_phrase_ends=frozenset(phrase[-1] for phrase in phrases),
                   **{key: words[key] for key in OPTIONAL_WORDS})


def _time_nouns(lang: str) -> frozenset[str]:
    """Lower-cased weekdays, months, day parts and seasons of the date module, with glued
    weekday + day part forms ("Montagabend")."""
    dates = load_yaml(lang, "dates.yaml")
    weekdays = [w.lower() for w in dates.get("weekdays", {})]
    parts = [p.lower() for p in dates.get("day_parts", [])]
    names = weekdays + parts + [m.lower() for m in dates.get("months", {})]
    names += [s.lower() for s in dates.get("seasons", [])] + [w + p for w in weekdays for p in parts]
    return frozenset(names)


def resolve_article(sentences: Sequence[Sentence], mentions: Sequence[list[Mention]], lang: str = "de",
                    cues: ContextCues | None = None) -> list[list[Mention]]:
    """Each sentence's mentions with their use marked, roles resolved and references added.

    mentions[i] are the recognised mentions of sentences[i] (absolute offsets, as
    ActorBase.recognise returns them); the result is parallel to it, sorted by offset.
    """
    cues = cues or ContextCues.load(lang)
    memory = Discourse.for_article([list(ms) for ms in mentions])
    foreign: set[str] = set()  # sectors whose last role named by its own words was someone else's
    mediators: set[str] = set()  # actors the story names as mediators: no side of "die Konfliktparteien"
    out: list[list[Mention]] = []
    for sentence, sentence_mentions in zip(sentences, mentions, strict=True):
        toks = tokens(sentence.text) if sentence_mentions or _may_refer(sentence.text, cues) else ()
        in_mentions = _covered(sentence, toks, sentence_mentions)
        marked = [mark_use(sentence, toks, m, cues, in_mentions) for m in sentence_mentions]
        resolved = [r for m in marked for r in resolve_role(sentence, m, marked, memory, cues, frozenset(foreign))]
        _remember_foreign(sentence, marked, cues, foreign)
        mediators.update(_mediators(sentence, toks, resolved, cues))
        references = find_references(sentence, toks, resolved, memory, cues, frozenset(mediators))
        resolved += [_reference_use(sentence, toks, m, cues, in_mentions) for m in references]
        resolved.sort(key=lambda m: (m.start, m.end))
        actors = [m for m in resolved if m.use == "actor"]
        # what context supplied adds no new actor to the story: only named ones are remembered
        memory.remember([m for m in actors if not is_context_resolved(m)],
                        [subject_guess(sentence, _no_compound_parts(sentence, actors))])
        memory.remember_places([m for m in resolved if m.use == "place" and not is_near(m)])
        out.append(resolved)
    return out


# 1. use ------------------------------------------------------------------------------------------

def mark_use(sentence: Sentence, toks: Sequence[Tok], mention: Mention, cues: ContextCues,
             in_mentions: frozenset[int] = frozenset()) -> Mention:
    """The mention with ``use`` set: 'modifier', 'place' or (unchanged) 'actor'.

    in_mentions: indices of the tokens that belong to any mention of the sentence.
    """
    first, last = _token_span(sentence, toks, mention)
    if first is None:
        return mention
    after = toks[last + 1].text.lower() if last + 1 < len(toks) else ""
    if after in cues.modifier_nouns and mention.kind in {"adjective", "state"}:
        return replace(mention, use="modifier", why=f"describes the type of a thing ('{after}')")
    head = _compound_head(sentence.text, toks, last)
    if mention.kind == "organisation" and head in cues.member_nouns:
        return replace(mention, use="modifier", why=f"classifies a member state ('-{head}')")
    compound = _compound_use(toks, first, mention, head, cues)
    if compound:
        return replace(mention, use=compound[0], why=compound[1])
    if mention.kind == "media":
        why = _addressee_reason(toks, first, last, cues, in_mentions)
        if why:
            return replace(mention, use="addressee", why=why)
    backer = _backer_reason(toks, first, last, cues)
    if backer:
        return replace(mention, use="modifier", why=backer)
    why = _place_reason(sentence.text, toks, first, last, mention, cues, in_mentions)
    if why:
        return replace(mention, use="place", why=why)
    first = _before_compound_part(sentence.text, toks, first)  # "über Nazi-Deutschland": the preposition governs it
    topic = _topic_reason(toks, first, mention, cues, in_mentions) or _complement_topic(toks, first, cues, in_mentions)
    return replace(mention, use="topic", why=topic) if topic else mention


def _before_determiners(toks: Sequence[Tok], i: int, cues: ContextCues) -> int:
    """The index at or before i that is no determiner: where the preposition of a phrase starting after i stands."""
    while i >= 0 and toks[i].text.lower() in cues.determiners:
        i -= 1
    return i


def _backer_reason(toks: Sequence[Tok], first: int, last: int, cues: ContextCues) -> str:
    """Why the words at first..last are the agent of an attributive participle of backing ("die von Iran
    unterstützte Miliz", "der vom Westen gestützten Regierung"), or '': they describe the noun; the backing is
    background, no act of the sentence. A predicative participle ("wird von Iran unterstützt") is an act."""
    prep = _before_determiners(toks, first - 1, cues)
    if prep < 0 or toks[prep].text.lower() not in cues.agent_prepositions or last + 2 >= len(toks):
        return ""
    participle, noun = toks[last + 1], toks[last + 2]
    word = participle.text.lower()
    # inflected ("unterstützte", "unterstützten") and followed by the noun it describes
    inflected = any(word.startswith(stem) and len(word) > len(stem) for stem in cues.backer_participles)
    if not (inflected and noun.is_word and noun.text[:1].isupper()):
        return ""
    return f"agent of the attributive '{participle.text} {noun.text}': describes the noun, no act of the sentence"


def _before_compound_part(text: str, toks: Sequence[Tok], first: int) -> int:
    """The index of the first token of the compound the words at first end ("Nazi-Deutschland" -> 'Nazi')."""
    while first > 0 and toks[first - 1].end + 1 == toks[first].start and hyphen_at(text, toks[first - 1].end):
        first -= 1
    return first


def _ends_with_any(word: str, parts: frozenset[str]) -> bool:
    """True when the word is one of the parts or a compound ending in one ("angriffskrieg" ends in 'krieg')."""
    return any(word.endswith(part) for part in parts)


def _compound_use(toks: Sequence[Tok], first: int, mention: Mention, head: str,
                  cues: ContextCues) -> tuple[str, str] | None:
    """(use, why) for the first part of a compound that names no participant, or None: a state is the topic of
    a war, a crisis or experts ("Ukraine-Krieg", "Jemen-Experten"); a state or an organisation before a place
    noun after a locative preposition is a place ("im US-Exil", "an der Nato-Ostgrenze")."""
    if not head or (mention.kind in PLACE_KINDS and mention.sector is not None):
        return None  # "Kreml-Sprecher": a seat names the institution
    if mention.kind in PLACE_KINDS and _ends_with_any(head, cues.topic_heads):
        return "topic", f"first part of '-{head}': what the compound is about"
    if mention.kind not in PLACE_KINDS | {"organisation"} or not _ends_with_any(head, cues.place_heads):
        return None
    prep = _before_determiners(toks, first - 1, cues)
    if prep >= 0 and toks[prep].text.lower() in cues.locative | cues.region_prepositions:
        return "place", f"first part of '-{head}' after '{toks[prep].text}': where something is"
    return None


def _complement_topic(toks: Sequence[Tok], first: int, cues: ContextCues, in_mentions: frozenset[int]) -> str:
    """Why the words at first are what something is about, or '': after a preposition that alone introduces
    a topic ("wegen Grönland", "mit Blick auf die EU"), or in the complement of a noun that names its topic
    ("Krieg gegen die Ukraine", "Russlands Krieg gegen die Ukraine", "Druck auf Moskau")."""
    prep = _before_determiners(toks, first - 1, cues)
    if prep < 0:
        return ""
    word = toks[prep].text.lower()
    for phrase in cues.topic_phrases if word in cues.topic_phrase_ends else ():
        start = prep - len(phrase) + 1
        if start >= 0 and tuple(t.text.lower() for t in toks[start:prep + 1]) == phrase:
            return f"after '{' '.join(t.text for t in toks[start:prep + 1])}': what something is about"
    heads = cues.topic_complements.get(word)
    if not heads:
        return ""
    nouns = [prep - 1]
    # a genitive between the noun and its complement ("Krieg Israels gegen die Hamas") belongs to the noun
    noun = prep - 1
    while noun >= 0 and (noun in in_mentions or toks[noun].text.lower() in cues.determiners):
        noun -= 1
    nouns.append(noun)
    for n in nouns:
        if n >= 0 and toks[n].is_word and toks[n].text[:1].isupper() and toks[n].text.lower().endswith(heads):
            return f"complement of '{toks[n].text} {toks[prep].text}': what the noun is about, no participant"
    return ""


def _addressee_reason(toks: Sequence[Tok], first: int, last: int, cues: ContextCues,
                      in_mentions: frozenset[int]) -> str:
    """Why a news outlet is the addressee of a statement ("sagte ... der Nachrichtenagentur AFP", "auf
    Nachfrage der Nachrichtenagentur AFP"), or '': it is then neither a participant nor the reporter."""
    if last + 1 < len(toks) and toks[last + 1].text.lower() in cues.reporter_after:
        return ""  # "der Nachrichtenagentur Tass zufolge": the information is attributed to it
    article = first if toks[first].text.lower() in cues.determiners else first - 1
    if article < 1:
        return ""
    before = toks[article - 1].text.lower()
    if before in cues.addressee_words:
        return f"after '{toks[article - 1].text}': the outlet a statement went to"
    if toks[article].text.lower() not in cues.dative_articles:
        return ""
    # "der" after a noun of its own is a genitive ("Bericht der Nachrichtenagentur"); after the verb,
    # a time word or the speaker's words it is the dative of the speech verb
    if not (before in cues.addressee_verbs or before in cues.time_nouns or article - 1 in in_mentions):
        return ""
    i = article - 1
    while i >= 0 and toks[i].text not in {",", ";", ":"}:
        if toks[i].text.lower() in cues.addressee_verbs:
            return f"dative after '{toks[i].text}': the outlet a statement went to"
        i -= 1
    return ""


def _topic_reason(toks: Sequence[Tok], first: int, mention: Mention, cues: ContextCues,
                  in_mentions: frozenset[int]) -> str:
    """'Streit um Grönland', 'Verhandlungen über die Ukraine': a state a noun is about, no participant."""
    if mention.kind not in PLACE_KINDS or mention.sector is not None:
        return ""
    prep = first - 1
    if prep >= 0 and toks[prep].text.lower() in cues.determiners:
        prep -= 1
    if prep < 1 or toks[prep].text.lower() not in cues.topic_prepositions:
        return ""
    noun = toks[prep - 1]
    if not (noun.is_word and noun.text[:1].isupper()) or prep - 1 in in_mentions:
        return ""
    return f"after '{noun.text} {toks[prep].text}': what something is about"


def _place_reason(text: str, toks: Sequence[Tok], first: int, last: int, mention: Mention,
                  cues: ContextCues, in_mentions: frozenset[int]) -> str:
    """Why the mention is a place, or '' when it is (or may be) a participant."""
    # an organisation is a place only in a region phrase ("an der Ostflanke der NATO")
    region_of = mention.kind == "organisation" and _region_preposition(toks, first, cues) is not None
    if not region_of and (mention.kind not in PLACE_KINDS or mention.sector is not None):
        return ""
    if _modifies_next_noun(text, toks, last):
        return ""  # "in Nordkoreas Hauptstadt", "in der US-Hauptstadt": the noun after it is the head
    prep = _region_preposition(toks, first, cues)  # "im Norden Malis", "in der Nähe der Stadt Constanța"
    if prep is None:
        prep = first - 1
        while prep >= 0 and _attributive(toks[prep], cues) and prep not in in_mentions:
            prep -= 1  # "im besetzten Westjordanland"
        if prep >= 0 and toks[prep].text.lower() in cues.determiners:
            prep -= 1
            if prep >= 0 and toks[prep].text.lower() == "nach":
                return ""  # "nach dem Angriff": temporal, not a direction
        if prep < 0 or toks[prep].text.lower() not in cues.locative:
            return ""
    if _hosts_visit(toks, prep, cues, in_mentions):
        return ""  # "bei einem Besuch in China": the host is a participant
    before = toks[prep - 1] if prep > 0 else None
    # "Ziele in Israel": the located thing may be the target itself; a setting ("Treffen in
    # Berlin") or an actor ("Kerry in Washington") is only placed there
    if (before is not None and before.is_word and before.text[:1].isupper() and prep - 1 > 0
            and before.text.lower() not in cues.setting_nouns and prep - 1 not in in_mentions
            and not _ends_with_any(before.text.lower(), cues.setting_heads)):
        return ""
    if any(t.text.lower() in cues.near_words for t in toks[prep:first]):
        return f"{NEAR}'{toks[prep].text} … {toks[first - 1].text}': near the act, not where it happens"
    return f"after '{toks[prep].text}': where something happens"


def _attributive(tok: Tok, cues: ContextCues) -> bool:
    """A lower-case word with an adjective ending that is no article or preposition: an attributive adjective
    or participle ("besetzten")."""
    word = tok.text
    return (tok.is_word and word.islower() and word.endswith(("e", "en", "em", "er", "es"))
            and word not in cues.determiners | cues.articles | cues.possessives | cues.locative
            | cues.region_prepositions)


def is_near(mention: Mention) -> bool:
    """True for a place near the act ("nahe der Elfenbeinküste"): no country for roles, no story state."""
    return mention.use == "place" and mention.why.startswith(NEAR)


def _region_preposition(toks: Sequence[Tok], first: int, cues: ContextCues) -> int | None:
    """The index of the locative preposition before region nouns whose genitive the words at first are
    ("im Nordwesten des Landes", "in der Nähe der Stadt Constanța"); None without a region noun."""
    i, regions = first - 1, 0
    while i >= 0:
        word = toks[i].text.lower()
        if word in cues.determiners or (word in cues.region_links and regions == 0):
            i -= 1
        elif word in cues.region_nouns:
            regions, i = regions + 1, i - 1
        else:
            break
    found = regions and i >= 0 and toks[i].text.lower() in cues.locative | cues.region_prepositions
    return i if found else None


def _reference_use(sentence: Sentence, toks: Sequence[Tok], mention: Mention, cues: ContextCues,
                   in_mentions: frozenset[int]) -> Mention:
    """A reference in a region phrase ("im Nordwesten des Landes") marked as a place, as a state there is; one
    in the complement of a noun that names its topic ("Druck auf die Konfliktparteien") as a topic."""
    first, last = _token_span(sentence, toks, mention)
    if first is None:
        return mention
    topic = _complement_topic(toks, first, cues, in_mentions)
    if topic:
        return replace(mention, use="topic", why=f"{mention.why}; {topic}")
    if _region_preposition(toks, first, cues) is None:
        return mention
    why = _place_reason(sentence.text, toks, first, last, replace(mention, kind="state", sector=None), cues,
                        in_mentions)
    return replace(mention, use="place", why=f"{mention.why}; {why}") if why else mention


def _compound_head(text: str, toks: Sequence[Tok], last: int) -> str:
    """The lower-cased head noun of a compound the words ending at token last begin ("NATO-Land" -> 'land';
    "EU- und NATO-Landes" -> 'landes'), or ''. Hyphens are no tokens: they lie between them."""
    def hyphen_after(j: int) -> bool:
        return hyphen_at(text, toks[j].end)

    if last + 1 >= len(toks) or not hyphen_after(last):
        return ""
    i = last + 1
    # "EU- und NATO-Landes": a truncated part coordinated with the next compound shares its head
    while i + 2 < len(toks) and toks[i].text.lower() in COORDINATION and hyphen_after(i + 1):
        i += 2
    return toks[i].text.lower() if toks[i].is_word else ""


def _modifies_next_noun(text: str, toks: Sequence[Tok], last: int) -> bool:
    """True for a compound part or a genitive before a noun ("US-Hauptstadt", "Polens Luftraum")."""
    if last + 1 >= len(toks):
        return False
    nxt = toks[last + 1]
    if nxt.start == toks[last].end + 1 and hyphen_at(text, toks[last].end):
        return True
    return toks[last].text.endswith("s") and nxt.is_word and nxt.text[:1].isupper()


def _hosts_visit(toks: Sequence[Tok], prep: int, cues: ContextCues, in_mentions: frozenset[int]) -> bool:
    """A visit or arrival word in the three words before the preposition (within the clause);
    the words of an actor ("Besuch von US-Präsident Obama in Kuba") do not count."""
    seen, i = 0, prep - 1
    while i >= 0 and seen < 3:
        if toks[i].text in {",", ";", ":"}:
            return False
        if toks[i].text.lower() in cues.host_words:
            return True
        seen += i not in in_mentions
        i -= 1
    return False


def _token_span(sentence: Sentence, toks: Sequence[Tok], mention: Mention) -> tuple[int | None, int]:
    start, end = mention.start - sentence.start, mention.end - sentence.start
    first = next((i for i, t in enumerate(toks) if t.start >= start), None)
    if first is None:
        return None, 0
    last = first
    while last + 1 < len(toks) and toks[last + 1].end <= end:
        last += 1
    return first, last


def _covered(sentence: Sentence, toks: Sequence[Tok], mentions: Sequence[Mention]) -> frozenset[int]:
    """Indices of the tokens inside any of the mentions (tokens are in text order: bisect their starts)."""
    starts = [t.start for t in toks]
    covered: set[int] = set()
    for m in mentions:
        first = bisect_left(starts, m.start - sentence.start)
        covered.update(range(first, bisect_left(starts, m.end - sentence.start, first)))
    return frozenset(covered)


# 2. roles without a country -----------------------------------------------------------------------

def resolve_role(sentence: Sentence, mention: Mention, marked: list[Mention], memory: Discourse,
                 cues: ContextCues, foreign: frozenset[str] = frozenset()) -> list[Mention]:
    """A role phrase without a country resolved from context (one mention per actor it refers to).

    foreign: the sectors whose last role named by its own words was someone else's ("westliche Truppen"):
    a later one of them without a country ("die Soldaten") takes them up and stays unresolved too."""
    if mention.code != UNKNOWN_CODE or mention.kind not in {"role", "person", "unnamed"} or mention.use != "actor":
        return [mention]
    if mention.kind == "unnamed":
        # "einen Mann", "eine Drohne" stay unnamed; "das Schiff" takes up the vessel named before
        thing = thing_antecedent(mention, memory, cues.coref)
        return [mention] if thing is None else [_resolved(
            mention, thing.code, mention.sector, "coref:thing", f"the {mention.name} last named: '{thing.text}'")]
    described = _described_in_role(sentence, mention, memory, cues)
    if described:
        return described
    origin = _origin(sentence, mention, marked, cues)
    if origin is not None:
        # "Soldaten aus Südkorea" come from there; "Soldaten aus dem Westen" are someone else's
        return [_resolved(mention, origin.code, mention.sector, "context:origin",
                          f"comes from '{origin.text}'")] if origin.code else [mention]
    owner = _possessor(sentence, mention, marked, cues)
    if owner:
        return [_resolved(mention, owner[0].code, mention.sector, "context:possessor",
                          f"after a possessive: the subject '{owner[0].text}'")]
    earlier = same_role_antecedent(mention, memory)
    if earlier is not None:
        return [_resolved(mention, earlier.code, mention.sector or earlier.sector, "coref:same-role",
                          f"the {mention.name or 'role'} last named: '{earlier.text}'")]
    if mention.sector not in STATE_SECTORS | {"REB", "OPP"} or is_foreign(sentence, mention, cues):
        return [mention]  # "Kritiker", "westliche Truppen": unnamed or someone else's people stay unresolved
    if mention.sector in foreign:
        return [mention]  # "Putin warnt vor westlichen Truppen ... Die Soldaten wären ein Ziel"
    if mention.sector == "REB" and memory.last_groups and not _counted(sentence, mention, cues):
        group = memory.last_groups[-1]
        return [_resolved(mention, group.code, mention.sector, "coref:group",
                          f"armed group without a name; the group last named is '{group.text}'")]
    body = _subject_body(sentence, mention, marked, cues)
    if body is not None:
        return [_resolved(mention, body.code, mention.sector, "context:subject-body",
                          f"a state body of the sentence's subject '{body.text}'")]
    # an organisation's region ("an der Ostflanke der NATO") gives no state body its country
    place = next((m for m in marked if m.use == "place" and m.code != UNKNOWN_CODE and not is_near(m)
                  and m.kind in PLACE_KINDS), None)
    if place is not None:
        return [_resolved(mention, place.code, mention.sector, "context:place",
                          f"no country named; the sentence places the act in '{place.text}'")]
    # an unnamed state body belongs to the state the story names most, by name or through its people
    code = memory.main_state(with_roles=True)
    if code is None:
        return [mention]
    return [_resolved(mention, code, mention.sector, "context:story-state",
                      f"no country named; the story's main state so far is {code}")]


def _remember_foreign(sentence: Sentence, marked: list[Mention], cues: ContextCues, foreign: set[str]) -> None:
    """Update the sectors whose last role named by its own words was someone else's: a foreign role ("westliche
    Truppen", "Soldaten aus dem Westen") adds its sector, a role that names its country removes it."""
    for m in marked:
        if m.kind != "role" or m.use != "actor" or m.sector is None:
            continue
        if m.code != UNKNOWN_CODE:
            foreign.discard(m.sector)
            continue
        origin = _origin(sentence, m, marked, cues)
        if is_foreign(sentence, m, cues) or (origin is not None and not origin.code):
            foreign.add(m.sector)


def _origin(sentence: Sentence, mention: Mention, marked: list[Mention], cues: ContextCues) -> Mention | None:
    """What an origin phrase right after the role names ("Soldaten aus Südkorea": the state's mention); a
    mention without a code for one that names no state ("aus dem Westen"); None without an origin phrase."""
    rest = tokens(sentence.text[mention.end - sentence.start:])
    if not rest or rest[0].text.lower() not in cues.origin_prepositions:
        return None
    i = 1
    while i < len(rest) and rest[i].text.lower() in cues.determiners:
        i += 1
    start = mention.end + rest[i].start if i < len(rest) else -1
    state = next((m for m in marked if m.start == start and m.kind in PLACE_KINDS and m.code != UNKNOWN_CODE), None)
    return state or replace(mention, code="")


def _counted(sentence: Sentence, mention: Mention, cues: ContextCues) -> bool:
    """True for people with a number or an indefinite quantifier before them ("15 Jihadisten", "mehrere
    Kämpfer"): some of a kind, not the group the story named."""
    before = sentence.text[:mention.start - sentence.start].split()[-2:]
    words = [w.lower().strip(".,") for w in before + mention.text.split()[:1]]
    return any(w.isdigit() or w in cues.indefinite_quantifiers for w in words[-2:])


def _subject_body(sentence: Sentence, mention: Mention, marked: list[Mention], cues: ContextCues) -> Mention | None:
    """The sentence's subject when it is a state body of a named state and the role stands in a later
    clause ("Das italienische Innenministerium teilte mit, die Grenzpolizei werde ..." -> ITA)."""
    earlier = [m for m in marked if m.use == "actor" and m.end <= mention.start]
    first = earlier[0] if earlier else None
    if first is None or first.sector not in STATE_SECTORS or continent_of(first.code) is None:
        return None
    between = sentence.text[first.end - sentence.start:mention.start - sentence.start]
    return first if any(b in between for b in cues.subject_clause_breaks) else None


def _possessor(sentence: Sentence, mention: Mention, marked: list[Mention], cues: ContextCues) -> list[Mention]:
    """The subject named before a role with a possessive ("Die Hamas ... auf ihre Führungsspitze"), or []."""
    before = sentence.text[:mention.start - sentence.start].split()[-1:]
    words = [w.lower() for w in before + mention.text.split()[:1]]
    if not cues.possessives.intersection(words):
        return []
    earlier = [m for m in marked if m.use == "actor" and m.end <= mention.start]
    return subject_guess(sentence, earlier)[:1]


def is_foreign(sentence: Sentence, mention: Mention, cues: ContextCues) -> bool:
    """True when a word of the role phrase, or the adjective before it, says the people are
    foreign or from a bloc ("Ausländische Diplomaten"), or names several envoys ("die Delegationen")."""
    before = sentence.text[:mention.start - sentence.start].split()[-1:]
    words = [w.lower() for w in before + mention.text.split()]
    # short markers ("aus", "from") are whole words; longer ones are stems with any ending
    # several delegations are several states' envoys, none of them the place's or the story's one state
    return any(w == m if len(m) <= 4 else w.startswith(m) for w in words for m in cues.foreign_markers) \
        or not cues.party_plurals.isdisjoint(words)


def _described_in_role(sentence: Sentence, mention: Mention, memory: Discourse,
                       cues: ContextCues) -> list[Mention]:
    """A reference inside the role phrase: "Vertreter beider Staaten", "die Rebellen"; not where the words after
    the phrase name whom it means ("Die Behörden in Katar": naming_words)."""
    words = [t.text.lower() for t in tokens(mention.text)]
    after = sentence.text[mention.end - sentence.start:].split()[:1]
    for i in range(len(words)):
        n, found = match_description(words + [w.lower() for w in after], i, memory, cues.coref)
        if n and found:
            phrase = " ".join(words[i:i + n])
            return [_resolved(mention, code, mention.sector or sector, "coref:description",
                              f"'{phrase}' refers to {code}, named before") for code, sector in found]
    return []


def _resolved(mention: Mention, code: str, sector: str | None, entry: str, why: str) -> Mention:
    return replace(mention, code=code, sector=sector, entry=entry, why=f"{why} (matched {mention.entry})")


# 3. references to earlier actors ------------------------------------------------------------------

def _may_refer(text: str, cues: ContextCues) -> bool:
    """Whether a word of text can begin a reference (find_references' own screen, before any Tok is built)."""
    return not _no_reference_word({w.lower() for w in words(text)}, cues)


def _no_reference_word(lower: set[str] | list[str], cues: ContextCues) -> bool:
    """True when no pronoun of the cues and no word a description needs stands among these words."""
    return cues.coref.key_words.isdisjoint(lower) and cues.pronouns.keys().isdisjoint(lower) \
        and not any(w.startswith(cues.coref.region_stems) for w in lower)


def find_references(sentence: Sentence, toks: Sequence[Tok], mentions: list[Mention], memory: Discourse,
                    cues: ContextCues, mediators: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions for the words outside any mention that refer to earlier actors; mediators are no side of a
    conflict ("beide Seiten", "die Konfliktparteien")."""
    lower = [t.text.lower() for t in toks]
    starts = cues.coref.first_words
    if _no_reference_word(lower, cues):
        return []  # most sentences hold no word that can begin a reference
    covered = _covered(sentence, toks, mentions)
    out: list[Mention] = []
    after = 0  # words of a description already matched are no start of another
    for i, word in enumerate(lower):
        if i < after or i in covered:
            continue
        # only a listed first word can begin a description (the clause scan is the costly part)
        n, found = match_description(lower, i, memory, cues.coref,
                                     named_in_clause_before(toks, i, mentions + out, sentence.start) | mediators) \
            if word in starts else (0, [])
        if n:
            phrase = " ".join(t.text for t in toks[i:i + n])
            if tuple(lower[i:i + n]) in cues.coref.descriptions:
                found = _state_of_the_sentence(sentence, toks[i].start, mentions, found)
            out += [_reference(sentence, toks, i, i + n - 1, code, sector, "coref:description",
                               f"'{phrase}' refers to {code}, named before") for code, sector in found]
            after = i + n
            continue
        members = region_members_named(word, memory, cues.coref)
        if members:
            out += [_reference(sentence, toks, i, i, code, None, "coref:region",
                               f"'{toks[i].text}': a state of the region that the article names") for code in members]
            continue
        if word in cues.pronouns:
            # a pronoun resolved earlier in the sentence counts as named there: "Dafür haben sie den Rat
            # informiert, dass sie ..." -- the second "sie" is the first one's, not the object's
            # ... and only one in an earlier clause: a personal pronoun does not mean an actor of its own
            # clause ("Unter Vermittlung der USA setzten sie sich zusammen": not the USA)
            clause = next((t.start for t in reversed(toks[:i]) if t.text in CLAUSE_BREAKS), 0)
            before = sorted((m for m in mentions + out if m.use == "actor" and m.end <= sentence.start + clause),
                            key=lambda m: m.start)
            here = subject_guess(sentence, _no_compound_parts(sentence, before))
            # a pronoun that meant several actors is one subject: all its mentions share its words
            here += [m for m in before if m not in here and any((m.start, m.end) == (h.start, h.end) for h in here)]
            for m in _pronoun_antecedents(cues.pronouns[word], memory, here):
                out.append(_reference(sentence, toks, i, i, m.code, m.sector, "coref:pronoun",
                                      f"'{toks[i].text}' refers to '{m.text}'"))
    return out


def _mediators(sentence: Sentence, toks: Sequence[Tok], mentions: list[Mention], cues: ContextCues) -> set[str]:
    """The actors a sentence names as mediators: the one right after a mediation noun ("unter Vermittlung der
    USA"), else, where a mediation word stands, the sentence's subject ("Die USA versuchen zu vermitteln")."""
    lower = sentence.text.lower()
    if not any(stem in lower for stem in cues.mediation_stems):
        return set()  # no mediation word: the cheap test before the tokens
    stems = tuple(cues.mediation_stems)
    at = next((i for i, t in enumerate(toks) if t.text.lower().startswith(stems)), None)
    if at is None:
        return set()
    actors = [m for m in mentions if m.use == "actor" and m.code != UNKNOWN_CODE]
    after = at + 1
    while after < len(toks) and toks[after].text.lower() in cues.determiners:
        after += 1
    if after < len(toks) and toks[at].text[:1].isupper():
        named = [m for m in actors if m.start == sentence.start + toks[after].start]
        if named:
            return {m.code for m in named}
    return {m.code for m in subject_guess(sentence, _no_compound_parts(sentence, actors))}


def _state_of_the_sentence(sentence: Sentence, at: int, mentions: list[Mention],
                           found: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """"das Land", "die Regierung" after the sentence named exactly one state by name or adjective: that
    state ("seit einem nordkoreanischen Atomtest - dem vierten des Landes"), else the story's (found)."""
    named = {m.code for m in mentions if m.use == "actor" and m.kind in STATE_KINDS
             and m.end <= sentence.start + at and continent_of(m.code)}
    if len(named) != 1 or not found:
        return found
    return [(named.pop(), sector) for _, sector in found[:1]]


def _pronoun_antecedents(wanted: str, memory: Discourse, here: list[Mention]) -> list[Mention]:
    """The last person ('person') or the last subject group ('subject'); an actor earlier in the
    same sentence comes first ("Nordkorea und Russland verkündeten, dass sie ...")."""
    if wanted == "person":
        persons = [m for m in here if m.kind == "person"]
        # a vessel or a drone is no person: "er" after "einen Tanker der russischen Schattenflotte" is not it
        people = [m for m in memory.last_persons if not _is_craft(m)]
        return persons[:1] or people[-1:]
    if here:
        return here
    return list(memory.recent_subjects[-1]) if memory.recent_subjects else []


def _is_craft(mention: Mention) -> bool:
    """True for an unnamed vessel or drone ("einen Tanker", "eine Drohne"); unnamed people have sector CVL."""
    return mention.entry.startswith(UNNAMED_ENTRY) and mention.sector != UNNAMED_PERSON_SECTOR


def _reference(sentence: Sentence, toks: Sequence[Tok], first: int, last: int, code: str, sector: str | None,
               entry: str, why: str) -> Mention:
    start, end = toks[first].start, toks[last].end
    return Mention(sentence.index, sentence.start + start, sentence.start + end, sentence.text[start:end],
                   code, sector, kind="pronoun", entry=entry, why=why)


def _no_compound_parts(sentence: Sentence, actors: list[Mention]) -> list[Mention]:
    """The actors without first parts of compounds ("Nato-Aufrüstung", "US-Plan"): the compound's head
    is the noun, and no subject is named by them."""
    text, start = sentence.text, sentence.start
    return [m for m in actors if not (hyphen_at(text, m.end - start) and m.end - start + 1 < len(text)
                                      and text[m.end - start + 1].isalpha())]


def subject_guess(sentence: Sentence, actors: list[Mention]) -> list[Mention]:
    """The sentence's first actor and those coordinated with it ("Nordkorea und Russland"): what a
    following "sie" most often means, without parsing the clause."""
    if not actors:
        return []
    group = [actors[0]]
    for m in actors[1:]:
        gap = sentence.text[group[-1].end - sentence.start:m.start - sentence.start].lower().split()
        if not gap or any(w not in COORDINATION and w not in {"der", "die", "das", "den", "the"} for w in gap):
            break
        group.append(m)
    return [m for m in group if m.code != UNKNOWN_CODE]


def is_context_resolved(mention: Mention) -> bool:
    """True for a mention whose code comes from the article's context, not its own words."""
    return mention.entry.startswith(CONTEXT_RESOLVED)
