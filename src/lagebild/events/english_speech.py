"""Speech acts around English events (GUIDELINES conventions 1 and 5).

"X said Y must withdraw": an obligation voiced by a speaker is a demand, REQUEST X -> Y.
"X said it would blockade Y": an announced hostile act of the speaker is THREATEN X -> Y.
"X will boycott the vote unless Y resigns": an act announced on a condition is THREATEN.
"X said it would release Y", "X is ready to withdraw": an announced or offered cooperative act
of the speaker is a promise or offer, AGREE (PLOVER: intent to cooperate).
"staged demonstrations to demand reforms": demands voiced at a protest are part of the
PROTEST and are not coded separately.
"""

from __future__ import annotations

from dataclasses import replace

from .arguments import Arguments
from .clauses import Participant
from .english_frames import FrameCues, is_obligation, is_offer
from .english_roles import Found, support_chain
from .english_syntax import Structure
from .lexicon import Lexicon

CONDITION_REACH = 2  # clauses after the act's own: "will withdraw its troops, unless ..."
REQUEST, THREATEN, PROTEST, AGREE = "REQUEST", "THREATEN", "PROTEST", "AGREE"


def reinterpret(st: Structure, built: list, frames: dict[int, list[Participant]], lexicon: Lexicon,
                cues: FrameCues, threats: dict[str, str | None], found: list[Found]) -> None:
    """Turn obligations into demands, announced hostile acts into threats and announced or offered
    cooperative acts into promises (AGREE); drop protest demands;
    what a speaker claims or charges is alleged."""
    _claimed(st, built, frames, cues)
    for b in built:
        if b.dropped:
            continue
        # a noun counts through the light verb it is the object of ("said it would impose a curfew")
        chain = support_chain(st, b.item) if b.item.noun else st.chain_at(b.item.index)
        if b.item.noun and (chain is None or not any(st.tokens[v].lemma in cues.light_verbs for v in chain.verbs)):
            continue
        speaker = _speaker_of(st, frames, b.item)
        promised = b.status == "intended" and b.item.trigger.type in cues.promises
        if speaker and b.args.source and is_obligation(st, chain, b.item.index, cues):
            b.item.trigger = _retyped(b.item.trigger, REQUEST, None, lexicon)
            b.args = Arguments(list(speaker), list(b.args.source))
            b.status = "asserted"
        elif b.status == "intended" and _on_condition(st, b.item, cues, b.item.trigger.type in threats):
            # "X will withdraw unless Y ...": a threat by its form, also where the actor base does not know X
            _retype(b, THREATEN, threats.get(b.item.trigger.type), lexicon)
        elif promised and is_offer(st, chain, b.item.index, cues):
            _retype(b, AGREE, None, lexicon)  # "X is willing to withdraw": an offer
        elif b.status == "intended" and b.item.trigger.type in threats and _own_act(b, speaker):
            _retype(b, THREATEN, threats[b.item.trigger.type], lexicon)
        elif promised and (_own_act(b, speaker) or _reported_plan(st, b, chain, cues)):
            _retype(b, AGREE, None, lexicon)  # "X said it would release Y", "X will give Y a grant": a promise
    _drop_protest_demands(st, built, [f for f in found if f.trigger.type == PROTEST],
                          [f for f in found if f.trigger.type in cues.demand_carriers])


def _claimed(st: Structure, built: list, frames: dict[int, list[Participant]], cues: FrameCues) -> None:
    """'X charged that Y attacked Z', 'Y attacked Z, a rights group claimed': the content is alleged."""
    for start in frames:
        chain = st.chain_at(start)
        if chain is None or not any(st.tokens[v].lemma in cues.alleging for v in chain.verbs):
            continue
        for b in built:
            if b.status == "asserted" and not chain.start <= b.item.index < chain.end:
                b.status = "alleged"


def _speaker_of(st: Structure, frames: dict[int, list[Participant]], item: Found) -> list[Participant] | None:
    """The speaker of the nearest reporting chain other than the trigger's own (None: no frame)."""
    own = st.chain_at(item.index)
    starts = [s for s in frames if own is None or s != own.start]
    if not starts:
        return None
    nearest = min(starts, key=lambda s: abs(s - item.index))
    return frames[nearest]


def _on_condition(st: Structure, item: Found, cues: FrameCues, hostile: bool) -> bool:
    """An act announced with a coercive condition after it ("unless Y withdraws") is a threat; a hostile
    act also with a plain condition ("may halt its mediation if ...")."""
    conditions = cues.hostile_conditions if hostile else cues.conditions
    own = st.clauses[item.clause]
    if any(t.text.lower() in conditions for t in st.tokens[item.last + 1:own.end]):
        return True  # a condition whose verb the tagger does not know stays in the clause: "if talks founder"
    for clause in st.clauses[item.clause + 1:item.clause + 1 + CONDITION_REACH]:
        if clause.kind == "sub" and clause.subordinator in conditions:
            return True
    return False


def _reported_plan(st: Structure, b, chain, cues: FrameCues) -> bool:
    """A cooperative plan toward another side told as news, with or without a reporter ("X will give Y a
    grant", "X will visit Y, diplomats said"): a promise (`reported_promises`), unless only possible
    ("X might meet Y")."""
    if b.item.trigger.type not in cues.reported_promises or not (b.args.source and b.args.target):
        return False
    return chain is None or not any(st.tokens[k].pos == "MOD" and st.tokens[k].text.lower() in cues.possibility
                                    for k in range(chain.start, chain.end))


def _own_act(b, speaker: list[Participant] | None) -> bool:
    """Whether the speaker announces an act of its own ("X said it would ...")."""
    return bool(speaker and b.args.source) and \
        {p.mention.code for p in b.args.source} <= {p.mention.code for p in speaker}


def _retype(b, type_: str, mode: str | None, lexicon: Lexicon) -> None:
    b.item.trigger = _retyped(b.item.trigger, type_, mode, lexicon)
    b.status = "asserted"


def _retyped(trigger, type_: str, mode: str | None, lexicon: Lexicon):
    return replace(trigger, **lexicon.coding(type_, mode))


def _drop_protest_demands(st: Structure, built: list, protests: list[Found], carriers: list[Found]) -> None:
    """A protest's demands are part of it, even where the protesters are unknown to the actor base; so is the
    purpose "to demand ..." of a threat or a blockade (`demand_carriers`)."""
    for b in built:
        if b.dropped or b.item.trigger.type != REQUEST:
            continue
        clause = st.clauses[b.item.clause]
        chain = st.chain_at(b.item.index)
        purpose = chain is not None and st.tokens[chain.start].pos == "TO"
        for p in protests + carriers:
            if p.last >= b.item.first:
                continue
            if purpose or p in protests and (b.item.clause == p.clause or clause.kind in {"inf", "part"}):
                b.dropped = True
                break
