"""Who acts and who is acted upon: source and target of a trigger from clause structure."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..nlp.tagger import Tagged
from .clauses import Clause, Participant
from .lexicon import Trigger

PLURAL_ENDINGS = ("en", "ten", "ern", "eln")
# acts complete without a counterpart: troops withdraw, an office holder resigns (no implicit target;
# a target the text names, "withdrew from Gorazde", still counts)
SELF_CONTAINED_ACTS = frozenset({("RETREAT", "withdraw"), ("RETREAT", "resign")})


@dataclass
class Arguments:
    """Participants chosen as source and target of one trigger."""

    source: list[Participant] = field(default_factory=list)
    target: list[Participant] = field(default_factory=list)
    reciprocal: bool = False
    unnamed_target: bool = False  # the other side is unknown by design: no implicit target from the story
    placed: bool = False  # the target is only the state where the act happens ("der Anschlag in Moskau")
    course: bool = False  # a definite act noun whose course the clause tells ("die Gespräche sind beendet")
    doer_unnamed: bool = False  # the doer is unsaid ("erhielt Zusagen", "wurden zugesagt"): no implicit source


def group_of(parts: list[Participant], part: Participant) -> list[Participant]:
    """The participant and those coordinated with it."""
    return [p for p in parts if p.group == part.group]


def bare_candidates(parts: list[Participant], clause_index: int, exclude: set[int]) -> list[Participant]:
    """Participants of a clause standing as bare NPs (subject/object candidates)."""
    return [p for p in parts if p.clause == clause_index and p.slot in {"bare", "adj"}
            and p.prep_index is None and id(p) not in exclude and _is_argument_adj(p)]


def _is_argument_adj(part: Participant) -> bool:
    # a nationality adjective stands for the actor only when its noun is an actor-ish noun;
    # the mention stage merges role nouns ("russische Verteidigungsminister") into the mention,
    # so a remaining adjective ("russische Truppen", "nordkoreanische Staatsmedien") counts.
    return part.slot != "adj" or part.mention.kind == "adjective"


def finite_is_plural(tokens: list[Tagged], clause: Clause) -> bool | None:
    """Number of the finite verb when its form tells (None when unknown)."""
    if clause.finite is None:
        return None
    word = tokens[clause.finite].text.lower()
    if word in {"ist", "hat", "wird", "war", "wurde", "soll", "will", "kann", "muss", "sei", "habe"}:
        return False
    if word in {"sind", "haben", "werden", "waren", "wurden", "sollen", "wollen", "können", "müssen", "seien"}:
        return True
    if word.endswith(PLURAL_ENDINGS) and not word.endswith("ten") or word.endswith("ten") and len(word) > 6:
        return True
    if word.endswith(("t", "te")):
        return False
    return None


def pick_subject(tokens: list[Tagged], clause: Clause, parts: list[Participant],
                 exclude: set[int]) -> list[Participant]:
    """The subject group of a clause: nominative-compatible bare NP, Vorfeld first."""
    candidates = [p for p in bare_candidates(parts, parts_clause_index(clause, parts), exclude)
                  if p.case not in {"acc", "dat", "gen"}]
    if not candidates or _impersonal_subject(tokens, clause, parts):
        return []
    if _vorfeld_subject_is_no_actor(tokens, clause, parts):
        # "Die Militärallianz macht Russland verantwortlich": the subject stands before the verb
        # but names no actor we know; an object after the verb must not take its place
        nominative = [p for p in candidates if p.mention.kind == "pronoun" and p.first > (clause.finite or 0)]
        return group_of(parts, nominative[0]) if nominative else []
    plural = finite_is_plural(tokens, clause)
    if clause.finite is not None:
        before = [p for p in candidates if p.last < clause.finite]
        after = [p for p in candidates if p.first > clause.finite]
        ordered = before + after
    else:
        ordered = candidates
    # personal pronouns "er"/"wir"/"ich" are nominative whatever the word order ("Der Regierung warf er vor")
    nominative = [p for p in ordered if p.mention.kind == "pronoun" and p.mention.text.lower() in {"er", "wir", "ich"}]
    if nominative:
        return group_of(parts, nominative[0])
    if plural is not None and len(ordered) > 1:
        # prefer the candidate whose group agrees in number with the finite verb
        agreeing = [p for p in ordered if _group_plural(parts, p) == plural]
        if agreeing:
            ordered = agreeing + [p for p in ordered if p not in agreeing]
    return group_of(parts, ordered[0])


def _impersonal_subject(tokens: list[Tagged], clause: Clause, parts: list[Participant]) -> bool:
    """"Man hat die russische Botschaft angegriffen", "wie man die US-Armee bekämpft": the impersonal 'man'
    is the subject (unless it stands for the speaker), so every actor of the clause is an object."""
    return any(tokens[k].text.lower() == "man" and tokens[k].pos == "PIS" and not any(p.first == k for p in parts)
               for k in range(clause.start, clause.end))


def _vorfeld_subject_is_no_actor(tokens: list[Tagged], clause: Clause, parts: list[Participant]) -> bool:
    """The clause opens with a nominative noun phrase (der/die/das + noun) that holds no actor."""
    if clause.finite is None or clause.kind != "main" or clause.finite - clause.start > 5:
        return False
    first = tokens[clause.start]
    if first.pos == "PPER" and first.text.lower() in {"es", "er", "sie"} and clause.finite == clause.start + 1:
        # an unresolved pronoun subject ("Es warf der Regierung ... vor")
        return not any(p.first == clause.start for p in parts)
    after = clause.finite + 1
    if after < clause.end and tokens[after].pos == "PPER" and tokens[after].text.lower() == "es" and not any(
            p.first == after for p in parts):
        return True  # "Zuvor habe es vier Drohnen abgeschossen": 'es' right after the verb is the subject
    if first.pos != "ART" or first.text.lower() not in {"der", "die", "das"}:
        return False
    if not any(tokens[k].pos.startswith("NN") for k in range(clause.start, clause.finite)):
        return False
    if any(tokens[k].pos in {"APPR", "APPRART", "APPO", "$,"} for k in range(clause.start, clause.finite)):
        return False
    return not any(clause.start <= p.first < clause.finite for p in parts)


def parts_clause_index(clause: Clause, parts: list[Participant]) -> int:
    """The index of a clause as recorded on its participants (clauses are matched by range)."""
    for p in parts:
        if clause.contains(p.first):
            return p.clause
    return -1


def _group_plural(parts: list[Participant], part: Participant) -> bool:
    group = group_of(parts, part)
    if len({p.mention.code for p in group}) > 1:
        return True  # "Nordkorea und Russland"; "des Europarats, Nils Muiznieks" is one actor named twice
    text = part.mention.text.lower()
    return text.endswith(("usa", "vereinigten staaten", "vereinten nationen", "huthi", "taliban")) or \
        part.mention.text.endswith(("er", "en")) and part.mention.kind in {"demonym", "group"}


# target slots that are cases or other noun phrases, not prepositions
CASE_SLOTS = frozenset({"acc", "dat", "gen", "adj", "subj", "poss"})


def target_prepositions(trigger: Trigger) -> tuple[str, ...]:
    """The prepositions of a trigger's target slots ("Sanktionen gegen X": gegen), in the entry's order."""
    return tuple(t for t in trigger.target if t not in CASE_SLOTS)


def pick_objects(tokens: list[Tagged], clause_index: int, parts: list[Participant], subject: list[Participant],
                 trigger: Trigger, trigger_index: int, exclude: set[int]) -> list[Participant]:
    """Target group: a bare object NP or a PP with one of the trigger's target prepositions."""
    taken = {id(p) for p in subject} | exclude | {id(p) for p in appositions(tokens, parts, subject)}
    preps = target_prepositions(trigger)
    wants_object = any(t in {"acc", "dat"} for t in trigger.target)
    for p in sorted(parts, key=lambda p: abs(p.first - trigger_index)):
        if id(p) in taken or p.clause != clause_index:
            continue
        if p.slot in preps and p.prep_index is not None:
            return group_of(parts, p)
        if p.slot in {"adj", "gen"} and p.prep_index is not None and tokens[p.prep_index].lemma.lower() in preps:
            return group_of(parts, p)
        if p.slot == "von" and p.prep_index is not None and _owner_in_pp(tokens, p.prep_index, preps):
            return group_of(parts, p)  # "drangen in den Luftraum von Estland ein"
    if wants_object:
        objects = [p for p in bare_candidates(parts, clause_index, taken)]
        if objects:
            return group_of(parts, objects[0])
        # the object's owner: "verletzte den Luftraum Estlands", "die Souveränität der Ukraine"
        owners = [p for p in parts if p.clause == clause_index and p.slot == "gen" and p.prep_index is None
                  and id(p) not in taken and p.head is not None and p.head != trigger_index
                  and p.mention.code not in {s.mention.code for s in subject}]
        if owners:
            return group_of(parts, owners[0])
    return []


def _owner_in_pp(tokens: list[Tagged], von: int, preps: list[str]) -> bool:
    """Whether the noun before 'von' heads a phrase of one of the prepositions (the von-actor owns it),
    or the von-phrase opens a participle attribute inside one ("gegen die von Trump erhobenen Ansprüche")."""
    head = von - 1
    j = head
    while j >= 0 and tokens[j].pos in {"ART", "PIAT", "PDAT"}:
        j -= 1
    if j < head and j >= 0 and tokens[j].pos in {"APPR", "APPRART"} and tokens[j].lemma.lower() in preps:
        return True
    if head < 0 or not tokens[head].pos.startswith("NN"):
        return False
    j = head - 1
    while j >= 0 and tokens[j].pos in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD"}:
        j -= 1
    return j >= 0 and tokens[j].pos in {"APPR", "APPRART"} and tokens[j].lemma.lower() in preps


def appositions(tokens: list[Tagged], parts: list[Participant], group: list[Participant]) -> list[Participant]:
    """Mentions set off by commas right after a group ("Der Chef der Hisbollah, Naim Kassim, ...")."""
    if not group:
        return []
    last = max(p.last for p in group)
    codes = {p.mention.code for p in group}
    out = []
    for p in sorted(parts, key=lambda p: p.first):
        between = tokens[last + 1:p.first]
        if p.first > last and between and all(t.text == "," for t in between):
            out.append(p)
            last = p.last
        elif p.first > last and 1 < len(between) <= 5 and between[-1].text == "," and p.mention.kind == "person" \
                and p.mention.code in codes and not any(t.pos.startswith("V") for t in between):
            # "Der Chef der Hisbollah im Libanon, Naim Kassim,": the group's own person after a place
            out.append(p)
            last = p.last
    return out


def noun_arguments(tokens: list[Tagged], noun: int, clause_index: int, parts: list[Participant],
                   trigger: Trigger) -> Arguments:
    """Source and target of a noun trigger: adjective/genitive/von for source, its PP for target."""
    args = Arguments()
    for p in parts:
        if p.clause != clause_index:
            continue
        if p.first == noun == p.last:
            # an actor inside the compound: "USA-Reise" goes there, "US-Sanktionen" are imposed by it,
            # "Russland-Sanktionen" and "Ukraine-Hilfe" are aimed at it (a state's full name is the topic)
            if trigger.type == "CONSULT" or p.mention.kind == "state" and not p.mention.text.isupper():
                args.target = [p]
            else:
                args.source = [p]
        elif p.first <= noun <= p.last and "adj" in trigger.source and any(
                tokens[k].pos == "ADJA" for k in range(p.first, noun)):
            # the actor stage read "einem russischen Luftangriff" as one phrase: its actor acts
            args.source = [p]
        elif p.slot == "adj" and p.head == noun and "adj" in trigger.source:
            args.source = group_of(parts, p)
        elif _attached_genitive(p, noun, trigger) or _attached_agent_pp(p, noun, trigger, tokens) \
                or _genitive_adjective(p, noun, trigger, tokens):
            args.source = args.source or group_of(parts, p)
    if not args.source and trigger.reciprocal and trigger.type not in STATE_BETWEEN_TYPES:
        # "das Abkommen zwischen Israel und Ägypten", "Gespräche zwischen Moskau und Kiew": both sides act
        between = [p for p in parts if p.clause == clause_index and p.slot == "zwischen" and 0 < p.first - noun <= 4]
        if between:
            args.source = group_of(parts, between[0])
            return args
    preps = target_prepositions(trigger)
    for p in sorted(parts, key=lambda p: p.first):
        if p.clause != clause_index or p.first <= noun or p.first - noun > 8 or p in args.source:
            continue
        prep_lemma = tokens[p.prep_index].lemma.lower() if p.prep_index is not None else None
        if p.prep_index is not None and (p.slot in preps or prep_lemma in preps) and not _between_verb(
                tokens, noun, p.first):
            args.target = group_of(parts, p)
            break
    if not args.target:
        # "Angriffe auf Stellungen des IS", "Anschlag auf einen Konvoi der UN": the owner of the PP's noun
        owners = [p for p in parts if p.clause == clause_index and p.slot == "gen" and p.head is not None
                  and 0 < p.first - noun <= 8 and p not in args.source
                  and _target_pp_head(tokens, noun, p.head, preps)]
        if owners:
            args.target = group_of(parts, owners[0])
    if not args.target and "gen" in trigger.target:
        for p in parts:
            if p.clause == clause_index and p.slot == "gen" and p.head == noun and p not in args.source:
                args.target = group_of(parts, p)
    if not args.target and trigger.type in PLACED_TYPES:
        # "der Anschlag in Moskau": an attack is aimed at the state where it happens
        # the place may follow the attacked thing ("der Angriff auf ein Krankenhaus in der Stadt Aleppo")
        reach = 4 + _unnamed_target_pp(tokens, noun, preps)
        # ... also as the name after the place's noun ("in der syrischen Stadt Aleppo")
        placed = [p for p in parts if p.clause == clause_index and p.slot == "in" and (
                  0 < p.first - noun <= reach or 0 < p.first - noun <= reach + 3 and tokens[p.first - 1].pos == "NN")
                  and p.mention.kind in {"state", "capital", "city"} and p not in args.source]
        if placed and trigger.reciprocal and not args.source:
            # "Kämpfe im Donbass": fighting between unnamed sides is fought by forces of the place's state
            args.source = group_of(parts, placed[0])
        elif placed:
            args.target = group_of(parts, placed[0])
            args.placed = True
    return args


def _unnamed_target_pp(tokens: list[Tagged], noun: int, preps: list[str]) -> int:
    """The length of the noun's own target PP right after it that names a thing ("auf ein Krankenhaus"), else 0."""
    k = noun + 1
    if k >= len(tokens) or tokens[k].pos not in {"APPR", "APPRART"} or tokens[k].lemma.lower() not in preps:
        return 0
    k += 1
    while k < len(tokens) and tokens[k].pos in {"ART", "ADJA", "PIAT", "CARD"}:
        k += 1
    return k - noun if k < len(tokens) and tokens[k].pos == "NN" else 0


def placed_fight(trigger: Trigger, args: Arguments) -> bool:
    """Whether a mutual act's only side is the state where it happens ("Kämpfe in Syrien"): the other
    side is unnamed, not the story's other actor."""
    return trigger.reciprocal and bool(args.source) and not args.target and all(p.slot == "in" for p in args.source)


# mutual nouns whose zwischen-PP tells a state that holds between the sides, no act ("gilt eine Feuerpause zwischen
# Regierungstruppen und Rebellen"): the sides come from the clause, not from the PP
STATE_BETWEEN_TYPES = frozenset({"RETREAT"})
# noun acts whose place right after the noun is their target ("Anschlag in Moskau"); for a mutual
# fight ("Kämpfe in Syrien") the place's state is a side
PLACED_TYPES = frozenset({"ASSAULT"})


def _attached_genitive(p: Participant, noun: int, trigger: Trigger) -> bool:
    near = p.head == noun or p.head is None and 0 < p.first - noun <= 3
    # the genitive of a noun inside a PP stands in the PP's slot ("auf ein Großmanöver der USA"): its head tells
    genitive = p.slot == "gen" or p.case == "gen" and p.prep_index is not None and p.head == noun
    # a noun whose genitive is its patient ("die Auflösung des Parlaments") takes no source from it
    return genitive and near and "gen" in trigger.source and "gen" not in trigger.target


def _genitive_adjective(p: Participant, noun: int, trigger: Trigger, tokens: list[Tagged]) -> bool:
    """'Friedensgespräche der jemenitischen Konfliktparteien': a nationality on the noun of the act's genitive owner
    names the owner's side."""
    return p.slot == "adj" and p.head is not None and 0 < p.head - noun <= 4 and "gen" in trigger.source \
        and "gen" not in trigger.target and _genitive_phrase(tokens, noun + 1, p.head + 1)


def _attached_agent_pp(p: Participant, noun: int, trigger: Trigger, tokens: list[Tagged]) -> bool:
    if p.slot not in {"von", "durch"} or p.slot not in trigger.source or p.first <= noun:
        return False
    # "die Annexion der ukrainischen Halbinsel Krim durch Russland": a durch-agent may follow the noun's
    # genitive complement (a von-phrase there may belong to the complement: "der Regierung von Assad")
    return p.first - noun <= 3 or p.slot == "durch" and p.prep_index is not None and p.prep_index - noun <= 7 \
        and _genitive_phrase(tokens, noun + 1, p.prep_index)


def _genitive_phrase(tokens: list[Tagged], start: int, end: int) -> bool:
    """Tokens [start, end) are one genitive noun phrase ("der ukrainischen Halbinsel Krim")."""
    return end > start and tokens[start].lemma.lower() in {"der", "die", "ein", "eine"} \
        and tokens[start].text.lower() in {"des", "der", "eines", "einer"} \
        and all(tokens[k].pos in {"ADJA", "NN", "NE", "CARD", "TRUNC"} for k in range(start + 1, end))


def _target_pp_head(tokens: list[Tagged], noun: int, head: int, preps: list[str]) -> bool:
    """Whether head is the noun of a PP right after the trigger noun whose preposition marks the target."""
    k = head - 1
    while k > noun and tokens[k].pos in {"ART", "ADJA", "CARD", "PIAT", "ADV"}:
        k -= 1
    # a dative after a two-way preposition is a place or the verb's ("scheitert an der Blockade Ungarns")
    dative = tokens[k + 1].text.lower() in {"dem", "der", "einem", "einer"} or tokens[k].pos == "APPRART"
    return k > noun and tokens[k].pos in {"APPR", "APPRART"} and tokens[k].lemma.lower() in preps \
        and not dative and not _between_verb(tokens, noun, k)


def _between_verb(tokens: list[Tagged], a: int, b: int) -> bool:
    return any(tokens[k].pos.startswith("V") for k in range(a + 1, b))
