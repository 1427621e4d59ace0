"""The German event coder: triggers from the lexicon, actors from clause structure.

Per sentence: a cheap prefilter (lexicon stems) -> HanTa tags -> clauses -> actor
mentions placed in clauses (plus pronouns/descriptions resolved from the discourse) ->
triggers (verbs with particles, nouns incl. compound heads, light-verb constructions) ->
source/target, status, attribution, date -> nested events (the content of an
accusation or denial) -> merge duplicates.

The steps live in german_triggers, german_filters, german_roles, german_noun_roles, german_judgements,
german_speech and german_story (mixins over german_base, which holds the cue sets all of them read)."""

from __future__ import annotations

from dataclasses import replace

from ..actors.context import is_near, resolve_article
from ..model import UNKNOWN_CODE, Article, Event, Mention, PartialDate, Sentence
from ..nlp.tagger import Tagged, tag_tokens
from ..resources import load_yaml
from .arguments import Arguments
from .assemble import actor_refs, confidence, has_known_actor, merge_duplicates, one_meeting_per_sentence
from .attribution import Attribution, find_attribution
from .clauses import Clause, Participant, place_participants, segment_clauses
from .coref import Discourse, resolve_references
from .dates import DateResolver
from .german_base import (
    BETWEEN_STATES_TYPES,
    CONTINUED_TARGET_TYPES,
    PLACE_KINDS,
    QUOTE_MARKS,
    UNNAMED_CROWD_TYPES,
    Found,
    StoryMarks,
    _polar_question,
)
from .german_filters import FilterSteps
from .german_judgements import JudgementSteps, _unnamed_addressee
from .german_noun_roles import NounRoleSteps
from .german_roles import RoleSteps
from .german_speech import SpeechSteps, _speaker_pronouns
from .german_story import (
    StorySteps,
    _accused_without_accuser,
    _continue_targets,
    _inherit_story_actors,
    _leading_group,
    _target_at_place,
    _unnamed_attack,
    _unnamed_authority,
)
from .german_triggers import TriggerSteps
from .lexicon import Lexicon, Trigger
from .status import clause_status


class GermanCoder(TriggerSteps, FilterSteps, RoleSteps, NounRoleSteps, JudgementSteps, SpeechSteps, StorySteps):
    """Codes German articles into events."""

    @classmethod
    def load(cls) -> GermanCoder:
        """The coder with the bundled German data."""
        return cls(Lexicon.load("de"), load_yaml("de", "cues.yaml"), DateResolver.for_language("de"))

    def code(self, article: Article, sentences: list[Sentence], mentions: list[list[Mention]],
             context: list[list[Mention]] | None = None) -> list[Event]:
        """Events of an article; mentions[i] are the actor mentions of sentences[i], context[i] the same
        resolved in article context (resolved here where not given)."""
        if self._sports_report(sentences):
            return []  # "Benfica trifft in Lissabon auf Zenit", "Vidal schoss die Gäste in Führung"
        times = self.dates.resolve_article(article, sentences)
        context = context if context is not None else resolve_article(sentences, mentions, "de", self.context_cues)
        # places only near the act ("nahe der Elfenbeinküste", as the actor stage marks them) do not make their
        # state the story's, whose bodies an unnamed "Sicherheitskräfte" are
        near = {(m.start, m.end) for ms in context for m in ms if m.kind in PLACE_KINDS and is_near(m)}
        memory = Discourse.for_article(mentions)
        events: list[Event] = []
        marks = StoryMarks()
        for sentence, sentence_mentions, exprs in zip(sentences, mentions, times, strict=True):
            sentence_mentions = [self._resolve_role(m, memory) for m in sentence_mentions]
            found, subjects = self._code_sentence(article, sentence, sentence_mentions, exprs, memory, marks)
            memory.remember([m for m in sentence_mentions if (m.start, m.end) not in near], subjects)
            memory.remember_events(found)
            events.extend(found)
        events = _inherit_story_actors(events, marks)
        _target_at_place(events, marks.placed_targets)
        _continue_targets(events)
        self._fill_implicit(events, mentions, marks)
        events = one_meeting_per_sentence(events)
        # an unnamed attack outside a one-state story stays unplaced: dropped
        # ... and so is an accusation without sides outside a one-state story
        return [e for e in events if (has_known_actor(e) or not _unnamed_attack(e))
                and not (id(e) in marks.passive_charges and _accused_without_accuser(e))]

    def _code_sentence(self, article, sentence, mentions, exprs, memory: Discourse, marks: StoryMarks):
        """The events of one sentence, and the subjects its clauses name (for later pronouns)."""
        if not self._worth_tagging(sentence, mentions, memory):
            # cascade: tagging (the costly step) only where a trigger and an actor may stand
            memory.last_claim = None
            leading = _leading_group(sentence, mentions, self.object_articles)
            return [], [leading] if leading else []
        tokens = self._infinitives_before_werden(tag_tokens(sentence.tokens))
        clauses = segment_clauses(tokens, self.cues)
        parts = self._participants(sentence, tokens, clauses, mentions, memory)
        found = self._drop_background(tokens, clauses, parts, self._find_triggers(tokens, clauses, memory.told_nouns))
        attribution, continued = self._speech_frame(sentence, tokens, clauses, parts, found, memory)
        subjects: dict[int, list[Participant]] = {}
        built = self._build(tokens, clauses, parts, found, subjects, attribution, continued)
        built = self._apply_content(tokens, clauses, parts, built)
        built = self._apply_prevention(tokens, clauses, built)
        events = self._events_of(article, sentence, tokens, exprs, clauses, parts, subjects, built, attribution,
                                 memory, marks)
        events.extend(self._bare_demands(article, sentence, tokens, exprs, clauses, parts, subjects, attribution,
                                         memory, {entry[0].clause for entry in built}))
        # events without any side wait for the story's sides (_inherit_story_actors)
        # ... and so do those whose only side is someone unnamed ("ist der Angeklagte verurteilt worden")
        # ... and so do unnamed officers' acts of state power ("Die Beamten setzten Tränengas ein")
        # ... and so do attacks by someone unnamed on people the text leaves unnamed ("Der Mann fuhr in die Menge")
        # and protests by crowds the text does not name ("protestieren Landwirte in Brüssel")
        events = [e for e in merge_duplicates(events)
                  if has_known_actor(e) or not e.source or _unnamed_authority(e) or _unnamed_attack(e)
                  or e.type in UNNAMED_CROWD_TYPES]
        events = _without_subsumed_support(events)
        if continued is None:
            events.extend(self._claims_as_accusations(events))
        self._fill_deny_targets(events, memory)
        claims = [(e.status, e.reported_by) for e in events if e.status == "alleged" and e.reported_by]
        memory.last_claim = claims[0] if claims else (continued if continued else None)
        return events, self._remembered_subjects(tokens, clauses, parts, subjects, attribution)

    def _participants(self, sentence: Sentence, tokens: list[Tagged], clauses: list[Clause], mentions: list[Mention],
                      memory: Discourse) -> list[Participant]:
        """The sentence's actors placed in its clauses, with the references the discourse resolves, without
        datelines, things, groups described and owners of relations, state bodies resolved to their states."""
        refs = resolve_references(sentence.index, tokens, mentions, memory, self.coref_cues)
        dateline = _dateline_end(tokens)
        placed = place_participants(tokens, clauses, list(mentions) + refs, self.agent_nouns, self.exact_agent_nouns,
                                    self.number_nouns)
        parts = [p for p in placed if p.first >= dateline and not self._describes_a_thing(tokens, p)]
        parts = [p for p in parts if not _describes_a_group(p, parts)]
        parts = [self._unname_relation(tokens, p) for p in parts if not self._owner_of_named_relation(tokens, p, parts)]
        self._resolve_bodies(sentence, parts, memory)
        return parts

    def _speech_frame(self, sentence: Sentence, tokens: list[Tagged], clauses: list[Clause], parts: list[Participant],
                      found: list[Found], memory: Discourse) -> tuple[Attribution, tuple | None]:
        """Who reports the sentence (its attribution, the speaker it goes on from) and the previous claim a
        Konjunktiv sentence goes on with (its status and reporters), or None."""
        # "erklärte den Krieg": a reporting verb that carries the event is no attribution
        attribution = find_attribution(tokens, clauses, parts, self.attribution_cues,
                                       skip={f.index for f in found if not f.noun} | self._carrying_verbs(
                                           tokens, clauses, found))
        self._speakers_own_bodies(sentence, parts, attribution)
        in_quote = any(t.text in QUOTE_MARKS for t in tokens)
        speaker = _speaker_pronouns(parts, attribution, self.coref_cues.first_person,
                                    memory.last_speaker if in_quote else None)
        goes_on = speaker is None and memory.last_speaker is not None and self._reported_speech(tokens, clauses)
        if goes_on:
            attribution.continued_speaker = Participant(
                replace(memory.last_speaker, text="", start=sentence.start, end=sentence.start), -1, -1, -1, "speaker")
        memory.last_speaker = speaker or (memory.last_speaker if in_quote or goes_on else None)
        continued = None
        if not attribution.codes and memory.last_claim and self._reported_speech(tokens, clauses) \
                and not self._own_report(tokens, found):
            # a Konjunktiv sentence with a speech verb of its own ("teilte sein Büro mit", "kritisierte er")
            # is a new report, not the previous claim going on
            continued = memory.last_claim  # a Konjunktiv sentence goes on with the previous claim
            attribution.codes = list(continued[1])
        elif in_quote and memory.last_claim and _quotes_claimant(attribution, memory):
            continued = memory.last_claim  # the claimant's quote goes on with his claim ("wo sie testen", sagte er)
        return attribution, continued

    def _build(self, tokens: list[Tagged], clauses: list[Clause], parts: list[Participant], found: list[Found],
               subjects: dict[int, list[Participant]], attribution: Attribution,
               continued: tuple | None) -> list[tuple[Found, Arguments, str]]:
        """Each trigger that tells an act, with its sides and status."""
        verb_triggers: dict[int, list[Trigger]] = {}
        noun_acts = [f for f in found if f.noun]
        for f in found:
            if not f.noun:
                verb_triggers.setdefault(f.clause, []).append(f.trigger)
        built: list[tuple[Found, Arguments, str]] = []
        for item in found:
            clause = clauses[item.clause]
            if self._judged_possibility(tokens, clause, item) or _polar_question(tokens):
                continue
            if self._habitual(tokens, clauses, clause) or self._purpose_clause(tokens, clauses, clause) and not (
                    # "werde die Verfassung ändern, um ihn absetzen zu können" after a condition: a threat of it
                    item.trigger.type in self.conditional_threat_types
                    and self._conditional_consequence(tokens, clauses, item.clause)):
                continue
            args = self._arguments(tokens, clauses, parts, item, subjects, attribution,
                                   verb_triggers.get(item.clause, []), noun_acts)
            if args is None and item.otherwise is not None:
                # "kauft in den USA Panzer für seine Armee": no aid to anyone named, the purchase stays
                item = replace(item, trigger=item.otherwise, otherwise=None)
                args = self._arguments(tokens, clauses, parts, item, subjects, attribution,
                                       verb_triggers.get(item.clause, []), noun_acts)
            if args is None:
                continue
            joint = self._joint_sense(item, args)
            if joint is not None:
                # "ein Großmanöver der USA und Südkoreas": held by two states together, it is their joint exercise
                item, args = replace(item, trigger=joint), Arguments(args.source, [], True)
            if not args.target and item.trigger.type in self.speech_types:
                args.target = self._addressee(parts, item.clause, args.source)
            built.append((item, args, self._status(tokens, clauses, clauses[item.clause], item, continued)))
        return built

    def _status(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause, item: Found,
                continued: tuple | None) -> str:
        """asserted, negated, intended, alleged or denied: the clause's cues, the trigger's own negation, planning
        by the clause above, and the claim the sentence goes on with."""
        status = clause_status(tokens, clause, item.index, self.status_cues, noun=item.noun)
        if status == "asserted" and item.noun and self._cancelled(tokens, clause, item.index):
            status = "negated"
        if status == "negated" and ({"kein", "nicht"} & set(item.trigger.with_) or item.trigger.type in
                                    self.negation_idioms.get(item.trigger.lemma, ())):
            # "keine Beweise", "nicht hinnehmbar", "schloss X nicht aus": the negation is the trigger's own word
            status = "asserted"
        if status == "asserted" and self._planned_by_parent(tokens, clauses, clause):
            status = "intended"  # "plant, ihre Beziehungen ... zu vertiefen"
        if continued and status == "asserted":
            status = continued[0]
        if item.role == "agreed" and status == "asserted" or item.impending:
            status = "intended"
        return status

    def _events_of(self, article, sentence, tokens, exprs, clauses, parts, subjects, built, attribution: Attribution,
                   memory: Discourse, marks: StoryMarks) -> list[Event]:
        """Events of the built triggers, as speech makes them (joint announcements, reported demands, conditional
        threats), with the marks the story-level steps need."""
        events = []
        demands: set[tuple[frozenset[str], frozenset[str]]] = set()  # (demanders, addressees) of reported demands
        for item, args, status, reporters in self._with_reporters(built, attribution):
            event = self._event(article, sentence, tokens, exprs, item, args, status, reporters, clauses[item.clause])
            announcers = self._joint_announcers(tokens, clauses, parts, subjects, item, status)
            if announcers:
                event = self._as_agreement(event, announcers)
            demander = self._reported_demander(tokens, clauses, clauses[item.clause], attribution, memory)
            if demander is not None and item.trigger.type != "REQUEST":
                event = self._as_request(event, demander)
                key = (frozenset(a.code for a in event.source), frozenset(a.code for a in event.target))
                if key in demands:
                    continue  # "Südkorea müsse sich entschuldigen und die Planer hinrichten lassen": one demand
                demands.add(key)
            elif item.trigger.type in self.conditional_threat_types and self._conditional_consequence(
                    tokens, clauses, item.clause):
                addressee = [] if event.target else _unnamed_addressee(tokens, clauses[item.clause], item, parts)
                event = self._as_threat(event, attribution, memory, actor_refs(addressee))
            if item.trigger.type in CONTINUED_TARGET_TYPES and event.source and not event.target:
                event.target = self._backed_opposition_state(parts, item.clause)
            self._mark_for_story(event, item, args, tokens, clauses, parts, marks)
            events.append(event)
        return events

    def _remembered_subjects(self, tokens: list[Tagged], clauses: list[Clause], parts: list[Participant],
                             subjects: dict[int, list[Participant]], attribution: Attribution) -> list[list[Mention]]:
        """The subjects of the sentence's clauses, main clauses last: the one a later pronoun most likely takes up
        is remembered last."""
        for ci, clause in enumerate(clauses):
            if clause.kind == "main" and ci not in subjects:
                self._subject(tokens, clauses, ci, parts, subjects, set(attribution.participants))
        ordered = sorted(subjects.items(), key=lambda kv: clauses[kv[0]].kind == "main")
        subject_mentions = [[p.mention for p in group] for _, group in ordered]
        return subject_mentions

    def _describes_a_thing(self, tokens: list[Tagged], part: Participant) -> bool:
        """A nationality before a noun of make or origin ("Drohnen iranischer Bauart") describes a thing: no
        side of any act (the actor stage's modifier_nouns, data/actors/context.yaml)."""
        after = part.last + 1
        return part.mention.kind in {"adjective", "state"} and after < len(tokens) \
            and tokens[after].text.lower() in self.modifier_nouns

    def _unname_relation(self, tokens: list[Tagged], part: Participant) -> Participant:
        """A state that only owns a relation ("US-Verbündete", "amerikanische Partner") is not the
        side: those related to it stay unnamed ('---')."""
        compound = self._relational_compound(tokens[part.last].text)
        after = part.last + 1 < len(tokens) and part.mention.kind == "adjective" \
            and tokens[part.last + 1].lemma in self.relational_nouns
        if not (compound or after):
            return part
        return replace(part, mention=replace(part.mention, code=UNKNOWN_CODE))

    def _relational_compound(self, word: str) -> bool:
        """A compound whose head is a noun of a relation, also inflected ("US-Verbündete", "des NATO-Partners")."""
        return "-" in word and word.rsplit("-", 1)[1] in self.relational_forms

    def _owner_of_named_relation(self, tokens: list[Tagged], part: Participant, parts: list[Participant]) -> bool:
        """'des NATO-Partners Italien': the relation's owner before a name in apposition is no side; the
        named member is."""
        return self._relational_compound(tokens[part.last].text) and any(
            q.first == part.last + 1 and q.mention.code != UNKNOWN_CODE for q in parts)

    def _dated_in_clause(self, sentence: Sentence, tokens: list[Tagged], exprs, clause: Clause) -> bool:
        """Whether a time expression stands in the trigger's own clause."""
        first, last = tokens[clause.start].start - sentence.start, tokens[clause.end - 1].end - sentence.start
        return any(e.value is not None and first <= e.start < last for e in exprs)

    def _preterite_clause(self, tokens: list[Tagged], clause: Clause) -> bool:
        """Whether the clause's finite verb is a full verb in the preterite ("kritisierte", "trafen")."""
        if clause.finite is None or tokens[clause.finite].pos != "VVFIN":
            return False
        return self.dates.words.preterite(tokens[clause.finite].text, tokens[clause.finite].lemma)

    def _mutual_with_partner(self, trigger: Trigger) -> bool:
        """A meeting with a named partner is mutual: "Kerry traf die FARC" -> source USA, FARC; no target."""
        return trigger.reciprocal and trigger.type in self.mutual_partner_types and trigger.mode != "visit"

    def _event(self, article, sentence, tokens, exprs, item: Found, args: Arguments, status, reporters,
               clause: Clause):
        trig = item.trigger
        tok = tokens[item.index]
        source = actor_refs(args.source)
        target = [] if args.reciprocal else actor_refs(args.target)
        if (trig.type, trig.mode) in self.igo_sanction_acts and source and all(a.sector == "IGO" for a in source):
            # "wurden vom Sicherheitsrat der Vereinten Nationen verboten": an international body's ban is a sanction
            trig = replace(trig, **self.lexicon.coding("SANCTION"))
        if source and target and self._mutual_with_partner(trig):
            # "Kerry traf die Vertreter der FARC", "bei einem Treffen mit Putin": both sides meet
            source, target = source + [a for a in target if a.code not in {b.code for b in source}], []
        if trig.type in BETWEEN_STATES_TYPES:
            # a state does not visit or agree with itself: a same-code "target" is an apposition or a place
            own = {a.code for a in source}
            target = [a for a in target if a.code not in own]
        at = tok.start - sentence.start
        date = self.dates.sentence_date(exprs, at=at)
        if status == "asserted" and _after(date, article.pub_date) and self._dated_in_clause(
                sentence, tokens, exprs, clause):
            if not item.noun and self._preterite_clause(tokens, clause):
                # "Polen kritisierte im Mai Russland" (pub in March): the past May, no plan; an act noun
                # under a preterite stays planned ("bestätigte für Mai einen Besuch")
                date = self.dates.sentence_date(
                    self.dates.resolve_sentence(sentence.text, article.pub_date, past=True), at=at)
            else:
                status = "intended"  # scheduled: "will im kommenden Jahr ... bereitstellen", "reist morgen"
        mode = trig.mode
        return Event(
            doc=article.doc, sentence_index=sentence.index, sentence=sentence.text, type=trig.type, mode=mode,
            cameo=trig.cameo, goldstein=trig.goldstein, source=source, target=target, status=status, date=date,
            reported_by=reporters, trigger=tok.text, trigger_start=tok.start, trigger_end=tok.end,
            confidence=confidence(source, target, item.noun), rule=f"{trig.pos}:{trig.lemma}",
        )


def _quotes_claimant(attribution: Attribution, memory: Discourse) -> bool:
    """Whether a quoted sentence is the words of the one whose claim is pending (its speaker named, or the last)."""
    codes = attribution.codes or ([memory.last_speaker.code] if memory.last_speaker is not None else [])
    return bool(codes) and set(codes) <= set(memory.last_claim[1])


def _after(date: PartialDate | None, published: PartialDate | None) -> bool:
    """Whether the event's date lies after the publication, compared at the coarser precision."""
    if date is None or published is None:
        return False
    if date.precision == "day" and published.precision == "day":
        return date.as_date() > published.as_date()
    if date.month is not None and published.month is not None:
        return (date.year, date.month) > (published.year, published.month)
    return date.year > published.year


def _without_subsumed_support(events: list[Event]) -> list[Event]:
    """'finanziert und unterstützt': support given by the same side to the same side as material aid in the
    sentence is that aid, no verbal support of its own."""
    aid = {(frozenset(a.code for a in e.source), frozenset(a.code for a in e.target)) for e in events
           if e.type == "AID"}
    return [e for e in events if e.type != "SUPPORT" or (
        frozenset(a.code for a in e.source), frozenset(a.code for a in e.target)) not in aid]


def _describes_a_group(part: Participant, parts: list[Participant]) -> bool:
    """A nationality adjective right before a named group is the group's attribute, no side of its own: "an die
    russischen Wagner-Söldner" is aimed at Wagner (GUIDELINES: a non-state group has its own code)."""
    return part.mention.kind == "adjective" and any(
        q.first == part.last + 1 and q.mention.kind == "group" and q.mention.code != UNKNOWN_CODE for q in parts)


def _dateline_end(tokens: list[Tagged]) -> int:
    """Token index after a dateline ("Pjöngjang – ", "Jerusalem/Ramallah – "), else 0."""
    for k in range(min(len(tokens), 5)):
        if tokens[k].text in {"–", "—", "-"}:
            return k + 1 if k > 0 and all(t.pos in {"NE", "NN", "$(", "FM"} or t.text == "/"
                                          for t in tokens[:k]) else 0
    return 0
