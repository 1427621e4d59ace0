"""German coder, step 2: the sides of a trigger (source and target) from German clause structure:
subjects and objects by case, passives with von/durch, noun acts with their genitives and PPs."""

from __future__ import annotations

from dataclasses import replace

from ..model import UNKNOWN_CODE
from ..nlp.tagger import Tagged
from .arguments import (
    Arguments,
    bare_candidates,
    group_of,
    noun_arguments,
    pick_objects,
    pick_subject,
    target_prepositions,
)
from .attribution import Attribution
from .clauses import Clause, Participant, verb_lemma
from .german_base import (
    ATTRIBUTE_INNER_POS,
    CONTENT_ADDRESSEE_TYPES,
    PLACE_KINDS,
    PLACED_DOMESTIC_TYPES,
    UNDIRECTED_TYPES,
    UNNAMED_ADDRESSEE_TYPES,
    UNSAID_GIVER_TYPES,
    Found,
    GermanBase,
    _attributive_participle,
)
from .german_judgements import _owner_of_subject_noun, _unnamed_object
from .lexicon import Trigger


class RoleSteps(GermanBase):
    """Choosing source and target of a found trigger."""

    def _arguments(self, tokens, clauses, parts, item: Found, subjects, attribution: Attribution,
                   clause_verbs: list[Trigger], noun_acts: list[Found]):
        ci = item.clause
        clause = clauses[ci]
        # speakers are no sides of what they report; a speaker standing in the act's own clause
        # ("Trump drohte Iran ... und behauptete, ...") does the act
        exclude = {id(p) for p in attribution.speakers(parts)
                   if p.clause != ci or ci in attribution.clauses or p.slot != "bare"}
        if item.attributive:
            return self._attributed_judgement(tokens, clauses, parts, item, subjects, attribution)
        if item.described:
            return _described_act_arguments(parts, ci, item.index)
        if item.impending:
            own = noun_arguments(tokens, item.index, ci, parts, item.trigger).source
            affected = [p for p in parts if p.clause == ci and p not in own and p.slot in {"bare", "dat"}
                        and p.mention.code != UNKNOWN_CODE and id(p) not in exclude]
            return Arguments(own, group_of(parts, affected[0]) if affected else [])
        if item.noun:
            return self._noun_act_arguments(tokens, clauses, parts, item, subjects, attribution, clause_verbs,
                                            exclude)
        if clause.passive or self._headline_passive(tokens, clause, item):
            return self._passive_arguments(tokens, clauses, parts, item, exclude)
        if "subj" in item.trigger.target:
            # "X hat in Peking heftige Kritik ausgelöst": the subject is criticised, the PP criticises
            # a thing as the subject ("Die Pläne Israels zum Bau in X haben Kritik ausgelöst"): its owner is
            # criticised, and the actors inside its phrase are no critics
            owner = _owner_of_subject_noun(tokens, clause, ci, parts, exclude)
            target = owner or self._subject(tokens, clauses, ci, parts, subjects, exclude)
            taken = exclude | {id(p) for p in target}
            source = [p for p in parts if p.clause == ci and p.slot in item.trigger.source and id(p) not in taken
                      and not (owner and p.first < (clause.finite or 0))]
            if len(source) > 1 and {"bei", "in"} & set(item.trigger.source):
                # "rief in Berlin und bei der EU Kritik hervor": every place and body named criticises
                return Arguments(_union_of_groups(parts, source), target)
            if not source and {"acc", "dat"} & set(item.trigger.source):
                # "Xi empfing den Kanzler": the received visitor is the object
                source = bare_candidates(parts, ci, taken)
            if "speaker" in item.trigger.source:
                # "Das Vorgehen verstoße gegen das Völkerrecht, sagte X": the speaker accuses; without
                # a speaker the sentence states a fact (or is an accusation's content, coded there); a Konjunktiv
                # sentence without a speaker of its own goes on with the previous one's ("Die USA hätten somit
                # Chinas Hoheitsrechte verletzt" after "..., heißt es in einer Mitteilung des Militärs")
                source = attribution.judges(parts)
                if not source:
                    return None
                if not any(p is source[0] for p in parts):
                    return Arguments(source[:1], target)  # the previous sentence's speaker
            return Arguments(group_of(parts, source[0]) if source else [], target) if source or target else None
        if item.trigger.pos == "A" and not item.trigger.target and not self._judging_verb(tokens, clause):
            # "Er sei des Amtes unwürdig, sagte Magyar": the speaker judges, the copula's subject is judged
            speaker = attribution.judges(parts)
            judged = [p for p in self._subject(tokens, clauses, ci, parts, subjects, exclude)
                      if p.mention.code != UNKNOWN_CODE]
            if speaker and judged:
                return Arguments(speaker, judged)
            if speaker and not judged and self._expletive_subject(tokens, clauses, ci):
                # "Es sei unentschuldbar, Zivilisten ins Visier zu nehmen": the act of the clause after it is
                # judged; its doer, where it names one ("dass Russland ..."), else nobody named
                doer = pick_subject(tokens, clauses[ci + 1], parts, exclude)
                return Arguments(speaker, doer, unnamed_target=not doer)
        source = self._subject(tokens, clauses, ci, parts, subjects, exclude)
        if not source and item.trigger.pos == "A":
            source = attribution.speakers(parts)  # the speaker judges
        if not source and item.trigger.type == "PROTEST":
            # "In Kopenhagen demonstrierten Tausende": unnamed protesters of the place
            source = [p for p in parts if p.clause == ci and p.slot == "in" and p.mention.kind in PLACE_KINDS]
            exclude = exclude | {id(p) for p in source}
        target = pick_objects(tokens, ci, parts, source, item.trigger, item.index, exclude)
        if not target and clause.resumes is not None:
            # "Trump hat den Ländern, die ..., mit Zöllen gedroht": the objects stand in the resumed main clause
            target = pick_objects(tokens, clause.resumes, parts, source, item.trigger, item.index, exclude)
        if not target and item.trigger.type in UNNAMED_ADDRESSEE_TYPES and item.trigger.target == ("dat",):
            # "droht er Gegnern seiner Pläne mit Zöllen": a dative object no actor stands for is an unnamed side
            target = _unnamed_object(tokens, clause, item, parts)
        judged = self._judged_act(tokens, clauses, parts, item, noun_acts) if source and not target else None
        if judged is not None:
            # "verurteilte den Angriff auf ein Krankenhaus in Aleppo": the act's doer is criticised, not
            # its target or place; an act without a named doer leaves the criticised unnamed
            doer = [p for p in judged if id(p) not in exclude and p not in source]
            return Arguments(source, doer, unnamed_target=not doer)
        if not target and item.trigger.type not in UNDIRECTED_TYPES and not item.trigger.reciprocal \
                and item.otherwise is None:
            # an entry that needs a target and has another sense takes it from its own slots only ("kauft in den
            # USA Panzer für neue Brigaden" is no aid to the USA); a mutual act names its partner ("einigte sich
            # mit X"); other actors of its clause belong to what was agreed ("auf Sanktionen gegen Russland")
            target = self._fallback_target(parts, ci, source, exclude, item.index, item.trigger.type)
            if not target and item.trigger.type in CONTENT_ADDRESSEE_TYPES and item.trigger.pos == "V":
                target = self._content_subject(tokens, clauses, ci, parts, source, exclude)
            if not target and self._elliptic(clause, ci, parts) and ci > 0:
                # "dankten Kerry ... und baten um Unterstützung": the partner of the clause before
                target = self._fallback_target(parts, ci - 1, source, exclude, item.index, item.trigger.type)
        mutual = item.trigger.reciprocal and len({p.mention.code for p in source}) >= 2
        if item.trigger.needs_target and not target and not mutual:
            return None  # "Putin und Xi wollen über ihre Beziehungen sprechen": coordinated subjects meet
        if not source and not target:
            return Arguments()  # sides from the story (_inherit_story_actors)
        reciprocal = item.trigger.reciprocal and len({p.mention.code for p in source}) >= 2 and not target
        return Arguments(source, target, reciprocal)

    def _passive_arguments(self, tokens, clauses, parts, item: Found, exclude: set[int]) -> Arguments | None:
        """The sides of a verb in a passive clause (or a headline's bare participle, "Attentäter zu Haft
        verurteilt"): the von/durch agent does the act, the subject undergoes it."""
        ci = item.clause
        clause = clauses[ci]
        headline = not clause.passive
        source = self._passive_agent(tokens, parts, ci)
        if headline and source and source[0].mention.kind in PLACE_KINDS - {"state"}:
            source = []  # "Attentäter von Solingen zu Höchststrafe verurteilt": a town is the doer's attribute
        target = pick_subject(tokens, clause, parts, exclude | {id(p) for p in source})
        if not target and not item.noun and "subj" not in item.trigger.target:
            # "An die Ukraine wurden Panzer geliefert": a thing as the passive subject, the PP names the side;
            # without a von-agent the doer is unsaid and stays unnamed (no story actor fills it)
            target = pick_objects(tokens, ci, parts, source, _pp_slots_only(item.trigger), item.index, exclude)
            if target and not source and item.trigger.type in UNSAID_GIVER_TYPES:
                return Arguments([], target, doer_unnamed=True)
        if not target and not source:
            # "Proteste der Opposition wurden niedergeschlagen": the subject names an act, its owner undergoes
            target = _owner_of_subject_noun(tokens, clause, ci, parts, exclude)
        if "subj" in item.trigger.target:
            # "wurden von der EU-Kommission empfangen": the received are the visitors
            source, target = target, source
        if not source and not target and item.trigger.type in PLACED_DOMESTIC_TYPES:
            # "wurde die Ausgangssperre in der Stadt Cizre aufgehoben": an unnamed authority restricts (or eases)
            # life where it rules: the place's state, on its own people
            placed = [p for p in parts if p.clause == ci and p.slot == "in" and p.mention.kind in PLACE_KINDS
                      and p.mention.code != UNKNOWN_CODE]
            if placed:
                return Arguments(group_of(parts, placed[0]), group_of(parts, placed[0]))
        if not source and not target:
            source = self._placed_doer(parts, ci, item.trigger)  # "In Nordkorea wurden Raketen getestet"
        if item.trigger.type in UNDIRECTED_TYPES and not source:
            return Arguments(target, [])  # "wurden nordkoreanische Raketen vorgeführt": the owner mobilises
        if item.trigger.with_ and item.trigger.target and not {"acc", "dat", "subj"} & set(item.trigger.target):
            # "waren die Sanktionen der UN gegen den Iran aufgehoben worden": the subject is the act's
            # noun; its owners (genitive, adjective) do the act, its PP names the side it concerns
            pp = [p for p in parts if p.clause == ci and p.slot in item.trigger.target and id(p) not in exclude]
            if pp:
                owners = [p for p in parts if p.clause == ci and p.slot in {"gen", "adj"} and p not in pp
                          and id(p) not in exclude]
                return Arguments(source or (group_of(parts, owners[0]) if owners else []), group_of(parts, pp[0]))
        return Arguments(source, target)

    def _taking_part(self, tokens: list[Tagged], clauses: list[Clause], parts: list[Participant], noun: int,
                     ci: int) -> list[Participant]:
        """'die Militärübung, an der Soldaten aus Südkorea und aus den USA teilnehmen': those who take part in
        the act noun, by a relative clause of a participation verb right after it, do the act (its named
        actors standing bare or with aus)."""
        rel = clauses[ci + 1] if ci + 1 < len(clauses) else None
        if rel is None or rel.kind != "rel" or rel.start != noun + 2 or tokens[rel.start].lemma.lower() != "an" \
                or not any(verb_lemma(tokens, k, rel) in self.participation_verbs for k in rel.verbs):
            return []
        return [p for p in parts if p.clause == ci + 1 and p.slot in {"bare", "aus"} and p.mention.code != UNKNOWN_CODE]

    def _joint_sense(self, item: Found, args: Arguments) -> Trigger | None:
        """The mutual sense of an act noun whose owners are two or more actors and no target ("ein Manöver der
        USA und Südkoreas"): the lemma's reciprocal entry, where it has one."""
        if not item.noun or item.trigger.reciprocal or args.target or len(
                {p.mention.code for p in args.source} - {UNKNOWN_CODE}) < 2:
            return None
        return next((t for t in self.lexicon.nouns(item.trigger.lemma) if t.reciprocal), None)

    @staticmethod
    def _headline_passive(tokens: list[Tagged], clause: Clause, item: Found) -> bool:
        """'Deutscher Journalist in Moskau festgenommen': a headline's bare participle of a transitive
        trigger is a passive without its auxiliary ('Putin in Peking eingetroffen' is no passive)."""
        return clause.bare_participle and item.index == clause.verbs[-1] and tokens[item.index].pos == "VVPP" \
            and "acc" in item.trigger.target and "subj" not in item.trigger.target

    def _placed_doer(self, parts: list[Participant], ci: int, trigger: Trigger) -> list[Participant]:
        """The state of the place ("in Nordkorea") where a passive clause without a doer tells an act a state does at
        home (placed_doer_acts in cues.yaml: weapons tests and displays), else nobody."""
        if (trigger.type, trigger.mode) not in self.placed_doer_acts:
            return []
        placed = [p for p in parts if p.clause == ci and p.slot == "in" and p.mention.kind in {"state", "capital"}
                  and p.mention.code != UNKNOWN_CODE]
        return group_of(parts, placed[0]) if placed else []

    def _passive_agent(self, tokens: list[Tagged], parts: list[Participant], ci: int) -> list[Participant]:
        """The von-/durch-agent of a passive clause (with those coordinated with it)."""
        agents = [p for p in parts if p.clause == ci and (p.slot in {"von", "durch"} or p.slot == "adj" and (
            p.prep_index is not None and tokens[p.prep_index].lemma.lower() in {"von", "durch"}))
            and not _agent_of_attribute(tokens, p)]
        return group_of(parts, agents[0]) if agents else []

    def _content_subject(self, tokens, clauses, ci, parts, source, exclude) -> list[Participant]:
        """The named subject of a demand's dass-clause is the one who is to act ("fordert, dass Russland seine
        Truppen abzieht": the demand is aimed at Russland); [] where it names none or the demander's own side."""
        own = {p.mention.code for p in source}
        for k, clause in enumerate(clauses):
            if clause.parent != ci or clause.kind != "sub" or clause.subordinator not in self.content_subordinators:
                continue
            # "dass jeder - einschließlich die USA - Respekt zu zeigen hat": the included belong to the subject
            included = [p for p in parts if p.clause == k and p.slot in self.inclusive_preps
                        and (clause.finite is None or p.last < clause.finite)]
            subject = included or pick_subject(tokens, clause, parts, exclude)
            return [p for p in subject if p.mention.code not in own and p.mention.code != UNKNOWN_CODE]
        return []

    def _fallback_target(self, parts, ci, source, exclude, trigger_index, event_type: str) -> list[Participant]:
        """A directed event without an object: the nearest other actor of the clause (its place, its partner).
        Where someone speaks ("forderte in Genf") is no addressee of a demand or a criticism, nor is an actor
        in what is demanded ("fordert mehr Druck auf Moskau": content_prepositions). An actor of the source's own
        state is no other side, except for the opposition, whose counterpart is its own state."""
        taken = {id(p) for p in source} | exclude
        # a state's opposition addresses its own state ("Jabloko fordert eine Beendigung des russischen Kriegs")
        codes = set() if source and all(p.mention.sector == "OPP" for p in source) else {p.mention.code for p in source}
        said_where = event_type in self.speech_types
        others = [p for p in parts if p.clause == ci and id(p) not in taken and p.mention.code not in codes
                  and p.mention.code != UNKNOWN_CODE and p.slot not in self.non_target_preps
                  and not (said_where and p.slot == "in" and p.mention.kind in PLACE_KINDS)
                  and p.mention.sector != "MED"
                  and p.slot not in self.content_preps.get(event_type, ())]
        if not others:
            return []
        nearest = min(others, key=lambda p: abs(p.first - trigger_index))
        return group_of(parts, nearest)

    def _subject(self, tokens, clauses, ci, parts, subjects, exclude) -> list[Participant]:
        if ci in subjects:
            return subjects[ci]
        clause = clauses[ci]
        elliptic = self._elliptic(clause, ci, parts)
        subject = [] if clause.kind == "inf" or elliptic else pick_subject(tokens, clause, parts, exclude)
        if not subject and clause.kind == "inf":
            subject = self._attempt_owner(tokens, clauses, ci, parts)
        if not subject and clause.resumes is not None:
            subject = self._subject(tokens, clauses, clause.resumes, parts, subjects, exclude)
        if not subject and (clause.coordinated or clause.kind == "inf") and ci > 0:
            subject = self._subject(tokens, clauses, ci - 1, parts, subjects, exclude)
        if not subject and clause.kind == "rel" and ci > 0:
            before = [p for p in parts if p.clause == ci - 1]
            subject = group_of(parts, before[-1]) if before else []
        if not subject and clause.kind == "sub" and clause.parent is not None and any(
                tokens[k].pos == "PPER" and tokens[k].text.lower() in {"sie", "er"} for k in range(
                    clause.start, clause.end)):
            # "verkündeten Serbien und Ungarn, dass sie ...": the pronoun takes up the subject (the
            # speaker) of the clause before, even where that speaker is only reporting
            subject = pick_subject(tokens, clauses[clause.parent], parts, set())
        subjects[ci] = subject
        return subject

    def _addressee(self, parts: list[Participant], ci: int, source: list[Participant]) -> list[Participant]:
        """Whom a demand or criticism is addressed to: 'stellt gegenüber Washington Forderungen'."""
        codes = {p.mention.code for p in source}
        found = next((p for p in parts if p.clause == ci and p.slot in self.addressee_preps
                      and p.mention.code not in codes and p.mention.code != UNKNOWN_CODE), None)
        return group_of(parts, found) if found else []

    @staticmethod
    def _elliptic(clause: Clause, ci: int, parts: list[Participant]) -> bool:
        """'... und warf Trump vor': a coordinated clause opening with its verb shares the subject of
        the clause before (unless a pronoun right after the verb names its own)."""
        return clause.coordinated and clause.finite == clause.start + 1 and not any(
            p.mention.kind == "pronoun" and p.clause == ci and p.first == clause.finite + 1 for p in parts)

    def _attempt_owner(self, tokens: list[Tagged], clauses: list[Clause], ci: int,
                       parts: list[Participant]) -> list[Participant]:
        """'Versuche der USA, neue Strafmaßnahmen zu erlassen': the genitive of an attempt or plan noun
        before a zu-infinitive (in its clause or the one before) does what the infinitive says, also where
        the noun stands in a PP ("nach der Entscheidung der USA, die Sanktionen zu lockern")."""
        clause = clauses[ci]
        verb = clause.verbs[0] if clause.verbs else clause.end
        owners = [p for p in parts if (p.slot == "gen" or p.case == "gen") and p.head is not None and p.last < verb
                  and p.clause in {ci, ci - 1} and tokens[p.head].lemma in self.attempt_nouns
                  and any(tokens[k].text == "," for k in range(p.last + 1, verb))]
        return group_of(parts, owners[-1]) if owners else []


def _agent_of_attribute(tokens: list[Tagged], part: Participant) -> bool:
    """An agent inside an extended attribute ("Der von den USA unterstützte Präsident wurde gestürzt"): it does the
    participle's act, not the act of the clause's passive."""
    k = part.last + 1
    while k < min(len(tokens), part.last + 6) and tokens[k].pos in ATTRIBUTE_INNER_POS - {"ADJA"}:
        k += 1
    return k < len(tokens) and _attributive_participle(tokens, k, adjectives=True)


def _described_act_arguments(parts: list[Participant], ci: int, k: int) -> Arguments | None:
    """'der von Frankreich festgesetzte russische Tanker': the von-agent before the participle does the act,
    the phrase after it (its noun and that noun's adjectives) undergoes it."""
    agents = [p for p in parts if p.clause == ci and p.last < k and p.slot in {"von", "vom"}
              and p.mention.code != UNKNOWN_CODE]
    if not agents:
        return None
    agent = max(agents, key=lambda p: p.last)
    undergoer = [p for p in parts if p.clause == ci and k < p.first <= k + 4 and p.slot == "bare"]
    return Arguments(group_of(parts, agent), group_of(parts, undergoer[0]) if undergoer else [])


def _pp_slots_only(trigger: Trigger) -> Trigger:
    """The trigger with only its prepositional target slots (a passive has no objects to name its target)."""
    return replace(trigger, target=target_prepositions(trigger))


def _union_of_groups(parts: list[Participant], chosen: list[Participant]) -> list[Participant]:
    """The chosen participants with those coordinated with each, in order, each once."""
    out: list[Participant] = []
    for p in chosen:
        out.extend(q for q in group_of(parts, p) if q not in out)
    return out
