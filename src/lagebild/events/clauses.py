"""German clause structure without a parser: clauses, verbs, and where each actor stands.

A sentence is cut at punctuation into segments; segments without a verb (appositions,
enumerations) join the clause before them. Each clause knows its finite verb, its
lexical verbs (separable particles joined: "werfen ... vor" -> "vorwerfen"), whether it
is passive, and its kind: main (verb second), sub (introduced by a subordinator or a
relative pronoun, verb last) or inf (zu-infinitive). Each actor mention gets a slot:
bare NP (subject/object candidates), a preposition, genitive, or adjective of a noun.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from ..model import UNKNOWN_CODE, Mention
from ..nlp.tagger import Tagged

BOUNDARY_POS = {"$,", "$."}
QUOTES = {'"', "„", "“", "”", "»", "«", "‚", "‘", "’"}
BOUNDARY_MARKS = {"–", "—", ":", ";", "(", ")", "[", "]"}
VERB_PREFIX = "V"
FINITE = {"VVFIN", "VAFIN", "VMFIN"}
DETERMINER_POS = {"ART", "ADJA", "PIAT", "PPOSAT", "CARD", "PDAT", "PIDAT", "ADV", "ADJD", "TRUNC", "KON",
                  "PWAT"}
PREP_POS = {"APPR", "APPRART"}
# APPRART contractions and their preposition
CONTRACTIONS = {"im": "in", "ins": "in", "am": "an", "ans": "an", "beim": "bei", "vom": "von", "zum": "zu",
                "zur": "zu", "aufs": "auf", "fürs": "für", "übers": "über", "durchs": "durch", "unterm": "unter"}


@dataclass
class Clause:
    """A clause: token range [start, end) and its verbs."""

    start: int
    end: int
    kind: str = "main"           # main | sub | inf | rel
    finite: int | None = None    # index of the finite verb
    verbs: list[int] = field(default_factory=list)  # indices of lexical verbs (VV*)
    particle: dict[int, str] = field(default_factory=dict)  # verb index -> separable particle
    passive: bool = False
    subordinator: str | None = None
    parent: int | None = None    # index of the clause this one depends on
    coordinated: bool = False    # starts with und/oder/aber (may share the subject)
    resumes: int | None = None   # the main clause whose rest this is, after an inserted relative clause
    bare_participle: bool = False  # a main clause ending in a participle with no finite verb in the sentence
                                   # (headline ellipsis: "Journalist in Moskau festgenommen" = wurde festgenommen)

    def contains(self, index: int) -> bool:
        """Whether token index lies in the clause."""
        return self.start <= index < self.end


@dataclass
class Participant:
    """An actor mention placed in the clause structure."""

    mention: Mention
    first: int                   # first token index
    last: int                    # last token index (inclusive)
    clause: int
    slot: str                    # 'bare', 'gen', 'adj', 'poss', or a preposition lemma
    case: str | None = None      # 'nom', 'acc', 'dat', 'gen' when the article tells
    head: int | None = None      # for gen/adj (and a genitive inside a PP): index of the noun it belongs to
    group: int = -1              # coordination group id (Nordkorea und Russland)
    prep_index: int | None = None


def preposition_of(tokens: list[Tagged], clause: Clause, noun: int) -> int | None:
    """Index of the preposition whose phrase the noun heads ("bei einem Treffen", "für Rajoelinas
    Entfernung"), else None."""
    j = noun - 1
    while j >= clause.start and (tokens[j].pos in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "ADV", "ADJD"} or (
            tokens[j].pos == "NE" and tokens[j].text.endswith("s") and j == noun - 1)):
        j -= 1
    return j if j >= clause.start and tokens[j].pos in {"APPR", "APPRART"} else None


def clause_lemmas(tokens: list[Tagged], clause: Clause) -> set[str]:
    """The clause's lower-cased lemmas, separable verbs also joined with their particle
    ("kündigte ... an" -> ankündigen)."""
    return {t.lemma.lower() for t in tokens[clause.start:clause.end]} | {
        verb_lemma(tokens, k, clause).lower() for k in clause.verbs}


def verb_lemma(tokens: list[Tagged], index: int, clause: Clause) -> str:
    """The verb's lemma with its separable particle joined."""
    lemma = tokens[index].lemma
    particle = clause.particle.get(index)
    return f"{particle}{lemma}" if particle else lemma


def segment_clauses(tokens: list[Tagged], cues: dict) -> list[Clause]:
    """Cut a tagged sentence into clauses."""
    subordinators = set(cues["subordinators"])
    coordinators = set(cues["coordinators"])
    segments: list[tuple[int, int]] = []
    closers: list[str] = []  # the mark that ended each segment
    start = 0
    for i, tok in enumerate(tokens):
        if _ordinal_dot(tokens, i):
            continue  # "(14. Oktober)": the dot of an ordinal number ends nothing
        if tok.pos in BOUNDARY_POS or tok.text in BOUNDARY_MARKS or _free_hyphen(tokens, i):
            if i > start:
                segments.append((start, i))
                closers.append(tok.text)
            start = i + 1
    if start < len(tokens):
        segments.append((start, len(tokens)))
    # an opening quotation mark is no word of its clause: '"Anstatt X zu unterstützen, ...' opens with "Anstatt"
    segments = [(_after_quotes(tokens, s, e), e) for s, e in segments]
    clauses: list[Clause] = []
    clause_closers: list[str] = []  # the mark that ends each clause
    pending = False  # the last clause was opened by its introducer and waits for its verb after an insertion
    for n, ((s, e), closer) in enumerate(zip(segments, closers + [""] * (len(segments) - len(closers)), strict=True)):
        has_verb = any(tokens[k].pos.startswith(VERB_PREFIX) for k in range(s, e))
        opens = _opens_clause(tokens, s, e, subordinators) and _verb_after_insertion(tokens, segments[n + 1:],
                                                                                      subordinators)
        if clauses and pending and not opens and tokens[s].pos != "KON":
            # "weshalb der Sicherheitsrat – einschließlich China – Sanktionen verhängte": the insertion and
            # the verb after it belong to the clause its introducer opened
            clauses[-1].end = e
            clause_closers[-1] = closer
            pending = not has_verb
            continue
        pending = False
        if clauses and not has_verb and opens:
            pending = True  # a clause of its own; its verb comes after the insertion
        elif _resumes_main(tokens, clauses, s, e, subordinators):
            # "Trump hat den Ländern, die X ablehnen, mit Zöllen gedroht": the rest of the main clause a
            # finished relative clause interrupted; it shares the main clause's subject
            clause_closers.append(closer)
            clauses.append(Clause(s, e, coordinated=True, resumes=len(clauses) - 2))
            continue
        elif clauses and (not has_verb or _continues_clause(tokens, s, e, subordinators)):
            # an apposition or enumeration, or the rest of a clause an insertion interrupted
            # ("haben am Donnerstag, den 7. März, Gespräche geführt"): part of the clause before
            clauses[-1].end = e
            clause_closers[-1] = closer
            continue
        clause_closers.append(closer)
        first = tokens[s]
        clause = Clause(s, e)
        if first.lemma.lower() in subordinators or first.pos in {"KOUS", "KOUI"}:
            clause.kind, clause.subordinator = "sub", first.lemma.lower()
        elif first.pos == "PWS" and n > 0 and closer_before(closers, n) == ",":
            # "..., was Washington bestreiten" (a relative clause on the clause before) or an indirect
            # question: verb-final, with a subject of its own
            clause.kind, clause.subordinator = "sub", first.lemma.lower()
        elif _zu_infinitive_only(tokens, s, e):
            # a relative clause has a finite verb: ", der Ukraine Waffen zu liefern" opens with an article that
            # HanTa may tag as a relative pronoun
            clause.kind = "inf"
        elif first.pos in {"PRELS", "PRELAT"} or (first.pos in PREP_POS and s + 1 < e
                                                   and tokens[s + 1].pos in {"PRELS", "PRELAT", "PWS"}):
            clause.kind = "rel"
        if first.lemma.lower() in coordinators:
            clause.coordinated = True
        clauses.append(clause)
    if not clauses:
        clauses.append(Clause(0, len(tokens)))
    # a verbless first segment (a fronted phrase before a comma or dash) belongs to the clause after
    # it; before a colon it is a heading of its own ("Ausbildung und Grenzschutz: Die EU will ...")
    first_verbless = not any(tokens[k].pos.startswith(VERB_PREFIX) for k in range(clauses[0].start, clauses[0].end))
    if len(clauses) > 1 and clause_closers[0] in {",", "-", "–", "—", ")"} and first_verbless:
        clauses[1].start = clauses[0].start
        clauses.pop(0)
    clauses = [part for clause in clauses for part in _split_coordinated_main(tokens, clause, coordinators)]
    verbless = not any(tok.pos in FINITE for tok in tokens)
    for i, clause in enumerate(clauses):
        _analyse_verbs(tokens, clause, cues)
        if clause.kind in {"sub", "inf", "rel"} and i > 0:
            clause.parent = i - 1
        clause.bare_participle = verbless and clause.kind == "main" and bool(clause.verbs) \
            and tokens[clause.verbs[-1]].pos == "VVPP"
    return clauses


def _zu_infinitive_only(tokens: list[Tagged], s: int, e: int) -> bool:
    """A segment with a zu-infinitive and no finite verb: an infinitive clause."""
    return any(tokens[k].pos in {"PTKZU", "VVIZU"} for k in range(s, e)) and not any(
        tokens[k].pos in FINITE for k in range(s, e))


def _after_quotes(tokens: list[Tagged], s: int, e: int) -> int:
    """The segment's first index after its opening quotation marks (the segment keeps one token at least)."""
    while s < e - 1 and tokens[s].text in QUOTES:
        s += 1
    return s


def closer_before(closers: list[str], n: int) -> str:
    """The mark that ended the segment before segment n."""
    return closers[n - 1] if 0 < n <= len(closers) else ""


def _opens_clause(tokens: list[Tagged], s: int, e: int, subordinators: set[str]) -> bool:
    """A segment introduced by a subordinating conjunction, a subordinating adverb ("weshalb") or a
    relative pronoun."""
    first = tokens[s]
    return first.pos in {"KOUS", "PRELS", "PRELAT"} or first.pos == "PWAV" and first.lemma.lower() in subordinators


def _verb_after_insertion(tokens: list[Tagged], later: list[tuple[int, int]], subordinators: set[str]) -> bool:
    """Whether the first later segment with a verb goes on the clause (no introducer or coordinator of its own)."""
    for s, e in later:
        if _opens_clause(tokens, s, e, subordinators) or tokens[s].pos == "KON":
            return False
        if any(tokens[k].pos.startswith(VERB_PREFIX) for k in range(s, e)):
            return True
    return False


def _continues_clause(tokens: list[Tagged], s: int, e: int, subordinators: set[str]) -> bool:
    """A segment with only a participle or infinitive, no finite verb, no zu and no introducer
    finishes the clause an insertion interrupted."""
    first = tokens[s]
    if first.lemma.lower() in subordinators or first.pos in {"KOUS", "KOUI", "PRELS", "PRELAT", "KON", "PWS"}:
        return False  # "..., was Washington und Seoul bestreiten": a clause of its own, not a rest
    if first.pos in PREP_POS and s + 1 < e and tokens[s + 1].pos in {"PRELS", "PRELAT"}:
        return False  # "die Übung, an der Soldaten aus X teilnehmen": a relative clause
    pos = {tokens[k].pos for k in range(s, e)}
    return not pos & FINITE and not pos & {"PTKZU", "VVIZU"} and bool(pos & {"VVPP", "VVINF", "VAINF", "VAPP"})


def _resumes_main(tokens: list[Tagged], clauses: list[Clause], s: int, e: int, subordinators: set[str]) -> bool:
    """A participle or infinitive rest after a relative clause that ended on its verb, inserted
    in an active perfect main clause whose "haben" came before it."""
    if len(clauses) < 2 or clauses[-1].kind != "rel" or clauses[-2].kind != "main":
        return False
    main = clauses[-2]
    return tokens[clauses[-1].end - 1].pos[:2] in {"VV", "VA", "VM"} and clauses[-1].start == main.end + 1 \
        and any(tokens[k].pos == "VAFIN" and tokens[k].lemma == "haben" for k in range(main.start, main.end)) \
        and _continues_clause(tokens, s, e, subordinators)


def _ordinal_dot(tokens: list[Tagged], i: int) -> bool:
    """A full stop glued to a number inside the sentence ("am 14. Oktober"): an ordinal, no sentence end."""
    return tokens[i].text == "." and 0 < i < len(tokens) - 1 and tokens[i - 1].pos == "CARD" \
        and tokens[i - 1].end == tokens[i].start


def _free_hyphen(tokens: list[Tagged], i: int) -> bool:
    """A hyphen standing alone as a dash (" - "), not one glued to a word ('"Rafale"-Jets')."""
    if tokens[i].text != "-":
        return False
    glued_left = i > 0 and tokens[i - 1].end == tokens[i].start
    glued_right = i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end
    return not glued_left and not glued_right


def _split_coordinated_main(tokens: list[Tagged], clause: Clause, coordinators: set[str]) -> list[Clause]:
    """'Trump drohte Iran mit Beschuss und behauptete, ...': a coordinator right before a finite verb
    starts a main clause of its own that shares the subject (coordinated); each verb tells its act. Also
    after a zu-infinitive ("warf X vor, Y vorzubereiten, und schloss Z nicht aus"): a finite verb is no
    part of the infinitive clause."""
    if clause.kind not in {"main", "inf"}:
        return [clause]
    out = [clause]
    seen_finite = False
    for k in range(clause.start, clause.end - 1):
        seen_finite = seen_finite or tokens[k].pos in FINITE or tokens[k].pos in {"PTKZU", "VVIZU"}
        if seen_finite and tokens[k].lemma.lower() in coordinators and (
                tokens[k + 1].pos in FINITE or _fronted_then_finite(tokens, k + 1, out[-1].end)):
            rest = Clause(k, out[-1].end)
            rest.coordinated = True
            if out[-1].kind == "main" and _infinitive_only(tokens, out[-1].start, k):
                out[-1].kind = "inf"  # the finite verb after the coordinator made the segment look like a main clause
            out[-1].end = k
            out.append(rest)
            seen_finite = False
    return out


# what may stand in the Vorfeld of a main clause after "und": a short noun phrase or a pronoun
FRONTED_POS = {"ART", "ADJA", "NN", "NE", "PPOSAT", "PDAT", "PIAT", "PPER", "CARD"}


def _fronted_then_finite(tokens: list[Tagged], start: int, end: int) -> bool:
    """"... heraufbeschworen und Polen fordert mehr Schutz": a short noun phrase, then a finite verb, opens
    a main clause of its own (verb second) after the coordinator."""
    for j in range(start, min(start + 5, end)):
        if tokens[j].pos in FINITE:
            return j > start
        if tokens[j].pos not in FRONTED_POS:
            return False
    return False


def _infinitive_only(tokens: list[Tagged], start: int, end: int) -> bool:
    """A zu-infinitive without a finite verb ("eine Aggression vorzubereiten")."""
    pos = {tokens[k].pos for k in range(start, end)}
    return bool(pos & {"PTKZU", "VVIZU"}) and not pos & FINITE


def _analyse_verbs(tokens: list[Tagged], clause: Clause, cues: dict) -> None:
    finite = [k for k in range(clause.start, clause.end) if tokens[k].pos in FINITE]
    clause.finite = finite[0] if finite else None
    clause.verbs = [k for k in range(clause.start, clause.end) if tokens[k].pos.startswith("VV")]
    particles = [k for k in range(clause.start, clause.end) if tokens[k].pos == "PTKVZ"]
    for p in particles:
        # the particle belongs to the nearest finite lexical verb before it
        owners = [k for k in clause.verbs if k < p and tokens[k].pos == "VVFIN"]
        if owners:
            clause.particle[owners[-1]] = tokens[p].lemma.lower()
    aux = [k for k in range(clause.start, clause.end)
           if tokens[k].lemma in cues["passive_aux"] and tokens[k].pos in {"VAFIN", "VAINF"}]
    participles = [k for k in clause.verbs if tokens[k].pos == "VVPP"]
    # "wurden ... verboten", "sind ... getötet worden", "soll ... zitiert werden": passive;
    # "wird ... reisen" is future
    if participles and (aux or _reflexive_state_passive(tokens, clause, cues)
                        or any(tokens[k].text.lower() == "worden" for k in range(clause.start, clause.end))):
        clause.passive = True


def _reflexive_state_passive(tokens: list[Tagged], clause: Clause, cues: dict) -> bool:
    """"sieht sich durch X bedroht", "fühlt sich von X provoziert": the subject undergoes the participle's act."""
    verbs = cues.get("reflexive_state_passive", ())
    return clause.finite is not None and tokens[clause.finite].lemma in verbs and any(
        tokens[k].pos == "PRF" for k in range(clause.start, clause.end))


def token_span(tokens: list[Tagged], start: int, end: int) -> tuple[int, int] | None:
    """First and last token index covering character span [start, end)."""
    first = last = None
    for i, tok in enumerate(tokens):
        if tok.end > start and tok.start < end:
            if first is None:
                first = i
            last = i
    return (first, last) if first is not None else None


def place_participants(tokens: list[Tagged], clauses: list[Clause], mentions: list[Mention],
                       agent_nouns: frozenset[str] = frozenset(),
                       exact_agent_nouns: frozenset[str] = frozenset(),
                       number_nouns: frozenset[str] = frozenset()) -> list[Participant]:
    """Give every mention its clause, slot, case hint and coordination group (number_nouns: nouns of number that
    stand like a numeral in a noun phrase, "für Tausende Polizisten")."""
    out: list[Participant] = []
    for mention in mentions:
        span = token_span(tokens, mention.start, mention.end)
        if span is None:
            continue
        first, last = span
        clause = next((i for i, c in enumerate(clauses) if c.contains(first)), len(clauses) - 1)
        part = Participant(mention, first, last, clause, "bare")
        _assign_slot(tokens, clauses[clause], part, number_nouns)
        _promote_agent_attribute(tokens, part, agent_nouns, exact_agent_nouns)
        out.append(part)
    out = _name_unknown_roles(tokens, out)
    out = _owned_by_attribute(tokens, out)
    _group_coordination(tokens, out)
    return out


# words an extended attribute may hold between its article and its participle
ATTRIBUTE_POS = frozenset({"APPR", "APPRART", "ART", "ADJA", "ADJD", "ADV", "NN", "NE", "CARD", "PIAT"})
# words that open the phrase of an extended attribute: an article, a quantifier or a number ("vier [von Iran
# gestartete] Drohnen")
ATTRIBUTE_DETERMINERS = frozenset({"ART", "PIAT", "CARD"})
# words that can open an extended attribute after its article ("eine [von Russland gestartete] Drohne")
ATTRIBUTE_OPENERS = frozenset({"APPR", "APPRART", "ADJA", "ADV", "ADJD", "NN", "NE"})


def _owned_by_attribute(tokens: list[Tagged], parts: list[Participant]) -> list[Participant]:
    """Unnamed people or craft whose extended attribute names their owner take its code:
    "einen zur russischen Schattenflotte gehörenden Öltanker" is Russia's, "eine von Russland
    gestartete Drohne" too. The owner is then part of the craft's phrase, not a participant."""
    owners: set[int] = set()
    for part in parts:
        if part.mention.kind != "unnamed" or part.mention.code != UNKNOWN_CODE:
            continue
        owner = _attribute_owner(tokens, parts, part)
        if owner is not None:
            part.mention = replace(part.mention, code=owner.mention.code)
            owners.add(id(owner))
    return [p for p in parts if id(p) not in owners]


def _attribute_owner(tokens: list[Tagged], parts: list[Participant], craft: Participant) -> Participant | None:
    participle = craft.first - 1
    if participle < 1 or tokens[participle].pos != "ADJA" or not tokens[participle].text.lower().endswith(
            ("nden", "nde", "ten", "te", "enen", "ene")):
        return None
    start = participle - 1
    while start >= 0 and participle - start <= 6 and tokens[start].pos in ATTRIBUTE_POS:
        if tokens[start].pos in ATTRIBUTE_DETERMINERS and start + 1 < participle \
                and tokens[start + 1].pos in ATTRIBUTE_OPENERS:
            inside = [p for p in parts if start < p.first and p.last < participle and p is not craft
                      and p.mention.code != UNKNOWN_CODE]
            return inside[0] if len(inside) == 1 else None
        start -= 1
    return None


def _name_unknown_roles(tokens: list[Tagged], parts: list[Participant]) -> list[Participant]:
    """'Vertreter beider Länder': a role word of unknown country followed by the genitive that names
    its actors is replaced by them, in its place and slot."""
    keep = []
    for r in parts:
        if r.mention.code != UNKNOWN_CODE or r.mention.kind != "role":
            keep.append(r)
            continue
        named = [p for p in parts if p.first in {r.first, r.last + 1} and p is not r
                 and p.mention.code != UNKNOWN_CODE and p.clause == r.clause
                 and (p.slot == "gen" or p.first == r.first or tokens[p.first].pos in {"PIAT", "ART", "PPOSAT"}
                      and tokens[p.first].text.lower().endswith(("er", "es")))]
        if not named:
            keep.append(r)
            continue
        for p in named:
            p.first, p.slot, p.case, p.prep_index, p.head = r.first, r.slot, r.case, r.prep_index, r.head
    return keep


def _assign_slot(tokens: list[Tagged], clause: Clause, part: Participant,
                 number_nouns: frozenset[str] = frozenset()) -> None:
    mention = part.mention
    if mention.kind == "adjective" and tokens[part.first].pos in {"ADJA", "ADJD", "NN", "NE"}:
        head = _next_noun(tokens, part.last + 1, clause.end)
        if head is not None and tokens[part.first].pos == "ADJA":
            part.slot, part.head = "adj", head
            _prep_before(tokens, clause, part)
            return
    if tokens[part.first].pos == "ART":  # role phrases include their article ("den US-Botschafter")
        part.case = _case_of(tokens[part.first].text.lower(), tokens, part.first, clause)
    k = part.first - 1
    while k >= clause.start and (tokens[k].pos in DETERMINER_POS or tokens[k].text in QUOTES
                                 or _quantity_comparison(tokens, k) or tokens[k].lemma in number_nouns) \
            and tokens[k].text.lower() not in {"und", "sowie"}:
        if tokens[k].pos == "ART":
            part.case = _case_of(tokens[k].text.lower(), tokens, k, clause)
        k -= 1
    # a pre-nominal genitive name: "Israels Angriff", "bei Israels Angriff"
    if mention.text.endswith("s") and part.last + 1 < clause.end and tokens[part.last + 1].pos.startswith("NN") \
            and mention.kind in {"state", "capital", "person", "organisation"} and part.case is None:
        part.slot, part.head = "gen", part.last + 1
        if k >= clause.start and tokens[k].pos in PREP_POS:
            part.prep_index = k  # "an Israels Siedlungsplänen": the genitive's noun stands in a PP
        return
    # a name in apposition to a noun of a PP ("in dem NATO-Land Rumänien", "in der Stadt Aleppo") or its
    # genitive owner ("mit der Expertise der Ukraine"); not a new NP after the PP ("nach eigenen Angaben
    # mehrere Schiffe")
    apposed = k == part.first - 1 and mention.kind != "unnamed"
    if (apposed or part.case == "gen") and k >= clause.start and tokens[k].pos.startswith("NN") \
            and not mention.text.endswith("s"):
        j = k - 1
        while j >= clause.start and tokens[j].pos in DETERMINER_POS and tokens[j].pos != "KON":
            j -= 1
        if j >= clause.start and j < k - 1 and tokens[j].pos in PREP_POS:
            part.slot = CONTRACTIONS.get(tokens[j].text.lower(), tokens[j].lemma.lower())
            part.prep_index = j
            if part.case == "gen":
                part.head = k  # the owned noun: "nach der Entscheidung der USA, ... zu lockern"
            return
    # a post-nominal genitive name: "mit Unterstützung Chinas und Russlands", "Angriff Russlands"
    if k == part.first - 1 and k >= clause.start and tokens[k].pos.startswith("NN") and part.case is None \
            and mention.text.endswith("s") and mention.kind in {"state", "capital", "organisation"}:
        part.slot, part.head = "gen", k
        return
    if k >= clause.start and tokens[k].pos in PREP_POS:
        prep = tokens[k].text.lower()
        part.slot = CONTRACTIONS.get(prep, tokens[k].lemma.lower())
        part.prep_index = k
        return
    if k + 1 < part.first and part.case == "gen" and k >= clause.start and tokens[k].pos in {"NN", "NE"}:
        part.slot, part.head = "gen", k
        return
    if part.case == "gen":
        part.slot = "gen"
        part.head = k if k >= clause.start else None
        return
    if k >= clause.start and tokens[k].pos == "APPO" and not _closes_phrase(tokens, clause, k):
        part.slot = tokens[k].lemma.lower()  # "gegenüber Washington"
    nxt = part.last + 1
    if nxt < clause.end and tokens[nxt].pos == "APPO":
        part.slot = tokens[nxt].lemma.lower()  # "KCNA zufolge"


def _closes_phrase(tokens: list[Tagged], clause: Clause, k: int) -> bool:
    """A postposition right after a noun governs that noun ("eigenen Angaben zufolge"), not the phrase
    after it ("... zufolge sechs Schiffe zur Umkehr gezwungen": the ships are the object)."""
    return k > clause.start and tokens[k - 1].pos in {"NN", "NE"}


def _quantity_comparison(tokens: list[Tagged], k: int) -> bool:
    """The 'als' of "von mehr als 30 Drohnen": part of the quantity, not a comparison."""
    return tokens[k].pos == "KOKOM" and k > 0 and tokens[k - 1].text.lower() in {"mehr", "weniger"}


def _promote_agent_attribute(tokens: list[Tagged], part: Participant, agent_nouns: frozenset[str],
                             exact: frozenset[str] = frozenset()) -> None:
    """'Vertreter beider Staaten', 'Regierung von Kim', 'der Menschenrechtskommissar des Europarats', 'die
    Staaten der EU': the actor stands where its agent noun (or a compound ending in one; exact: only the noun
    itself, "Nachbarstaaten Russlands" are others) stands."""
    if part.slot == "gen" and part.head is not None and (
            _agent_noun(tokens[part.head].lemma, agent_nouns) or tokens[part.head].lemma in exact):
        part.slot, part.case = "bare", None
        part.first = part.head
        _reassign_from_head(tokens, part)
    elif part.slot == "von" and part.prep_index and _agent_noun(tokens[part.prep_index - 1].lemma, agent_nouns):
        head = part.prep_index - 1
        part.slot, part.prep_index, part.case = "bare", None, None
        part.first = part.head = head
        _reassign_from_head(tokens, part)


def _agent_noun(lemma: str, agent_nouns: frozenset[str]) -> bool:
    """An agent noun, or a compound whose head is one ("Menschenrechtskommissar" -> Kommissar)."""
    if lemma in agent_nouns:
        return True
    folded = lemma.lower()
    return any(len(folded) > len(noun) + 2 and folded.endswith(noun) for noun in _folded(agent_nouns))


@cache
def _folded(words: frozenset[str]) -> tuple[str, ...]:
    """Lower-cased words, once per word list (the agent-noun check runs for every genitive)."""
    return tuple(w.lower() for w in words)


def _reassign_from_head(tokens: list[Tagged], part: Participant) -> None:
    """The agent noun's own article or preposition decides the slot."""
    k = part.first - 1
    while k >= 0 and tokens[k].pos in DETERMINER_POS and tokens[k].text.lower() not in {"und", "sowie"}:
        if tokens[k].pos == "ART" and tokens[k].text.lower() in {"den", "dem"}:
            part.case = "acc" if tokens[k].text.lower() == "den" else "dat"
        k -= 1
    if k >= 0 and tokens[k].pos in PREP_POS:
        part.slot = CONTRACTIONS.get(tokens[k].text.lower(), tokens[k].lemma.lower())
        part.prep_index = k


def _prep_before(tokens: list[Tagged], clause: Clause, part: Participant) -> None:
    """An adjective's NP may itself stand in a PP ("bei einem russischen Luftangriff",
    "von mehr als 30 russischen Drohnen")."""
    k = part.first - 1
    while k >= clause.start and (tokens[k].pos in DETERMINER_POS or tokens[k].pos == "KOKOM"):
        k -= 1
    if k >= clause.start and tokens[k].pos in PREP_POS:
        part.prep_index = k


def _next_noun(tokens: list[Tagged], start: int, end: int) -> int | None:
    for k in range(start, min(end, start + 4)):
        if tokens[k].pos.startswith("NN") or tokens[k].pos == "NE":
            return k
        if tokens[k].pos not in {"ADJA", "ADV", "ADJD", "TRUNC", "KON", "$,"}:
            return None
    return None


def _case_of(article: str, tokens: list[Tagged], k: int, clause: Clause) -> str | None:
    if article in {"des", "eines"}:
        return "gen"
    if article in {"dem", "einem"}:
        return "dat"
    if article in {"den", "einen"}:
        return "acc"
    if article in {"der", "einer"}:
        # "der" after a noun is mostly genitive ("Versuche der USA"), at clause start nominative
        prev = k - 1
        if prev >= clause.start and tokens[prev].pos in {"NN", "NE"}:
            return "gen"
        return None
    return None


def _group_coordination(tokens: list[Tagged], parts: list[Participant]) -> None:
    """Mentions joined by und/sowie/oder/Komma in the same slot share a group id."""
    parts.sort(key=lambda p: p.first)
    group = 0
    for i, part in enumerate(parts):
        if i > 0:
            prev = parts[i - 1]
            if prev.first == part.first and prev.last == part.last:
                part.group = group  # one phrase standing for several actors ("beide Staaten")
                continue
            between = tokens[prev.last + 1: part.first]
            if prev.slot == "gen" and part.slot == "bare" and between and part.mention.text.endswith("s") and all(
                    t.pos == "KON" or t.text == "," for t in between):
                part.slot, part.head = "gen", prev.head  # "Unterstützung Chinas und Russlands"
            if prev.prep_index is not None and part.slot == "bare" and part.prep_index is None and between and all(
                    t.pos in {"KON", "$,", "ART"} for t in between) and any(t.pos == "KON" for t in between):
                # "in Japan und Indonesien": the conjunct stands in the preposition's phrase too
                part.slot, part.prep_index, part.case = prev.slot, prev.prep_index, prev.case
            joined = (prev.clause == part.clause and prev.slot == part.slot and between
                      and all(t.pos in {"KON", "$,", "ART", "ADJA", "PIAT", "PIDAT"} for t in between)
                      and any(t.pos == "KON" or t.text == "," for t in between)
                      and prev.slot not in {"adj"})
            if not joined and prev.slot == "adj" and part.slot == "adj" and between and all(
                    t.pos in {"KON", "$,"} for t in between):
                joined = True
            if not joined:
                group += 1
        part.group = group
