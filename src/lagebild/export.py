"""Exports of stored events: contract JSONL, CSV, Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from .store.query import to_contract

FORMATS = ("jsonl", "csv", "parquet")
CSV_FIELDS = ("event_id", "doc", "sentence_index", "type", "mode", "cameo", "goldstein", "source_codes",
              "target_codes", "status", "date", "reported_by", "trigger", "confidence", "sentence",
              "cluster_id", "reports")


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    """Write the contract's event JSONL; returns the number of lines."""
    n = 0
    for row in rows:
        out.write(json.dumps(to_contract(row), ensure_ascii=False) + "\n")
        n += 1
    return n


def _flat(row: dict) -> dict:
    flat = {key: row.get(key) for key in CSV_FIELDS}
    for key in ("source_codes", "target_codes", "reported_by"):
        flat[key] = ";".join(flat[key] or [])
    return flat


def write_csv(rows: Iterable[dict], out: TextIO) -> int:
    """Write one CSV row per event (actor codes joined with ';')."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(_flat(row))
        n += 1
    return n


def write_parquet(rows: Iterable[dict], path: str | Path) -> int:
    """Write events to a Parquet file (nested actors kept as lists of structs)."""
    records = []
    for row in rows:
        record = to_contract(row)
        record["location"] = json.dumps(record.get("location"), ensure_ascii=False) if record.get(
            "location") else None
        records.append(record)
    pq.write_table(pa.Table.from_pylist(records), str(path))
    return len(records)
