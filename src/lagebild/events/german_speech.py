"""German coder, step 3: what speech makes of acts: reported demands become requests, announced
conditional acts threats, the content of accusations and denials nested events, and reporters
the attribution of what they report."""

from __future__ import annotations

from dataclasses import replace

from ..model import UNKNOWN_CODE, ActorRef, Event, Mention
from ..nlp.tagger import Tagged
from .arguments import Arguments, pick_subject
from .assemble import actor_refs, confidence
from .attribution import Attribution
from .clauses import Clause, Participant, clause_lemmas, verb_lemma
from .coref import Discourse
from .german_base import (
    ACCUSER_HIT_TYPES,
    CONTENT_SWALLOWING_TYPES,
    PROMISE_TYPES,
    PROMISED_SIDE_TYPES,
    SPEECH_TYPES,
    Found,
    GermanBase,
    _polar_question,
)
from .lexicon import Trigger


class SpeechSteps(GermanBase):
    """Reinterpreting acts by the speech that reports, demands or announces them."""

    def _fill_deny_targets(self, events: list[Event], memory: Discourse) -> None:
        """A denial answers the accusation before it (in an earlier sentence or earlier in its own: "X
        unterstellt Y, ... vorzubereiten, was Y bestreitet"): its target is the accuser."""
        for event in events:
            if event.type != "REJECT" or event.mode != "deny" or event.target:
                continue
            deniers = {a.code for a in event.source}
            own = [([a.code for a in e.source], [a.code for a in e.target]) for e in events
                   if e.type == "ACCUSE" and e.trigger_start < event.trigger_start]
            for accusers, accused in reversed(memory.accusations + own):
                if deniers & set(accused) or not accused:
                    event.target = [ActorRef(code, "", None) for code in accusers if code not in deniers]
                    break

    def _joint_announcers(self, tokens, clauses, parts, subjects, item: Found, status: str) -> list[Participant]:
        """Several actors announcing that they want to act together ("verkündeten, dass sie enger
        zusammenarbeiten wollten") have agreed (GUIDELINES convention 1): the announcers, or []."""
        clause = clauses[item.clause]
        if status != "intended" or clause.kind not in {"sub", "inf"} or clause.parent is None:
            return []
        parent = clauses[clause.parent]
        if not any(verb_lemma(tokens, k, parent) in self.announce_verbs for k in parent.verbs):
            return []
        group = pick_subject(tokens, parent, parts, set())
        return group if len({p.mention.code for p in group}) >= 2 else []

    def _reported_demander(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause,
                           attribution: Attribution, memory: Discourse) -> list[str] | None:
        """'Russland solle unverzüglich einer Waffenruhe zustimmen' (Konjunktiv I of sollen in reported
        speech): a demand of the speaker. The speaker's codes ([] when the story must supply them),
        or None where it is no such demand ("kündigte an, die Ukraine solle ... bekommen": a plan)."""
        if clause.finite is None:
            return None
        form = tokens[clause.finite].text.lower()
        said = form in self.status_cues.said_demand_forms and bool(attribution.participants)
        if form not in self.status_cues.demand_forms and not said:
            return None
        plans = self.announce_verbs | self.status_cues.intention_verbs
        if any(verb_lemma(tokens, k, c) in plans for c in clauses for k in c.verbs):
            return None
        if attribution.codes:
            return [c for c in attribution.codes if c != UNKNOWN_CODE]
        return [memory.last_speaker.code] if memory.last_speaker is not None else []

    def _bare_demands(self, article, sentence, tokens, exprs, clauses, parts, subjects, attribution: Attribution,
                      memory: Discourse, coded: set[int]) -> list[Event]:
        """'Schetyna sagte, der Botschafter solle Stellung nehmen': a reported demand (Konjunktiv solle/müsse) whose
        demanded act is no trigger is still the speaker's REQUEST to the main clause's named subject."""
        out: list[Event] = []
        if _polar_question(tokens):
            return out  # "Müsse Deutschland nicht mehr tun?" asks
        exclude = {id(p) for p in attribution.speakers(parts)}
        for ci, clause in enumerate(clauses):
            if ci in coded or clause.kind != "main" or ci in attribution.clauses:
                continue
            demander = self._reported_demander(tokens, clauses, clause, attribution, memory)
            if not demander:
                continue
            addressees = [p for p in self._subject(tokens, clauses, ci, parts, subjects, exclude)
                          if p.mention.code != UNKNOWN_CODE and p.mention.code not in demander]
            if not addressees:
                continue
            tok = tokens[clause.finite]
            source, target = [ActorRef(c, "", None) for c in demander], actor_refs(addressees)
            out.append(Event(
                doc=article.doc, sentence_index=sentence.index, sentence=sentence.text,
                **self.lexicon.coding("REQUEST"), source=source, target=target,
                date=self.dates.sentence_date(exprs, at=tok.start - sentence.start), trigger=tok.text,
                trigger_start=tok.start, trigger_end=tok.end, confidence=confidence(source, target, False),
                rule="V:sollen"))
        return out

    def _claims_as_accusations(self, events: list[Event]) -> list[Event]:
        """'Die Truppen griffen offenbar Kliniken an, erklärte Kerry': a speaker's own claim that another side did a
        hostile act is his accusation of that side (GUIDELINES: its content is alleged), where the sentence tells
        none of its own (claimed_act_types in cues.yaml)."""
        out = []
        for e in events:
            reporters = set(e.reported_by)
            doers = [a for a in e.source if a.code != UNKNOWN_CODE]
            if e.status != "alleged" or e.type not in self.claimed_act_types or not reporters or not doers \
                    or reporters & {a.code for a in e.source}:
                continue
            if any(x.type == "ACCUSE" and reporters & {a.code for a in x.source} for x in events + out):
                continue
            out.append(replace(e, **self.lexicon.coding("ACCUSE", "allege"),
                               source=[ActorRef(c, "", None) for c in e.reported_by], target=list(doers),
                               status="asserted", reported_by=[], rule=f"claim:{e.rule}"))
        return out

    def _retype(self, event: Event, type_: str, mode: str | None = None) -> None:
        """Give the event the PLOVER type (and mode) that speech makes of it, with its CAMEO code and Goldstein
        score."""
        for field_name, value in self.lexicon.coding(type_, mode).items():
            setattr(event, field_name, value)

    def _as_request(self, event: Event, demander: list[str]) -> Event:
        """The demanded act becomes the speaker's request to the one who should act."""
        addressees = [a for a in event.source if a.code not in demander]
        self._retype(event, "REQUEST")
        event.source, event.target, event.status = [ActorRef(c, "", None) for c in demander], addressees, "asserted"
        event.reported_by = [c for c in event.reported_by if c not in demander]
        return event

    def _conditional_consequence(self, tokens: list[Tagged], clauses: list[Clause], ci: int) -> bool:
        """Whether the act's clause (or the main clause its zu- or um-clause depends on) announces it in the
        future for the case that a condition holds: "Sollten die Rebellen vorrücken, werde die EU Sanktionen
        verhängen", "Wir werden angreifen, wenn sie nicht abziehen"."""
        main = ci
        while clauses[main].kind in {"inf", "sub"} and clauses[main].parent is not None \
                and clauses[main].subordinator not in self.condition_subordinators:
            main = clauses[main].parent
        clause = clauses[main]
        if clause.kind != "main" or clause.finite is None or clause.passive \
                or tokens[clause.finite].text.lower() not in self.status_cues.future:
            return False
        # werden with an infinitive (HanTa may tag a clause-final infinitive as finite: "schließen")
        if not any(tokens[k].pos in {"VVINF", "VAINF"} or tokens[k].pos == "VVFIN" and k != clause.finite
                   for k in range(clause.start, clause.end)):
            return False
        return any(k != main and (c.parent == main or abs(k - main) == 1) and self._condition(tokens, c)
                   for k, c in enumerate(clauses))

    def _condition(self, tokens: list[Tagged], clause: Clause) -> bool:
        """A clause that states a condition: "wenn/falls ...", or verb-first "Sollte X ...". """
        first = tokens[clause.start]
        return clause.subordinator in self.condition_subordinators or (
            first.pos == "VMFIN" and first.text.lower() in self.condition_verbs)

    def _as_threat(self, event: Event, attribution: Attribution, memory: Discourse,
                   addressee: list[ActorRef]) -> Event:
        """The conditionally announced act becomes a threat of its doer (else of the speaker who announces
        it) against its target (else the unnamed addressee of its own PP: "Zölle gegen Länder")."""
        speaker = [c for c in attribution.codes if c != UNKNOWN_CODE] or (
            [memory.last_speaker.code] if memory.last_speaker is not None else [])
        source = event.source or [ActorRef(c, "", None) for c in speaker]
        own = {a.code for a in source}
        self._retype(event, "THREATEN")
        event.source = source
        event.target = event.target or addressee  # "werde ... den Staatschef absetzen": a state's own affair
        event.status = "asserted"
        event.reported_by = [c for c in event.reported_by if c not in own]
        return event

    def _as_agreement(self, event: Event, announcers: list[Participant]) -> Event:
        """Actors who announce a joint act together have agreed on it."""
        self._retype(event, "AGREE")
        event.source, event.target, event.status = actor_refs(announcers), [], "asserted"
        own = {a.code for a in event.source}
        event.reported_by = [c for c in event.reported_by if c not in own]
        return event

    def _planned_by_parent(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause) -> bool:
        """A zu-infinitive under a verb or noun of planning, or an adjective of readiness, is an intended act
        ("plant, ... zu vertiefen", "Überlegungen, ... auszuschließen", "sind bereit, Truppen zu schicken")."""
        if clause.kind != "inf" or clause.parent is None:
            return False
        parent = clauses[clause.parent]
        return bool(clause_lemmas(tokens, parent) & (self.status_cues.intention_verbs | self.readiness_adjectives)) \
            or any(t.pos.startswith("NN") and t.lemma in self.intention_nouns for t in tokens[parent.start:parent.end])

    def _own_report(self, tokens: list[Tagged], found: list[Found]) -> bool:
        """Whether the sentence has a reporting or speech-act verb of its own."""
        return any(t.pos.startswith("VV") and t.lemma.lower() in self.attribution_cues.verbs for t in tokens) \
            or any(not f.noun and f.trigger.type in SPEECH_TYPES for f in found)

    def _first_person(self, tokens: list[Tagged], clause: Clause) -> bool:
        """Whether "ich" or "wir" is a word of the clause: "verspreche ich" is the indicative, not Konjunktiv I."""
        return any(t.pos == "PPER" and t.text.lower() in self.first_person_subjects
                   for t in tokens[clause.start:clause.end])

    def _reported_speech(self, tokens: list[Tagged], clauses: list[Clause]) -> bool:
        return any(c.finite is not None and (tokens[c.finite].text.lower() in self.reported_speech
                                             or _subjunctive_one(tokens[c.finite]) and not self._first_person(tokens, c)
                                             or self._reported_passive(tokens, c))
                   for c in clauses)

    def _reported_passive(self, tokens: list[Tagged], clause: Clause) -> bool:
        """'würden Tests vorgenommen': würde(n) with a participle and no infinitive (reported_passive_forms)."""
        span = tokens[clause.start:clause.end]
        return tokens[clause.finite].text.lower() in self.reported_passive and any(t.pos == "VVPP" for t in span) \
            and not any(t.pos in {"VVINF", "VAINF", "VMINF"} for t in span)

    def _apply_content(self, tokens, clauses, parts, built):
        """The content of an accusation/denial/plan is an event with that status."""
        out = []
        content_of: dict[int, tuple[Trigger, Arguments]] = {}
        speech_acts: dict[int, Found] = {}
        for item, args, _status in built:
            if not item.noun and item.trigger.content:
                content_of[item.clause] = (item.trigger, args)
            elif not item.noun and item.trigger.type in CONTENT_SWALLOWING_TYPES:
                speech_acts.setdefault(item.clause, item)
        # a one-sided promise takes in the act it promises ("stellte in Aussicht, Polizisten bereitzustellen": one
        # AGREE); what sides agree on together stays an act of its own ("einigten sich darauf, ... zu liefern")
        promises = {item.clause for item, _args, _status in built
                    if item.trigger.type in PROMISE_TYPES and not item.trigger.reciprocal}
        built = self._promised_targets(clauses, built, promises)
        for item, args, status in built:
            reporters: list[str] = []
            if self._is_speech_content(clauses, item, args, speech_acts) or self._promised(clauses, item, promises):
                continue
            governing = self._governing(clauses, item, content_of)
            if governing is not None:
                trig, gargs = governing
                if item.noun and item.trigger.type == "ACCUSE":
                    continue  # "wies den Vorwurf zurück": the accusation is what is answered, not a new event
                clause = clauses[item.clause]
                known = trig.content == "alleged" and item.noun and self._known_means(tokens, clause, item.index)
                status = status if known else trig.content or status
                if trig.content == "alleged":
                    reporters = [] if known else [p.mention.code for p in gargs.source]
                    # the accused does the alleged act: "werfen Nordkorea vor, Russland ... zu unterstützen"
                    if (clause.kind == "inf" or item.noun or not args.source) and gargs.target:
                        args = Arguments(gargs.target, [p for p in args.target if p not in gargs.target],
                                         args.reciprocal)
                    if not args.target and item.trigger.type in ACCUSER_HIT_TYPES and not args.reciprocal:
                        # "Kiew macht Moskau für die Explosion verantwortlich": the accuser suffered the attack
                        accused = {p.mention.code for p in args.source}
                        args = replace(args, target=[p for p in gargs.source if p.mention.code not in accused])
                elif not args.source or clause.kind == "inf":
                    args = Arguments(gargs.source, args.target, args.reciprocal)
                if not args.source and not args.target:
                    continue
            out.append((item, args, status, reporters))
        return out

    def _known_means(self, tokens: list[Tagged], clause: Clause, noun: int) -> bool:
        """Whether the act noun stands in a definite phrase of the means ("mit dem Beschluss für einen Exportstopp",
        "durch ihre laufenden Militärübungen"): in an accusation's content a known fact, not the alleged act
        (accused_means_prepositions)."""
        for k in range(noun - 1, clause.start - 1, -1):
            if tokens[k].pos not in {"ART", "PPOSAT", "ADJA", "CARD", "NN", "NE", "APPR", "APPRART"}:
                return False
            if tokens[k].pos == "APPR" and tokens[k].text.lower() in self.accused_means_preps:
                article = tokens[k + 1]
                return article.pos == "PPOSAT" or article.pos == "ART" and \
                    article.text.lower() not in self.indefinite_articles
        return False

    def _apply_prevention(self, tokens, clauses, built):
        """'Versuche der USA, Sanktionen zu erlassen, verhinderten Russland und China': the prevented
        act (a zu-infinitive next to a clause whose verb prevents) is negated, and the preventing
        act is aimed at the one who tried."""
        preventing = {ci for ci, c in enumerate(clauses)
                      if any(verb_lemma(tokens, k, c) in self.status_cues.negating_verbs for k in c.verbs)}
        prevented: dict[int, list[Participant]] = {}
        out = []
        for item, args, status, reporters in built:
            near = {item.clause - 1, item.clause + 1} & preventing
            if clauses[item.clause].kind == "inf" and near and item.clause not in preventing:
                status = "negated"
                for ci in near:
                    prevented.setdefault(ci, list(args.source))
            out.append((item, args, status, reporters))
        for i, (item, args, status, reporters) in enumerate(out):
            tried = prevented.get(item.clause)
            if tried and not args.target and item.trigger.type == "REJECT":
                out[i] = (item, Arguments(args.source, [p for p in tried if p not in args.source]), status, reporters)
        return out

    def _is_speech_content(self, clauses, item: Found, args: Arguments, speech_acts: dict[int, Found]) -> bool:
        """What a demand, threat, rejection or criticism is about is not coded on its own
        ("fordert ihn zum Rücktritt auf", "droht mit Schlägen", "lehnt eine Übernahme ab"),
        except a named act with its own actors under a criticism ("verurteilte den Angriff auf X")."""
        clause = clauses[item.clause]
        if clause.kind in {"inf", "sub"} and clause.parent in speech_acts:
            return True
        governor = speech_acts.get(item.clause)
        if governor is None or governor is item or not item.noun:
            return False
        if governor.trigger.type == "ACCUSE":
            return not (args.source or args.target)
        return True

    def _promised_targets(self, clauses, built, promises: set[int]):
        """A promise that names no one it is made to is made to the side of the act it promises ("sagte zu, Polen
        Panzer zu liefern": AGREE -> POL), not to the story's other side."""
        promised = {clauses[item.clause].parent: args.target for item, args, _status in built
                    if self._promised(clauses, item, promises) and args.target
                    and item.trigger.type in PROMISED_SIDE_TYPES}
        out = []
        for item, args, status in built:
            target = promised.get(item.clause) if item.clause in promises and not args.target else None
            codes = {p.mention.code for p in args.source}
            if target and not args.reciprocal and not {p.mention.code for p in target} & codes:
                args = replace(args, target=target)
            out.append((item, args, status))
        return out

    @staticmethod
    def _promised(clauses, item: Found, promises: set[int]) -> bool:
        """Whether the act is the zu-infinitive of a promise in the clause it depends on."""
        clause = clauses[item.clause]
        return clause.kind == "inf" and clause.parent in promises and item.trigger.type not in PROMISE_TYPES

    def _governing(self, clauses, item: Found, content_of):
        """The content trigger whose complement holds this trigger, if any."""
        clause = clauses[item.clause]
        if clause.parent is not None and clause.parent in content_of and clause.kind in {"inf", "sub"}:
            return content_of[clause.parent]
        if item.noun and item.clause in content_of:
            trig, args = content_of[item.clause]
            if trig.type != item.trigger.type:
                return trig, args
        return None

    def _with_reporters(self, built, attribution: Attribution):
        for item, args, status, content_reporters in built:
            reporters = list(content_reporters)
            codes = {p.mention.code for p in args.source}
            for code in attribution.codes:
                if item.trigger.type in SPEECH_TYPES and code in codes:
                    continue
                if code not in reporters:
                    reporters.append(code)
            yield item, args, status, reporters


def _subjunctive_one(tok: Tagged) -> bool:
    """A third person singular Konjunktiv I of a full verb ("handle", "verstoße", "bestreite"): its stem and "e", a form
    the indicative third person does not have ("handelt", "verstößt")."""
    if tok.pos != "VVFIN":
        return False
    word, lemma = tok.text.lower(), tok.lemma.lower()
    if lemma.endswith("eln"):
        return word == lemma[:-3] + "le"
    return lemma.endswith("en") and word == lemma[:-1]


def _speaker_pronouns(parts: list[Participant], attribution: Attribution, first_person: frozenset[str],
                      quoted_speaker: Mention | None = None) -> Mention | None:
    """In reported speech the pronoun is the speaker: "sagte die Sprecherin, sie rufe ... auf"; a
    first person plural in a quote is the speaker's side: '"Wir haben den Botschafter einbestellt",
    teilte das Außenamt mit' (or the previous sentence's speaker, where a quote goes on). A "wir"
    with no speaker is dropped. Returns the sentence's speaker, if any."""
    speakers = [p.mention for p in attribution.speakers(parts) if p.clause in attribution.clauses]
    persons = [m for m in speakers if m.kind in {"person", "role"}]
    side = speakers[0] if speakers else quoted_speaker
    for p in parts:
        if p.mention.kind != "pronoun" or p.clause in attribution.clauses:
            continue
        word = p.mention.text.lower()
        if word in {"er", "sie"} and persons:
            p.mention = replace(p.mention, code=persons[0].code, sector=persons[0].sector)
        elif word in first_person and side is not None:
            p.mention = replace(p.mention, code=side.code, sector=side.sector)
    parts[:] = [p for p in parts if not (p.mention.kind == "pronoun" and p.mention.code == UNKNOWN_CODE
                                         and p.mention.text.lower() in first_person)]
    return speakers[0] if speakers else None
