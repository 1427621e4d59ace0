"""Synthetic analysed articles for API tests and the 100k-event benchmark (seeded, our own sentences)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from lagebild.model import (
    ActorRef,
    AnalysedArticle,
    Article,
    Event,
    Location,
    Mention,
    PartialDate,
    Sentence,
)

ACTORS = [("DEU", "Deutschland"), ("FRA", "Frankreich"), ("RUS", "Russland"), ("UKR", "die Ukraine"),
          ("USA", "die USA"), ("CHN", "China"), ("PRK", "Nordkorea"), ("UN", "die UN")]
VERBS = {"AGREE": ("vereinbart", "mit"), "CONSULT": ("berät", "mit"), "AID": ("unterstützt", ""),
         "ACCUSE": ("kritisiert", ""), "THREATEN": ("droht", ""), "ASSAULT": ("greift", "an"),
         "SANCTION": ("sanktioniert", ""), "REQUEST": ("bittet", "um Hilfe")}
PLACES = [Location("Kiew", "UKR", 50.45, 30.52, "city"), Location("Berlin", "DEU", 52.52, 13.40, "city"),
          Location("Moskau", "RUS", 55.75, 37.62, "city"), Location("Pjöngjang", "PRK", 39.03, 125.75, "city"),
          Location("Paris", "FRA", 48.86, 2.35, "city"), None]
STATUSES = ["asserted", "asserted", "asserted", "alleged", "denied", "intended"]
GOLDSTEIN = {"AGREE": 4.0, "CONSULT": 1.0, "AID": 7.0, "ACCUSE": -2.0, "THREATEN": -4.0, "ASSAULT": -10.0,
             "SANCTION": -8.0, "REQUEST": 3.0}


def sentence_for(src: tuple[str, str], tgt: tuple[str, str], event_type: str) -> tuple[str, int, int, int]:
    """A sentence 'SRC VERB TGT REST.' and the offsets of source, trigger and target in it."""
    verb, rest = VERBS[event_type]
    text = f"{src[1]} {verb} {tgt[1]}{' ' + rest if rest else ''}."
    return text, len(src[1]) + 1, len(src[1]) + 1 + len(verb) + 1, len(verb)


def make_article(doc: str, rng: random.Random, n_events: int, day: date) -> AnalysedArticle:
    """One article with n_events event sentences after a title, all offsets consistent."""
    title = f"Meldung {doc}"
    parts, sentences, mentions, events = [title], [Sentence(0, title, 0, len(title))], [], []
    at = len(title) + 1
    for i in range(1, n_events + 1):
        src, tgt = rng.sample(ACTORS, 2)
        event_type = rng.choice(list(VERBS))
        text, trig_at, tgt_at, trig_len = sentence_for(src, tgt, event_type)
        sentences.append(Sentence(i, text, at, at + len(text)))
        mentions += [Mention(i, at, at + len(src[1]), src[1], src[0], "GOV"),
                     Mention(i, at + tgt_at, at + tgt_at + len(tgt[1]), tgt[1], tgt[0])]
        status = rng.choice(STATUSES)
        events.append(Event(
            doc=doc, sentence_index=i, sentence=text, type=event_type, cameo="0", goldstein=GOLDSTEIN[event_type],
            source=[ActorRef(src[0], src[1], "GOV")], target=[ActorRef(tgt[0], tgt[1])], status=status,
            date=PartialDate.of(day), reported_by=["RUS"] if status == "alleged" else [],
            trigger=text[trig_at:trig_at + trig_len], trigger_start=at + trig_at, trigger_end=at + trig_at + trig_len,
            confidence=0.35 if i % 4 == 3 else 0.8, rule="synth", location=rng.choice(PLACES)))
        parts.append(text)
        at += len(text) + 1
    article = Article(doc=doc, text="\n".join(parts), title=title, pub_date=PartialDate.of(day), lang="de",
                      source="synth")
    return AnalysedArticle(article, sentences, mentions, events)


def make_corpus(n_articles: int, events_per_article: int = 3, seed: int = 42,
                prefix: str = "synth") -> list[AnalysedArticle]:
    """n_articles articles over 2023-2024, seeded; doc ids are PREFIX-000000 ..."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    return [make_article(f"{prefix}-{i:06d}", rng, events_per_article, start + timedelta(days=rng.randrange(730)))
            for i in range(n_articles)]


def build_db(path, n_articles: int = 40, events_per_article: int = 3, seed: int = 42, batch: int = 2000):
    """A database file with a synthetic corpus, written in batches."""
    from lagebild.store import Store

    store = Store(path)
    store.init()
    corpus = make_corpus(n_articles, events_per_article, seed)
    for start in range(0, len(corpus), batch):
        store.save(corpus[start:start + batch])
    return path
