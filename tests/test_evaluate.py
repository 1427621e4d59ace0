"""`lagebild eval` scores exactly like ../shared/tools/score_events.py."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from lagebild.evaluate import gold_inputs, score


def _perturbed_predictions(gold_dir, seed: int) -> list[dict]:
    """Gold events with random changes: dropped, retyped, actors swapped, status changed, extra events."""
    rng = random.Random(seed)
    preds = []
    for line in (gold_dir / "events.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        for event in entry["events"]:
            if rng.random() < 0.2:
                continue
            event = dict(event, doc=entry["doc"], sentence=entry["sentence"])
            roll = rng.random()
            if roll < 0.15:
                event["type"] = rng.choice(["ACCUSE", "ASSAULT", "CONSULT"])
            elif roll < 0.3:
                event["source"], event["target"] = event["target"], event["source"]
            elif roll < 0.4:
                event["status"] = "negated"
            elif roll < 0.5:
                event["sentence"] = event["sentence"][: len(event["sentence"]) // 2]
            preds.append(event)
            if rng.random() < 0.1:
                preds.append(dict(event, type="PROTEST", sentence="Ein ganz anderer Satz ohne Bezug."))
    return preds


@pytest.mark.parametrize("gold_set", ["dev", "dev-zg"])
@pytest.mark.parametrize("seed", [1, 2])
def test_evaluate_agrees_with_shared_scorer(shared, tmp_path, gold_set, seed):
    gold_dir = shared / "gold" / gold_set
    preds = _perturbed_predictions(gold_dir, seed)
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in preds), encoding="utf-8")
    theirs = json.loads(subprocess.run(
        [sys.executable, str(shared / "tools" / "score_events.py"), str(gold_dir), str(pred_file), "--json"],
        capture_output=True, text=True, check=True).stdout)
    ours = score(gold_dir, preds)
    assert ours["levels"] == theirs["levels"]
    assert ours["per_type_dyad"] == theirs["per_type_dyad"]
    for key in ("status_accuracy", "date_accuracy", "events_outside_gold_sentences"):
        assert ours[key] == theirs[key]
    assert 0 < ours["levels"]["full"]["f1"] < 1


def test_evaluate_gold_inputs_are_the_document_files(shared):
    paths = gold_inputs(shared / "gold" / "dev")
    assert len(paths) == 17
    assert any(p.endswith("seeds/000_d8bb1569ecdc6aef.txt") for p in paths)


def test_evaluate_cli_prints_the_shared_scorers_table(shared, tmp_path):
    """`lagebild eval` on a gold folder of the two seeds prints what the shared scorer prints."""
    from typer.testing import CliRunner

    from lagebild.cli import app

    gold = tmp_path / "gold" / "seeds"
    gold.mkdir(parents=True)
    for name in ("docs.jsonl", "events.jsonl"):
        lines = (shared / "gold" / "dev" / name).read_text(encoding="utf-8").splitlines()
        seeds = [line for line in lines if '"doc": "00' in line]
        (gold / name).write_text("\n".join(seeds) + "\n", encoding="utf-8")
    (tmp_path / "seeds").symlink_to(shared / "seeds")
    kept = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["eval", str(gold), "--keep", str(kept)])
    assert result.exit_code == 0, result.output
    theirs = subprocess.run([sys.executable, str(shared / "tools" / "score_events.py"), str(gold), str(kept)],
                            capture_output=True, text=True, check=True).stdout
    assert theirs.splitlines()[:8] == result.stdout.splitlines()[:8]
