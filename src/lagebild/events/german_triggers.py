"""German coder, step 1: the cascade that decides which sentences are tagged, and the words of a
tagged sentence that are triggers (lexicon entries chosen by their clause's words)."""

from __future__ import annotations

from ..model import Mention, Sentence
from ..nlp.tagger import Tagged
from .clauses import Clause, preposition_of, verb_lemma
from .coref import Discourse
from .german_base import STORY_STATE_TYPES, Found, GermanBase, _attributive_participle
from .german_filters import _copula_classified, _nominalised_in_pp, _pronoun_classified
from .lexicon import Trigger, choose


class TriggerSteps(GermanBase):
    """Finding the triggers of a tagged sentence."""

    def _sports_report(self, sentences: list[Sentence]) -> bool:
        """Whether the article reports sport: its words of matches and leagues reach the threshold,
        where "trifft auf", "schoss", "erobert" and the teams' countries are no political acts."""
        hits = sum(sum(map(self.sports_words.__contains__, map(str.lower, s.words))) for s in sentences)
        return hits >= self.sports_threshold

    def _infinitives_before_werden(self, tokens: list[Tagged]) -> list[Tagged]:
        """HanTa tags a verb-final infinitive before a form of werden as a participle ("dass sie Sanktionen
        verhängen würden"), which reads as a passive and turns the sides round; a word that equals its lemma
        there is the infinitive of a future act, except where the participle has the same form
        ("dass er entlassen werde")."""
        out = list(tokens)
        for k, tok in enumerate(tokens[:-1]):
            if tok.pos == "VVPP" and tok.text.lower() == tok.lemma.lower() \
                    and tokens[k + 1].text.lower() in self.status_cues.future \
                    and not tok.lemma.lower().endswith(self.participle_like_infinitives):
                out[k] = tok._replace(pos="VVINF")
        return out

    def _worth_tagging(self, sentence: Sentence, mentions: list[Mention], memory: Discourse) -> bool:
        """Whether the sentence may hold a trigger (word-anchored prefilter) and an actor or a story."""
        if not (mentions or self._may_refer(sentence)):
            # no actor named: only an act of a type the story has told can take the story's sides (a
            # military display also the story state's, once the story is about something)
            if not memory.told_types:
                return False
            takers = memory.told_types | STORY_STATE_TYPES
            return not takers.isdisjoint(self.lexicon.candidate_types(sentence.text, sentence.words))
        if self.lexicon.has_candidate(sentence.text, sentence.words):
            return True
        if not (self.status_cues.demand_forms | self.status_cues.said_demand_forms).isdisjoint(
                w.lower() for w in sentence.words):
            return True  # "X solle Stellung nehmen, sagte Y": a reported demand whatever it demands (_bare_demands)
        # a pending claim goes on through a Konjunktiv sentence without a trigger; such a
        # sentence is tagged wherever the unanchored prefilter lets it through (as before)
        return memory.last_claim is not None and self.lexicon.has_candidate(sentence.text, anchored=False)

    def _may_refer(self, sentence: Sentence) -> bool:
        """Whether a sentence without named actors has a word that can refer to one."""
        return any(w.lower() in self.coref_cues.first_words or w.lower() in self.coref_cues.pronouns
                   for w in sentence.words)

    def _find_triggers(self, tokens: list[Tagged], clauses: list[Clause],
                       told_nouns: set[str] = frozenset()) -> list[Found]:
        found: list[Found] = []
        for ci, clause in enumerate(clauses):
            # with-lists name separable verbs too ("legte ... ein" -> einlegen)
            # surface words too: HanTa lemmatises hyphenated compounds oddly ("Marine-Drohne" -> "Marine-drohn")
            lemmas = {t.lemma for t in tokens[clause.start:clause.end]} | {
                t.text for t in tokens[clause.start:clause.end] if "-" in t.text} | {
                verb_lemma(tokens, k, clause) for k in clause.verbs}
            reflexive = any(t.text.lower() == "sich" for t in tokens[clause.start:clause.end])
            if self._impending_clause(tokens, clause):
                lemmas = lemmas - self.impending_verbs  # "droht" does not block "Sanktionen" there
            # a verb's with-words: also those of its zu-infinitives ("warnte davor, Truppen zu entsenden") and, in a
            # coordinated clause, the nouns of the subject it shares ("die Drohne verfolgt ihn und explodiert")
            verb_words = lemmas | _content_lemmas(tokens, clauses, ci) | _shared_subject_nouns(
                tokens, clauses, ci, self.nominative_pronouns)
            for k in range(clause.start, clause.end):
                tok = tokens[k]
                if tok.pos.startswith("VV") and _nominalised_in_pp(tokens, clause, k):
                    continue  # "Russland setzt auf Drohen und Terror": an activity named, no act told
                if tok.pos.startswith("VV"):
                    entries = self.lexicon.verbs(verb_lemma(tokens, k, clause))
                    noun = False
                    if not entries and tok.pos == "VVPP" and not any(
                            t.pos.startswith("VA") for t in tokens[clause.start:clause.end]):
                        # a headline's "EU besorgt": HanTa reads the predicative adjective as a participle (no
                        # auxiliary makes it one: "wurden in Prag besorgt")
                        entries = self.lexicon.adjectives(tok.text.lower())
                elif tok.pos.startswith("NN") or tok.pos == "NE":
                    # HanTa tags nouns after a run of names as names ("Russland und China Atomwaffentests")
                    entries = self.lexicon.nouns(tok.lemma) or self.lexicon.nouns(tok.text)
                    noun = True
                elif tok.pos == "ADJA" and self._described_act(tokens, k):
                    # "der von Frankreich festgesetzte Tanker": the agent did the act to the noun
                    entries = self.lexicon.verbs(self.act_participles[tok.lemma.lower()])
                    chosen = choose(entries, lemmas, reflexive)
                    if chosen is not None:
                        found.append(Found(k, ci, chosen, False, described=True))
                    continue
                elif tok.pos in {"ADJD", "PTKVZ", "ADJA"} and self.lexicon.adjectives(tok.lemma):
                    # predicative judgements: 'nannte den Vorfall "dreist"', '"inakzeptabel", sagte X';
                    # attributive ones: 'sprach von einem rücksichtslosen Akt Russlands'
                    entries = self.lexicon.adjectives(tok.lemma)
                    noun = False
                else:
                    continue
                if not entries:
                    continue  # most words are no trigger: no clause words to gather for them
                words = _clause_words_for(tokens, clause, k, lemmas, self.time_nouns) if noun else verb_words
                chosen = choose(entries, words, reflexive)
                if chosen is None and noun:
                    chosen = _told_compound_sense(entries, tok.lemma, told_nouns)
                if chosen is not None:
                    if noun and self._temporal_reference(tokens, clause, k):
                        continue
                    if noun and self._absent_act(tokens, clause, k):
                        continue
                    if noun and _copula_classified(tokens, clause, k, self.classifying_determiners):
                        continue  # "Die Angriffe waren Teil einer Kooperation": a verdict on acts told before
                    if noun and _pronoun_classified(tokens, clause, k, self.classified_pronouns):
                        continue  # "Es ist die erste Vereinbarung dieser Art": something told before, classified
                    if noun and self.exemption_words & lemmas:
                        continue  # "Ausnahmen bei der Grenzschließung": the measure's scope, no act told
                    if _attributive_participle(tokens, k):
                        continue  # "die von Iran unterstützte Miliz": a description of the miliz, not an act told
                    otherwise = choose([e for e in entries if e is not chosen], words, reflexive) \
                        if chosen.needs_target else None
                    found.append(Found(k, ci, chosen, noun, attributive=tok.pos == "ADJA", otherwise=otherwise))
        return self._impending(tokens, clauses, found)

    def _described_act(self, tokens: list[Tagged], k: int) -> bool:
        """An attributive participle of an act with its agent ("der von Frankreich festgesetzte russische
        Tanker"): the act was done. Only acts in act_participles (cues.yaml): "die von Iran unterstützte
        Miliz", "die besetzten Gebiete" describe their noun."""
        return tokens[k].lemma.lower() in self.act_participles and _attributive_participle(tokens, k, adjectives=True)

    def _impending_clause(self, tokens: list[Tagged], clause: Clause) -> bool:
        """A clause with 'drohen' and no mit-PP (the threat's instrument)."""
        return any(verb_lemma(tokens, k, clause) in self.impending_verbs for k in clause.verbs) and not any(
            t.lemma.lower() == "mit" for t in tokens[clause.start:clause.end])

    def _impending(self, tokens: list[Tagged], clauses: list[Clause], found: list[Found]) -> list[Found]:
        """'Dem Iran droht die Wiedereinführung der Sanktionen', 'Russland drohen neue Sanktionen': with
        an event noun as its subject (no preposition between verb and noun) and no mit-PP, drohen says
        the noun's act is impending for the dative; it is no threat. The noun's event stays (intended),
        the verb's goes."""
        out = list(found)
        for verb in found:
            clause = clauses[verb.clause]
            if verb.noun or verb_lemma(tokens, verb.index, clause) not in self.impending_verbs or \
                    not self._impending_clause(tokens, clause):
                continue
            nouns = [f for f in found if f.noun and f.clause == verb.clause and not any(
                tokens[k].pos in {"APPR", "APPRART"}
                for k in range(min(verb.index, f.index), max(verb.index, f.index)))]
            if nouns:
                out.remove(verb)
                for noun in nouns:
                    noun.impending = True
        return out

    def _carrying_verbs(self, tokens: list[Tagged], clauses: list[Clause], found: list[Found]) -> set[int]:
        """Support verbs whose object is an event noun ('Militär erklärt Machtübernahme'): they carry the
        act, they do not report it."""
        out = set()
        for f in found:
            clause = clauses[f.clause]
            if f.noun and preposition_of(tokens, clause, f.index) is None:
                out |= {k for k in clause.verbs if verb_lemma(tokens, k, clause) in self.support_verbs}
        return out


def _told_compound_sense(entries: list[Trigger], lemma: str, told_nouns: set[str]) -> Trigger | None:
    """'heimliche Tests' after 'Atomwaffentests': a noun whose with-gate its clause does not open takes up a compound
    of it that the story has told as an event, where the compound's modifier is one of its with-words."""
    head = lemma.casefold()
    modifiers = {word[:word.rfind(head)].rsplit("-", 1)[-1] for word in told_nouns if word.rfind(head) >= 3}
    return next((e for e in entries if e.with_ and any(
        m.startswith(w.casefold()) for m in modifiers for w in e.with_)), None)


def _content_lemmas(tokens: list[Tagged], clauses: list[Clause], ci: int) -> set[str]:
    """The lemmas of the zu-infinitives that depend on clause ci (what its verb demands, threatens or warns of)."""
    out: set[str] = set()
    for clause in clauses:
        if clause.parent == ci and clause.kind == "inf":
            out |= {t.lemma for t in tokens[clause.start:clause.end]}
            out |= {verb_lemma(tokens, k, clause) for k in clause.verbs}
    return out


def _shared_subject_nouns(tokens: list[Tagged], clauses: list[Clause], ci: int, pronouns: frozenset[str]) -> set[str]:
    """'die Drohne verfolgt ihn und explodiert': a coordinated clause shares the clause before's subject, whose
    noun may be the with-word of its verb."""
    clause = clauses[ci]
    if not clause.coordinated or ci == 0 or _own_subject(tokens, clause, pronouns):
        return set()
    before = clauses[ci - 1]
    return {t.lemma for t in tokens[before.start:before.end] if t.pos.startswith("NN")}


def _own_subject(tokens: list[Tagged], clause: Clause, pronouns: frozenset[str]) -> bool:
    """Whether a coordinated clause names a subject of its own before its finite verb ("und die Ukraine traf sich
    mit ..."): a noun outside a PP or a nominative personal pronoun ("und schließlich neben ihm explodiert": none)."""
    end = clause.finite if clause.finite is not None else clause.end
    return any((tokens[k].pos.startswith("NN") or tokens[k].pos == "NE") and preposition_of(tokens, clause, k) is None
               or tokens[k].pos == "PPER" and tokens[k].text.lower() in pronouns
               for k in range(clause.start, end))


def _clause_words_for(tokens: list[Tagged], clause: Clause, noun: int, lemmas: set[str],
                      time_nouns: frozenset[str] = frozenset()) -> set[str]:
    """The clause's words as a noun trigger's with-gate sees them: its own preposition ("begann mit
    einem Manöver") is no partner ("Manöver mit den USA")."""
    j = preposition_of(tokens, clause, noun)
    lemmas = lemmas - _other_nouns_prepositions(tokens, clause, noun, j, time_nouns)
    if j is None:
        return lemmas
    own = tokens[j].lemma
    if sum(t.lemma == own for t in tokens[clause.start:clause.end]) > 1:
        return lemmas
    return lemmas - {own}


def _other_nouns_prepositions(tokens: list[Tagged], clause: Clause, noun: int, own: int | None,
                              time_nouns: frozenset[str]) -> set[str]:
    """Prepositions that stand only right after another common noun belong to that noun's phrase ("Inmitten
    der Spannungen mit den USA hielt Venezuela ein Manöver ab": no partner of the manoeuvre); the trigger's
    own preposition is left to the caller."""
    attached: dict[str, bool] = {}
    for k in range(clause.start + 1, clause.end):
        if tokens[k].pos not in {"APPR", "APPRART"} or k == own:
            continue
        before = tokens[k - 1]
        # a name before it may close the noun's own genitive; a time noun ("am Montag") heads no phrase of it
        other = before.pos == "NN" and k - 1 != noun and before.lemma not in time_nouns
        attached[tokens[k].lemma] = attached.get(tokens[k].lemma, True) and other
    return {lemma for lemma, only_after_nouns in attached.items() if only_after_nouns}
