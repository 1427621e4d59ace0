"""German coder, step 4: sides the sentence leaves unnamed, from the article's story: roles and
bodies resolved to states, the story's sides inherited by acts without their own, implicit
targets of domestic acts."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..actors.context import is_foreign, subject_guess
from ..model import UNKNOWN_CODE, ActorRef, Event, Mention, Sentence
from ..nlp.tagger import Tagged
from .arguments import SELF_CONTAINED_ACTS, Arguments, placed_fight
from .assemble import has_known_actor
from .attribution import Attribution
from .clauses import Clause, Participant, preposition_of
from .coref import Discourse, same_role_antecedent, thing_antecedent
from .german_base import (
    CONTINUED_TARGET_TYPES,
    DOMESTIC_MODES,
    DOMESTIC_SOURCE_MODES,
    DOMESTIC_TARGET_TYPES,
    DOMESTIC_TYPES,
    HOME_TARGET_TYPES,
    IMPLICIT_PENALTY,
    KNOWN_DOER_TYPES,
    NAMING_SLOTS,
    NO_IMPLICIT_TARGET_TYPES,
    PLACE_ACTS,
    PLACE_KINDS,
    RETOLD_NOUN_TYPES,
    STATE_SECTORS,
    STORY_STATE_TYPES,
    Found,
    GermanBase,
    StoryMarks,
)
from .lexicon import Trigger


class StorySteps(GermanBase):
    """Filling the sides a sentence leaves unnamed from the story of its article."""

    def _fill_implicit(self, events: list[Event], mentions: list[list[Mention]], marks: StoryMarks) -> None:
        """Sides the sentence leaves unnamed: the story's salient actors (news teasers name
        their main dyad in the title and lead, later sentences leave it implicit)."""
        salience: Counter = Counter()
        for i, sentence_mentions in enumerate(mentions):
            for m in sentence_mentions:
                if m.code != UNKNOWN_CODE and m.kind != "pronoun":
                    salience[m.code] += 2 if i == 0 else 1
        ranked = [code for code, _ in salience.most_common()]
        counts = [n for _, n in salience.most_common(2)] + [0, 0]
        # a story about one state's own affairs (it is named at least twice as often as any other)
        home = ranked[0] if ranked and counts[0] >= 2 * max(counts[1], 1) else None
        unnamed = {(m.start, m.end) for ms in mentions for m in ms if m.kind == "unnamed"}
        named_doers = _named_doers(events)
        # the armed forces a story names may be its unnamed attacker ("Das US-Militär ... Am Morgen habe es ...");
        # an armed group is an attacker only where the story tells its attack ("der Aufstand der Wagner-Gruppe")
        named_doers.setdefault("ASSAULT", set()).update(
            m.code for ms in mentions for m in ms if m.sector == "MIL" and m.code != UNKNOWN_CODE and m.kind != "group")
        for event in events:
            if _unnamed_attack(event):
                # "Der Mann war in die Demonstranten gefahren": in a story about one state's own affairs the
                # unnamed attacker stays unknown (guideline 8) and hits that state's people
                event.target = [ActorRef(home, "", None)] if home is not None else event.target
                continue
            if id(event) in marks.passive_charges and _accused_without_accuser(event):
                # "Dem Mann wird versuchter Mord vorgeworfen": in a story about one state's own affairs its
                # authorities accuse one of its people; elsewhere the accusation names no side and is dropped
                if home is not None:
                    text = event.target[0].text if event.target else ""
                    event.source, event.target = [ActorRef(home, "", None)], [ActorRef(home, text, None)]
                    _lower_for_implicit_side(event)
                continue
            codes = {a.code for a in event.source + event.target}
            mutual = len({a.code for a in event.source}) >= 2  # "greifen sich gegenseitig an"
            unknown_target = bool(event.target) and all(a.code == UNKNOWN_CODE for a in event.target)
            if unknown_target and event.type in {"COERCE", "ASSAULT"} and _state_body(event.source, {"COP", "MIL"}) \
                    and not all(self._unnamed_person(a, unnamed) for a in event.target):
                # "malische Soldaten nahmen mutmaßliche Kämpfer fest": unnamed people in the state's own land;
                # "einen Mann", "eine Drohne" stay unnamed (guideline 8)
                event.target = [ActorRef(event.source[0].code, event.target[0].text, None)]
            if not event.target and event.type in DOMESTIC_TYPES and (
                    _state_body(event.source, {"COP", "JUD"}) or event.mode in DOMESTIC_MODES and _state_body(
                        event.source, {"GOV", "MIL", "LEG"})):
                # police raids, arrests, bans: a state acts on its own people unless the text says otherwise
                event.target = [ActorRef(event.source[0].code, "", None)]
            offer = event.type == "AGREE" and not self._mutual_rule(event.rule)  # "offen für Hilfe": to the other side
            if not event.target and not mutual and (event.type not in NO_IMPLICIT_TARGET_TYPES or offer) \
                    and (event.type, event.mode) not in SELF_CONTAINED_ACTS and id(event) not in marks.place_acts:
                other = next((c for c in ranked if c not in codes), None)
                if home is not None and codes == {home} and event.type in HOME_TARGET_TYPES:
                    other = home  # "die Polizeiaktion verstoße gegen die Verfassung": the state's own affair
                if other:
                    event.target = [ActorRef(other, "", None)]
                    _lower_for_implicit_side(event)
            # protesters the text does not name stay unnamed
            if event.type != "PROTEST" and (not event.source or all(a.code == UNKNOWN_CODE for a in event.source)) \
                    and not self._unnamed_doer_rule(event.rule, event.type) and not self._unnamed_reactors(event) \
                    and id(event) not in marks.doers_unnamed:
                doers = named_doers.get(event.type, set()) if event.type in KNOWN_DOER_TYPES else None
                other = next((c for c in ranked if c not in codes and (doers is None or c in doers)), None)
                if home is not None and codes <= {home, UNKNOWN_CODE} and (
                        event.type in DOMESTIC_TARGET_TYPES or event.mode in DOMESTIC_SOURCE_MODES):
                    other = home  # "wurde ihres Amtes enthoben": in a one-state story, its own authorities
                elif self._arrest_at_home(event, codes, ranked, mentions[event.sentence_index]):
                    other = ranked[0]  # "wurden acht Soldaten festgenommen": the story's main state arrests its own
                if other:
                    event.source = [ActorRef(other, "", None)]
                    _lower_for_implicit_side(event)

    def _unnamed_person(self, actor: ActorRef, unnamed: set[tuple[int | None, int | None]]) -> bool:
        """An unknown side that stands for someone unnamed (guideline 8), also where it is taken up: by "er/ihn/ihm"
        ("hat man ihn festgenommen" after "einen Mann") or from the story's act ("Festnahme in Berlin" after
        "hat einen Mann festgenommen": _inherit_story_actors keeps the span of the act's side)."""
        return (actor.start, actor.end) in unnamed or actor.text.lower() in self.coref_cues.person_pronouns

    @staticmethod
    def _arrest_at_home(event: Event, codes: set[str], ranked: list[str], mentions: list[Mention]) -> bool:
        """An arrest, raid or ban without a named doer in a sentence that names only the story's main state: that
        state acts on its own people (not in "Deutscher Journalist in Moskau festgenommen": Russia's)."""
        if not ranked or event.type not in DOMESTIC_TYPES or event.mode not in DOMESTIC_MODES \
                or codes - {UNKNOWN_CODE} != {ranked[0]}:
            return False
        return all(m.code in {ranked[0], UNKNOWN_CODE} for m in mentions)

    def _rule_triggers(self, rule: str) -> list[Trigger] | None:
        """The lexicon entries of an event's rule ("V:vereinbaren"); None for a rule of no part of speech."""
        pos, _, lemma = rule.partition(":")
        lookup = {"V": self.lexicon.verbs, "N": self.lexicon.nouns, "A": self.lexicon.adjectives}.get(pos)
        return None if lookup is None else list(lookup(lemma))

    def _mutual_rule(self, rule: str) -> bool:
        """Whether the trigger of an event's rule is a mutual act."""
        triggers = self._rule_triggers(rule)
        return triggers is None or any(t.reciprocal for t in triggers if t.type == "AGREE")

    def _unnamed_doer_rule(self, rule: str, event_type: str) -> bool:
        """Whether the event's trigger names no doer by design ("steht im Verdacht": who suspects is unsaid)."""
        return any(not t.source for t in self._rule_triggers(rule) or [] if t.type == event_type)

    def _unnamed_reactors(self, event: Event) -> bool:
        """A reaction whose bearers only a PP names, beside the subject it is aimed at, and no phrase names here:
        "Die Pläne haben heftige Kritik ausgelöst" (without "in Peking") leaves the critics unnamed (guideline 8),
        not the story's other side."""
        return not event.source and any("subj" in t.target and not set(t.source) & NAMING_SLOTS
                                         for t in self._rule_triggers(event.rule) or [] if t.type == event.type)

    def _resolve_role(self, mention: Mention, memory: Discourse) -> Mention:
        """'der Ministerpräsident' without a country: the person last named with that role; 'das
        Schiff': the vessel last named with a country."""
        if mention.code != UNKNOWN_CODE or mention.kind not in {"role", "person", "unnamed"}:
            return mention
        earlier = thing_antecedent(mention, memory, self.coref_cues) if mention.kind == "unnamed" else \
            same_role_antecedent(mention, memory)
        if earlier is None and mention.kind == "role" and memory.last_groups \
                and tuple(mention.text.lower().split()) in self.coref_cues.groups:
            # "Die Rebellen riefen ... auf": a definite group description takes up the group named last
            # (group_descriptions in cues.yaml; the actor stage reads the phrase as a role)
            earlier = memory.last_groups[-1]
        if earlier is None:
            return mention
        return replace(mention, code=earlier.code, sector=mention.sector or earlier.sector,
                       entry=f"coref:{earlier.entry}")

    def _resolve_bodies(self, sentence: Sentence, parts: list[Participant], memory: Discourse) -> None:
        """'die Polizei', 'das Militär', 'ein Sprecher', 'die Opposition' without a country: the state
        where the clause places the act ("in Berlin"), else the state the article is about; someone
        else's people ("ausländische Delegationen", "westliche Truppen") stay unnamed."""
        for part in parts:
            m = part.mention
            if m.code != UNKNOWN_CODE or m.kind not in {"role", "person"} or m.sector not in STATE_SECTORS | {"OPP"}:
                continue
            # "Soldaten aus Südkorea": the state they come from
            origin = [p.mention.code for p in parts if p.slot == "aus" and p.first == part.last + 2
                      and p.mention.kind in PLACE_KINDS and p.mention.code != UNKNOWN_CODE]
            if not origin and (is_foreign(sentence, m, self.context_cues) or self._from_elsewhere(sentence, m)):
                continue  # "ausländische Delegationen", "westliche Truppen": someone else's people, not the story's
            places = [p.mention.code for p in parts if p.clause == part.clause and p.slot == "in"
                      and p.mention.kind in {"state", "capital", "city"} and p.mention.code != UNKNOWN_CODE]
            code = (origin or places or [None])[0] or memory.main_state(exclude=self._other_sides(parts, part))
            if code:
                part.mention = replace(m, code=code, entry=f"context:{m.entry}")

    def _speakers_own_bodies(self, sentence: Sentence, parts: list[Participant], attribution: Attribution) -> None:
        """'Seine Regierung bestehe darauf, ..., erklärte Rasmussen': a state body after a possessive, with no
        actor named before it in the sentence to own it, is the speaker's own, not the one the place, the story or
        an earlier government of another state gave it."""
        speakers = [p for p in attribution.speakers(parts) if p.mention.code != UNKNOWN_CODE]
        if not speakers:
            return
        for part in parts:
            m = part.mention
            if m.kind != "role" or not m.entry.startswith(("context:", "coref:")) or part in speakers:
                continue
            before = sentence.text[:m.start - sentence.start].split()[-1:]
            if not before or before[0].lower() not in self.context_cues.possessives or any(
                    p.mention.start < m.start and p.mention.code != UNKNOWN_CODE for p in parts if p is not part):
                continue
            part.mention = replace(m, code=speakers[0].mention.code, entry=f"speaker:{m.entry}")

    def _from_elsewhere(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether an origin phrase that names no state follows the role ("Delegationen aus der ganzen Welt"):
        they come from elsewhere, not from the place of the act or the story's state (as in the actor stage)."""
        rest = sentence.text[mention.end - sentence.start:].split()
        return bool(rest) and rest[0].lower() in self.context_cues.origin_prepositions

    def _other_sides(self, parts: list[Participant], part: Participant) -> set[str]:
        """States a description of a state's own leadership cannot mean: those its clause names as other
        sides ("Seoul plant einen Schlag gegen die Führung": not Seoul's own, that would be "seine Führung");
        an owner ("nach Angaben der Regierung") may be any side's."""
        noun = part.mention.text.split()[-1].lower()
        if part.slot in {"gen", "adj"} or noun not in self.coref_cues.description_nouns:
            return set()
        return {p.mention.code for p in parts if p.clause == part.clause and p is not part and p.slot != "in"
                and p.mention.code != UNKNOWN_CODE}

    def _backed_opposition_state(self, parts: list[Participant], ci: int) -> list[ActorRef]:
        """A protest for a member of a state's opposition ("demonstrierten für den abgesetzten Oppositionschef") is
        aimed at that state's government, like the opposition's own protest (backing_prepositions)."""
        backed = [p for p in parts if p.clause == ci and p.slot in self.backing_preps and p.mention.sector == "OPP"
                  and p.mention.code != UNKNOWN_CODE]
        return [ActorRef(backed[0].mention.code, "", None)] if backed else []

    def _mark_for_story(self, event: Event, item: Found, args: Arguments, tokens: list[Tagged], clauses: list[Clause],
                        parts: list[Participant], marks: StoryMarks) -> None:
        """What the story-level steps must know of the event: it acts on a place or at home (no implicit target),
        its target is only its place, it tells a meeting's course, it is a passive charge or its doer is unsaid."""
        if not event.target and (args.unnamed_target or self._acts_on_place(tokens, clauses[item.clause], item)
                                 or item.noun and placed_fight(item.trigger, args)
                                 or _attack_at_home(event, args, parts, item.clause)):
            marks.place_acts.add(id(event))
        if args.placed:
            marks.placed_targets.add(id(event))
        if args.course:
            marks.course_acts.add(id(event))
        if item.trigger.lemma in self.charge_verbs and not item.noun and clauses[item.clause].passive \
                and not args.source:
            marks.passive_charges.add(id(event))  # "Dem Mann wird Mord vorgeworfen": the accuser is not told
        if args.doer_unnamed and not event.source:
            marks.doers_unnamed.add(id(event))
        if event.type in KNOWN_DOER_TYPES and not event.source and not event.target \
                and clauses[item.clause].passive and self._attacker_undergoes(tokens, clauses[item.clause]):
            marks.attackers_hit.add(id(event))

    def _attacker_undergoes(self, tokens: list[Tagged], clause: Clause) -> bool:
        """Whether a passive clause's subject is an attack's doer ("Nach Polizeiangaben wurden zwei Angreifer
        getötet"): a role noun of attacker_nouns outside any PP, not another noun's genitive ("die Opfer des
        Täters wurden getötet")."""
        return any(tokens[k].pos == "NN" and tokens[k].lemma.lower().endswith(self.attacker_nouns)
                   and preposition_of(tokens, clause, k) is None and not _genitive_attribute(tokens, clause, k)
                   for k in range(clause.start, clause.end))

    def _acts_on_place(self, tokens: list[Tagged], clause: Clause, item: Found) -> bool:
        """Whether a restriction's object is a place closed to all ("sperrt die Straße von Hormus", "Teile der
        Meerenge würden gesperrt"): a listed place noun (or compound with that head) outside any PP."""
        if (item.trigger.type, item.trigger.mode) not in PLACE_ACTS:
            return False
        return any(k != item.index and (tokens[k].pos.startswith("NN") or tokens[k].pos == "NE")
                   and self._place_noun(tokens[k].lemma) and preposition_of(tokens, clause, k) is None
                   for k in range(clause.start, clause.end))

    def _place_noun(self, lemma: str) -> bool:
        return lemma in self.place_objects or any(
            lemma.endswith(place.lower()) and len(lemma) > len(place) + 2 for place in self.place_objects)


def _leading_group(sentence: Sentence, mentions: list[Mention], object_articles: frozenset[str]) -> list[Mention]:
    """The coordinated actors that open an untagged sentence: its likely subject, for a later "sie"
    ("Deutschland, Frankreich und Großbritannien haben ... ausgelöst. Sie werfen Teheran ... vor");
    none where an object article opens it ("Den Präsidenten empfing ...")."""
    ordered = sorted((m for m in mentions if m.code != UNKNOWN_CODE), key=lambda m: m.start)
    if not ordered or ordered[0].start != sentence.start or ordered[0].text.split()[0].lower() in object_articles:
        return []
    return subject_guess(sentence, ordered)


def _genitive_attribute(tokens: list[Tagged], clause: Clause, k: int) -> bool:
    """Whether the noun at k (with its determiner and adjectives) follows another noun: its genitive attribute."""
    j = k - 1
    while j >= clause.start and tokens[j].pos in {"ART", "ADJA", "CARD", "PIAT", "PPOSAT"}:
        j -= 1
    return j >= clause.start and tokens[j].pos in {"NN", "NE"}


def _named_doers(events: list[Event]) -> dict[str, set[str]]:
    """Per event type, the codes the article names as the source of such an event. Only acts the text
    vouches for count: an accused or quoted speaker's culprit ("Russland beschuldigt die Ukraine",
    '"Dieser Terroranschlag ...", sagte Lawrow') leaves the unnamed attacker unknown (guideline 8)."""
    doers: dict[str, set[str]] = {}
    for event in events:
        if event.status != "asserted" or event.reported_by:
            continue
        for actor in event.source:
            if actor.text and actor.code != UNKNOWN_CODE:
                doers.setdefault(event.type, set()).add(actor.code)
    return doers


def _accused_without_accuser(event: Event) -> bool:
    """An accusation told in the passive without its accuser, of someone the text leaves unnamed ("Dem Mann wird
    versuchter Mord vorgeworfen"): in a one-state story that state's authorities and one of its people
    (_fill_implicit)."""
    return event.type == "ACCUSE" and event.mode == "allege" and not event.source and all(
        a.code == UNKNOWN_CODE for a in event.target)


def _unnamed_authority(event: Event) -> bool:
    """An act of state power on people (DOMESTIC_SOURCE_MODES: release, convict, crowd control) whose doer the
    sentence names only by an unnamed description ("Die Beamten setzten Tränengas ein"): a side the story fills
    with its state (_fill_implicit), not someone unnamed to be dropped."""
    return event.mode in DOMESTIC_SOURCE_MODES and bool(event.source) and all(
        a.code == UNKNOWN_CODE and a.text for a in event.source)


def _unnamed_attack(event: Event) -> bool:
    """An attack whose doer the sentence names only by an unnamed description or a pronoun taking one up ("Der Mann
    fuhr in die Menge", "er fügte einer Frau Verletzungen zu") and whose victims it names no actor for; not the
    state's unnamed officers using force on a crowd (_unnamed_authority)."""
    return event.type in KNOWN_DOER_TYPES and not _unnamed_authority(event) and bool(event.source) and all(
        a.code == UNKNOWN_CODE and a.text for a in event.source) and all(a.code == UNKNOWN_CODE for a in event.target)


def _inherit_story_actors(events: list[Event], marks: StoryMarks) -> list[Event]:
    """An event whose sentence names no side ("Zwei Menschen wurden bei dem Angriff getötet")
    continues the article's nearest event of its type, the one before it, else the next (a headline
    told again in the lead): it takes that event's sides (and, like it, no implicit target where it
    had none: place_acts; no implicit source where its doer was unsaid: doers_unnamed); without one it is
    dropped."""
    named = [e for e in events if has_known_actor(e)]
    out: list[Event] = []
    for event in events:
        if has_known_actor(event):
            out.append(event)
            continue
        if _unnamed_attack(event):
            out.append(event)  # the unnamed attacker is a side of its own; _fill_implicit places the attack
            continue
        if _unnamed_authority(event) and not any(e.type == event.type for e in named):
            # no act of its type to continue: the unnamed officers are the one-state story's authorities
            out.append(event)
            continue
        if event.type in RETOLD_NOUN_TYPES and event.rule.startswith("N:") and id(event) not in marks.course_acts:
            continue  # "nach dem Gespräch", "ein produktives Treffen": the meeting told before, talked about
        same = [e for e in named if e.type == event.type]
        # an earlier act of the sentence counts too ("seit einem nordkoreanischen Atomtest ... und einem
        # Raketenstart": the coordinated act has the same doer)
        at = (event.sentence_index, event.trigger_start)
        before = [e for e in same if (e.sentence_index, e.trigger_start) < at]
        after = [e for e in same if e.sentence_index > event.sentence_index]
        model = before[-1] if before else after[0] if after else None
        if model is None:
            if event.type in STORY_STATE_TYPES or (
                    id(event) in marks.passive_charges and _accused_without_accuser(event)):
                out.append(event)  # _fill_implicit gives it the story's salient actor (or the one state's)
            continue
        if id(event) in marks.attackers_hit:
            # "Zwei Angreifer wurden getötet": the story's attackers undergo its defence, its victims do it
            model_source, model_target = model.target, model.source
        else:
            model_source, model_target = model.source, model.target
        event.source = [ActorRef(a.code, "", a.sector) for a in model_source]
        # an unnamed side the sentence names ("der Angeklagte") stays its own
        # (with its span: an unnamed person stays unnamed in _fill_implicit as in the act it continues)
        event.target = event.target or [ActorRef(a.code, "", a.sector, a.start, a.end) for a in model_target]
        marks.carry(model, event)
        _lower_for_implicit_side(event)
        out.append(event)
    return out


def _target_at_place(events: list[Event], placed_targets: set[int]) -> None:
    """An attack aimed only at the state where it happens ("der Angriff in Doha") is the story's attack that
    names its target at that place ("Israels Angriff auf die Hamas in Doha"): it takes that target, not the
    host state's."""
    for event in events:
        if id(event) not in placed_targets:
            continue
        places = {a.text for a in event.target if a.text}
        doers = {a.code for a in event.source} - {UNKNOWN_CODE}
        here = {a.code for a in event.target}
        models = [e for e in events if e is not event and e.type == event.type and id(e) not in placed_targets
                  and any(p in e.sentence for p in places) and _same_doers(doers, e)
                  and {a.code for a in e.target} - here - {UNKNOWN_CODE}]
        if not models:
            continue
        model = min(models, key=lambda e: abs(e.sentence_index - event.sentence_index))
        event.target = [ActorRef(a.code, "", a.sector) for a in model.target if a.code != UNKNOWN_CODE]
        _lower_for_implicit_side(event)


def _same_doers(doers: set[str], event: Event) -> bool:
    """Whether an event may be done by the same side: either names none, or they share one."""
    theirs = {a.code for a in event.source} - {UNKNOWN_CODE}
    return not doers or not theirs or bool(doers & theirs)


def _continue_targets(events: list[Event]) -> None:
    """A protest told without a target (CONTINUED_TARGET_TYPES) is aimed at what the story's nearest earlier
    protest of the same side was aimed at ("Tausende Dänen protestieren gegen X. Sie versammelten sich vor dem
    Rathaus"); the opposition's own protest, with no such one, at its state's government."""
    for i, event in enumerate(events):
        if event.type not in CONTINUED_TARGET_TYPES or event.target or not event.source:
            continue
        doers = {a.code for a in event.source} - {UNKNOWN_CODE}
        earlier = [e for e in events[:i] if e.type == event.type and doers & {a.code for a in e.source}
                   and any(a.code != UNKNOWN_CODE for a in e.target)]
        if earlier:
            event.target = [ActorRef(a.code, "", a.sector) for a in earlier[-1].target if a.code != UNKNOWN_CODE]
        elif all(a.sector == "OPP" and a.code != UNKNOWN_CODE for a in event.source):
            event.target = [ActorRef(event.source[0].code, "", None)]
        else:
            continue
        _lower_for_implicit_side(event)


def _state_body(actors: list[ActorRef], sectors: set[str]) -> bool:
    return bool(actors) and actors[0].sector in sectors and actors[0].code != UNKNOWN_CODE


def _attack_at_home(event: Event, args: Arguments, parts: list[Participant], ci: int) -> bool:
    """An attack by a state's forces in that state's own land ("Bombardierungen durch Kräfte der Regierung ...
    in Syrien") hits people there the text leaves unnamed: no target from the story."""
    doers = {a.code for a in event.source}
    return event.type in KNOWN_DOER_TYPES and len(doers) == 1 and UNKNOWN_CODE not in doers and any(
        p.clause == ci and p.slot == "in" and p.mention.kind in PLACE_KINDS and p.mention.code in doers
        for p in parts if p not in args.source)


def _lower_for_implicit_side(event: Event) -> None:
    """A side the story gave rather than the sentence lowers the event's confidence (IMPLICIT_PENALTY)."""
    event.confidence = round(max(0.1, event.confidence - IMPLICIT_PENALTY), 2)
