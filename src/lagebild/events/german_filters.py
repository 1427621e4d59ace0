"""German coder, step 1b: found triggers that tell no act of their own: background and time
anchors, habits, judged possibilities, purposes, classifications, cancelled or absent acts."""

from __future__ import annotations

from ..nlp.tagger import Tagged
from .clauses import Clause, Participant, preposition_of, verb_lemma
from .german_base import QUOTE_MARKS, Found, GermanBase
from .status import is_habitual


class FilterSteps(GermanBase):
    """Recognising found triggers that tell no event."""

    def _habitual(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause) -> bool:
        """A habitual clause, or a zu-infinitive governed by one ("Häufig versucht Nordkorea, die
        Gefangenen in Verhandlungen einzusetzen")."""
        if is_habitual(tokens, clause, self.status_cues) or self._generic_relative(tokens, clause):
            return True
        parent = clauses[clause.parent] if clause.kind == "inf" and clause.parent is not None else None
        return parent is not None and parent.finite is not None and any(
            f" {h} " in " " + " ".join(t.text.lower() for t in tokens[parent.start:parent.end]) + " "
            for h in self.status_cues.habitual)

    def _judged_possibility(self, tokens: list[Tagged], clause: Clause, item: Found) -> bool:
        """An indefinite act noun in a clause that only judges it with "sein" and an adjective ("dass eine
        Entsendung von Soldaten nicht förderlich sei", "nötig seien ... Sicherheitsgarantien"): a possible act
        is weighed, none is told."""
        if not item.noun or clause.finite is None or tokens[clause.finite].lemma.lower() != "sein":
            return False
        k = item.index - 1
        while k >= clause.start and tokens[k].pos == "ADJA":
            k -= 1
        span = tokens[clause.start:clause.end]
        # a bare noun (no article: first, after the verb, an adverb, "und" or a list comma) is indefinite too,
        # unless the judgement looks back ("Russische Angriffe seien erfolgreich gewesen": acts that happened)
        bare = (k < clause.start or tokens[k].pos in {"KON", "$,", "VAFIN", "ADV"}) and not any(
            t.pos == "VAPP" for t in span)
        if not bare and (k < clause.start or tokens[k].text.lower() not in self.indefinite_articles):
            return False
        # a hedging adverb ("ist mutmaßlich Ziel einer Störung geworden") judges nothing: it hedges a told act
        return any(t.pos == "ADJD" and t.text.lower() not in self.status_cues.allegation for t in span) \
            and not any(t.pos.startswith("VV") for t in span)

    def _purpose_clause(self, tokens: list[Tagged], clauses: list[Clause], clause: Clause) -> bool:
        """An "um ... zu" clause on a clause with a full verb tells what an act is for, not that it happens
        ("kauft Panzer, um seine Armee aufzurüsten"); on a copula it completes a noun or adjective ("sei nicht
        der richtige Zeitpunkt, um Sanktionen zu lockern") and stays."""
        if tokens[clause.start].pos != "KOUI" or tokens[clause.start].text.lower() not in self.purpose_openers:
            return False
        before = [c for c in clauses if c.end <= clause.start]
        parent = clauses[clause.parent] if clause.parent is not None else before[-1] if before else None
        return parent is not None and any(tokens[k].pos.startswith("VV") for k in range(parent.start, parent.end))

    def _generic_relative(self, tokens: list[Tagged], clause: Clause) -> bool:
        """A relative clause on a phrase opened by a quantifier of a class ("jedes andere Land, das über einen
        Beitritt verhandelt", "alles, was illegal ist"): what holds for any member, no act told."""
        if clause.kind != "rel":
            return False
        k = clause.start - 1
        if k >= 0 and tokens[k].text == ",":
            k -= 1
        head = k
        k = _before_noun_phrase(tokens, head)
        if k >= 0 and tokens[k].pos in {"PIAT", "PIS"} and tokens[k].text.lower() in self.generic_quantifiers:
            return True
        return self._class_description(tokens, clause, head)

    def _class_description(self, tokens: list[Tagged], clause: Clause, head: int) -> bool:
        """A present-tense relative clause on a plural noun without a determiner ("NATO-Mitglieder, die die USA
        nicht unterstützen", "für Flugzeuge gesperrt, die an Angriffen teilnehmen"): it says which members of a
        class are meant, no act told."""
        if tokens[clause.start].text.lower() not in self.class_relative_pronouns:
            return False
        while head >= 0 and tokens[head].pos.startswith("V") and tokens[head].pos != "VVFIN":
            head -= 1  # extraposed: the relative clause follows the verbs that close the clause before it
        k = _before_noun_phrase(tokens, head)
        if head < 0 or tokens[head].pos != "NN":
            return False
        definite_plural = k >= 0 and tokens[k].text.lower() in self.plural_articles
        if k >= 0 and tokens[k].pos in self.DETERMINER_TAGS and not definite_plural:
            return False
        # a full verb in the present (a plural present may be tagged as an infinitive): a preterite tells an act
        # ("Demonstranten, die versuchten, ...")
        verbs = [clause.finite] if clause.finite is not None else clause.verbs[-1:]
        if not verbs or tokens[verbs[0]].pos not in {"VVFIN", "VVINF"} \
                or self.dates.words.preterite(tokens[verbs[0]].text, tokens[verbs[0]].lemma):
            return False
        return not definite_plural or tokens[verbs[0]].text.endswith("en")  # "den Ländern, die ... ablehnen"

    def _drop_background(self, tokens: list[Tagged], clauses: list[Clause], parts: list[Participant],
                         found: list[Found]) -> list[Found]:
        """'Nach dem Anschlag in Jerusalem nahm die Polizei einen Mann fest': an act without a named actor in
        the time PP that opens a main clause is the background of the clause's own act, not an event of its
        own ("Nach Angriffen der USA startete Iran neue Attacken" names the earlier act's doer: kept)."""
        background = {id(f) for f in found if f.noun and (self._fronted_background(tokens, clauses[f.clause], parts, f)
                                                          or self._anchor(tokens, clauses[f.clause], parts, f))}
        if background and len(background) < len(found):
            return [f for f in found if id(f) not in background]
        return found

    def _fronted_background(self, tokens: list[Tagged], clause: Clause, parts: list[Participant], f: Found) -> bool:
        if clause.kind != "main" or clause.finite is None or f.index > clause.finite:
            return False
        prep = preposition_of(tokens, clause, f.index)
        opening = next((i for i in range(clause.start, clause.end) if tokens[i].text not in QUOTE_MARKS), None)
        if prep is None or prep != opening or tokens[prep].lemma.lower() not in self.background_preps:
            return False
        return not any(prep < p.first < clause.finite and p.mention.use == "actor" and p.slot != "in" for p in parts)

    def _anchor(self, tokens: list[Tagged], clause: Clause, parts: list[Participant], f: Found) -> bool:
        """'erstmals seit ihrer Machtübernahme in Afghanistan': an act without a named actor of its own in a
        PP that only anchors the time (anchor_prepositions) is no event told; "seit einem nordkoreanischen
        Atomtest" names its doer: kept."""
        prep = preposition_of(tokens, clause, f.index)
        if prep is None or tokens[prep].lemma.lower() not in self.anchor_preps:
            return False
        return not any(prep < p.first <= f.index + 3 and p.mention.use == "actor" and p.slot != "in" for p in parts)

    def _cancelled(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """An act noun that is the object of a cancelling verb does not happen ("sagte seine Reise nach Washington
        ab", "verweigerte die Zusammenarbeit"); not in a PP ("stoppte die Lieferungen nach dem Angriff")."""
        return preposition_of(tokens, clause, k) is None and (clause.finite is None or k > clause.finite) and any(
            verb_lemma(tokens, v, clause) in self.cancelling_verbs for v in clause.verbs)

    def _absent_act(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """An act noun in an ohne-PP does not happen ("befuhr das Gebiet ohne Zustimmung Pekings", "ohne
        Einmischung der USA"): no event (absent_act_prepositions in cues.yaml)."""
        j = preposition_of(tokens, clause, k)
        return j is not None and tokens[j].lemma.lower() in self.absent_act_preps

    def _temporal_reference(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """'nach dem Angriff', 'seit Beginn des Krieges': a time reference, not a new event."""
        j = k - 1
        while j >= clause.start and tokens[j].pos in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "ADV"}:
            j -= 1
        return j >= clause.start and (tokens[j].lemma.lower() in self.temporal_preps or self._reason_pp(
            tokens, clause, j)) or self._framed(tokens, clause, k)

    def _framed(self, tokens: list[Tagged], clause: Clause, k: int) -> bool:
        """'im Rahmen der von Deutschland mitorganisierten Konferenz': the act noun is the setting of the
        clause's own act (frame_nouns in cues.yaml)."""
        j = k - 1
        while j > clause.start and tokens[j].pos in {"ART", "ADJA", "PPOSAT", "PIAT", "CARD", "ADV", "APPR", "NE"}:
            j -= 1
        return j > clause.start and tokens[j].pos == "NN" and tokens[j].lemma in self.frame_nouns and \
            tokens[j - 1].pos == "APPRART"

    def _reason_pp(self, tokens: list[Tagged], clause: Clause, j: int) -> bool:
        """'hat für den Anschlag die Höchststrafe verhängt': a reason PP of the clause's verb (see
        reason_prepositions)."""
        # after a common noun the PP is the noun's ("Beschluss für einen Exportstopp"); a name takes none, there it is
        # the verb's ("Spanien für seine Kritik auszuschließen"), unless a word of the clause governs it
        # ("macht Russland für den Angriff verantwortlich": complement_for_words)
        if tokens[j].lemma.lower() not in self.reason_preps or j > clause.start and tokens[j - 1].pos == "NN":
            return False
        if j > clause.start and tokens[j - 1].pos == "NE" and (tokens[j].lemma.lower() != "für" or any(
                t.lemma in self.complement_for_words for t in tokens[clause.start:clause.end])):
            return False
        return not any(verb_lemma(tokens, v, clause) in self.voting_verbs for v in clause.verbs) \
            and not self._claims_responsibility(tokens, clause)  # "sei für den Anschlag verantwortlich": claimed

    def _claims_responsibility(self, tokens: list[Tagged], clause: Clause) -> bool:
        """Whether the clause claims responsibility with a word and one of its verbs (responsibility_claims)."""
        lemmas = {t.lemma.lower() for t in tokens[clause.start:clause.end]}
        lemmas |= {verb_lemma(tokens, k, clause).lower() for k in clause.verbs}
        return any(word.lower() in lemmas and not verbs.isdisjoint(lemmas)
                   for word, verbs in self.responsibility_claims.items())


def _before_noun_phrase(tokens: list[Tagged], head: int) -> int:
    """The index before the nouns and adjectives that end at head (quotation marks inside them included):
    where a determiner or quantifier of the phrase would stand; -1 at the sentence's start."""
    k = head
    while k >= 0 and (tokens[k].pos in {"NN", "ADJA"} or k < head and tokens[k].text in QUOTE_MARKS):
        k -= 1
    return k


def _nominalised_in_pp(tokens: list[Tagged], clause: Clause, k: int) -> bool:
    """Whether a verb form is a capitalised infinitive heading a PP ("setzt auf Drohen", "beim Verhandeln"): a
    nominalised verb that HanTa tags as a verb names an activity or habit, no act told."""
    if k == clause.start or not tokens[k].text[:1].isupper():
        return False
    j = k - 1
    while j > clause.start and tokens[j].pos in {"ADJA", "ADV", "ART"}:
        j -= 1
    # HanTa may read the preposition as a separable particle or a circumposition ("setzt auf Drohen": PTKVZ, APZR)
    return tokens[j].pos in {"APPR", "APPRART", "PTKVZ", "APZR"}


def _pronoun_classified(tokens: list[Tagged], clause: Clause, noun: int, pronouns: frozenset[str]) -> bool:
    """Whether the act noun is the predicate of a copula whose subject is a pronoun opening the clause ("Es ist die
    erste Vereinbarung dieser Art", "Das war ein Angriff auf die Demokratie"): it classifies something told
    before, no act told again ("Es sei ein Protokoll unterzeichnet worden" has a full verb: kept)."""
    finite = clause.finite
    first = next((i for i in range(clause.start, clause.end) if tokens[i].text not in QUOTE_MARKS), None)
    return not clause.verbs and finite is not None and tokens[finite].lemma == "sein" and first is not None \
        and first + 1 == finite and tokens[first].text.lower() in pronouns and noun > finite \
        and preposition_of(tokens, clause, noun) is None


def _copula_classified(tokens: list[Tagged], clause: Clause, noun: int, determiners: frozenset[str]) -> bool:
    """Whether the act noun is the subject of a copula that classifies it by a predicate noun ("Die Angriffe waren
    Teil einer Kooperation", "Laut X sei der Anschlag kein Einzelfall"): a verdict on acts told before, not the act
    told again ("Die Luftschläge seien im Norden erfolgt", "Die Angriffswelle war die schwerste" stay; so do a
    predicate act noun, "Das war ein Angriff", "Grund sind die Angriffe auf Kiew", and an act noun with sides of its
    own, "Der Angriff auf eine Klinik in Kabul sei ein Verbrechen")."""
    finite = clause.finite
    if clause.verbs or finite is None or tokens[finite].lemma != "sein" or \
            preposition_of(tokens, clause, noun) is not None:
        return False
    # the Vorfeld holds the act noun or only a PP or adverb: no other subject ("Es", "Grund") before the copula
    if any(tokens[j].pos in {"NN", "PPER", "PDS"} and j != noun and preposition_of(tokens, clause, j) is None
           for j in range(clause.start, finite)):
        return False
    for j in range(max(noun, finite) + 1, clause.end):
        if tokens[j].pos != "NN" or preposition_of(tokens, clause, j) is not None:
            continue
        i = j - 1
        while i > noun and tokens[i].pos in {"ADJA", "ADV", "ADJD"}:
            i -= 1
        # an indefinite predicate ("kein Einzelfall") or a bare one right after the subject ("Teil"); the act noun
        # names no sides of its own ("Der Angriff auf eine Klinik in Kabul sei ein Verbrechen" tells the attack)
        start = i if tokens[i].text.lower() in determiners else j if i in {noun, finite} else None
        return start is not None and noun + 1 in {finite, start}
    return False
