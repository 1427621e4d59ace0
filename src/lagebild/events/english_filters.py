"""English coder: which found acts are no news of their own: conditions, background clauses,
trailing -ing elaborations, acts too little told and failed attempts."""

from __future__ import annotations

from .arguments import Arguments
from .english_base import ACCUSE, EnglishBase
from .english_roles import Found, support_chain
from .english_syntax import Structure


class FilterSteps(EnglishBase):
    """Dropping or marking found acts that tell no event of their own."""

    def _hypothetical(self, st: Structure, item: Found) -> bool:
        """An act in a condition ("if Y attacks", "unless Y withdraws") is not reported as happening, nor is
        the goal a noun is aimed at ("a meeting aimed at establishing close relations", `goal_forms`)."""
        clause = st.clauses[item.clause]
        if clause.kind == "sub" and clause.subordinator in self.hypothetical:
            return True
        return self._a_goal(st, item)

    def _a_goal(self, st: Structure, item: Found) -> bool:
        """'a meeting aimed at establishing ties', 'a plan designed to end the blockade' (also the noun object of
        the goal verb): a goal form after a noun, not after an actor that aims ("Kenya aimed at ...")."""
        support = support_chain(st, item) if item.noun else None
        start = min(item.first, support.start) if support is not None else item.first
        for k in range(max(1, start - 2), item.first):
            for form in self.goal_forms:
                if tuple(st.lower(k, k + len(form))) == form and k + len(form) <= item.first \
                        and st.tokens[k - 1].pos not in {"ACT", "PRON", "AUX", "MOD"}:
                    return True
        return False

    def _background(self, st: Structure, item: Found) -> bool:
        """An act told in a relative clause as passive or pluperfect describes its noun, it is no news
        of its own: "the helicopter that was captured last week", "hostages whom they had taken"; so does one
        in the simple present, a lasting state or habit: "Kenya, which hosts Somali refugees", "Washington, which
        keeps troops here under a defense pact"."""
        if self._in_adverbial_clause(st, item) or _noun_ing_modifier(st, item):
            return True
        chain = support_chain(st, item) if item.noun else st.chain_at(item.index)
        # a relative clause right after the sentence's subject is merged into the main clause ("Kenya, which
        # hosts ..., closed ..."): the relative pronoun before the chain marks it
        relative = st.clauses[item.clause].kind == "rel" or chain is not None and chain.start > 0 \
            and st.tokens[chain.start - 1].pos == "REL" or _continues_relative(st, item.clause, chain)
        if not relative or chain is None:
            return False
        clause = st.clauses[item.clause]
        if clause.kind == "rel" and clause.start > 0 and st.tokens[clause.start - 1].text == "," \
                and not _simple_past(st, chain):
            return True  # ", who has vowed ...", ", who are deployed to ...": what the antecedent is or did
        return bool(chain.passive) or any(st.tokens[k].text.lower() in self.pluperfect
                                          for k in range(chain.start, chain.end)) or _simple_present(st, chain)

    def _too_little(self, st: Structure, item: Found, args: Arguments, support) -> bool:
        """'his trip', 'its support': a noun with only a pronoun and no target is too little to code on; a
        pronoun subject of the light verb the noun is the direct object of ("it would impose a curfew")
        stands for a named actor like a verb's subject does."""
        if args.target or not all(p.mention.kind == "pronoun" for p in args.source):
            return False
        return support is None or any(p.last >= support.start for p in args.source) \
            or not any(st.tokens[v].lemma in self.cues.support_verbs for v in support.verbs) \
            or any(t.pos == "PREP" for t in st.tokens[support.end:item.first])

    def _failed(self, st: Structure, item: Found) -> dict | None:
        """What a negated act becomes: a negated acceptance is a refusal ("will not accept refugees", "would not
        meet the demands"), a cooperative act its actors failed to achieve too ("failed to reach agreement")."""
        if not item.noun and item.trigger.lemma in self.refusal_lemmas and item.trigger.type in self.refused_acts:
            return self.refused_acts[item.trigger.type]
        if item.trigger.type not in self.failed_acts:
            return None
        words = st.lower(st.clauses[item.clause].start, item.first)
        failed = any(tuple(words[i:i + len(p)]) == p for p in self.failure_forms for i in range(len(words)))
        return self.failed_acts[item.trigger.type] if failed else None

    def _in_adverbial_clause(self, st: Structure, item: Found) -> bool:
        """An act in a time or cause clause after the main act ("demanded elections after a court cleared him
        of all charges", "closed its borders because of fighting between ...") is its setting, no news of its
        own (`setting_subordinators`; a contrast "while Y ..." is news)."""
        for k in range(item.first - 1, -1, -1):
            tok = st.tokens[k]
            if tok.pos in {"PUNCT", "CONJ", "SUB", "REL"} and tok.text.lower() not in self.setting:
                return False
            if tok.text.lower() in self.setting and tok.pos != "ADV":  # not "once again"
                main = any(c.end <= k for c in st.chains)
                own = any(k < c.start <= item.index for c in st.chains) or item.noun and any(
                    k < c.start < item.first for c in st.chains)
                return main and own
        return False


def _side_participle(st: Structure, item: Found, found: list[Found]) -> bool:
    """An act in a trailing -ing clause (", killing 50", ", urging Y to ...") elaborates the main act
    before it and is no news of its own; an accusation there is one (", accusing Y of ...")."""
    clause = st.clauses[item.clause]
    if clause.kind != "part" or not st.tokens[clause.start].text.lower().endswith("ing"):
        return False
    if item.index == clause.start and item.trigger.type == ACCUSE:
        return False
    return any(f.clause < item.clause for f in found)


def _noun_ing_modifier(st: Structure, item: Found) -> bool:
    """'demonstrators protesting election results', 'inspectors probing suspect sites': an -ing participle right
    after a noun, after the clause's own verb, describes that noun; it tells no act of its own."""
    chain = None if item.noun else st.chain_at(item.index)
    if chain is None or chain.verbs != [chain.start] or chain.end != chain.start + 1 or chain.start == 0:
        return False
    word = st.tokens[chain.start].text.lower()
    earlier = any(c.clause == chain.clause and c.end <= chain.start for c in st.chains)
    return word.endswith("ing") and st.tokens[chain.start - 1].pos in {"W", "ACT"} and earlier


def _continues_relative(st: Structure, ci: int, chain) -> bool:
    """'rebels who entered the country ... and are wanted at home on charges': a coordinated verb without a
    subject of its own right after a relative clause belongs to that relative clause."""
    clause = st.clauses[ci]
    return chain is not None and clause.coordinated and ci > 0 and st.clauses[ci - 1].kind == "rel" \
        and all(t.pos in {"ADV", "NEG"} for t in st.tokens[clause.start + 1:chain.start])


def _simple_past(st: Structure, chain) -> bool:
    """A chain of one finite verb in the simple past ("attacked", "met")."""
    words = [st.tokens[k] for k in range(chain.start, chain.end) if st.tokens[k].pos not in {"ADV", "NEG"}]
    if len(words) != 1 or words[0].pos != "VERB":
        return False
    word, lemma = words[0].text.lower(), words[0].lemma.lower()
    return word != lemma and not word.endswith(("ing", "s"))


def _simple_present(st: Structure, chain) -> bool:
    """A chain of one finite verb in the simple present ("hosts", "keep"): no auxiliary, no past form."""
    words = [st.tokens[k] for k in range(chain.start, chain.end) if st.tokens[k].pos not in {"ADV", "NEG"}]
    return len(words) == 1 and words[0].pos == "VERB" and not words[0].text.lower().endswith(("ing", "ed")) \
        and (words[0].text.lower() == words[0].lemma.lower() or words[0].text.lower() == words[0].lemma.lower() + "s"
             or words[0].text.lower() == words[0].lemma.lower() + "es")
