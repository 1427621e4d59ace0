"""`lagebild ingest --engine ray`: the library's analysis as Ray Data tasks over sharded inputs.

Inputs are JSON Lines (.jsonl/.json/.ndjson) and Parquet files or folders, local or on an
object store (s3://, gs://, ...); files are the unit of reading (shard big inputs), each
streamed in blocks. Each input row becomes one JSON line that goes through the
JSONL reader's record check and `Pipeline.analyse`, exactly as in `lagebild ingest`; a pool
of Ray actors (one Pipeline each, loaded once) writes Parquet shards per batch (see
`shards.py`), which `Store.load_parquet` loads into DuckDB or DuckDB queries in place.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.fs as pafs

from ..config import Settings
from ..errors import LagebildError, ReaderError
from ..pipeline import analyse_guarded, init_worker
from .shards import ShardWriter, _as_uri, articles_from_rows, file_lines

JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
# articles per Ray batch = per shard file
BATCH_SIZE = 64
# reading is I/O: its tasks reserve no CPU, else the analysis actors (one CPU each) can hold
# every CPU and starve the read that feeds them (Ray's own read_parquet/read_text plan CPU tasks)
READ_CPUS = 0
# input rows per block handed to the analysis actors
LINES_PER_BLOCK = 256


@dataclass
class RaySummary:
    """What a Ray ingest run did."""

    output: str
    read: int = 0
    stored: int = 0
    skipped: int = 0
    events: int = 0
    shards: int = 0
    cpu_seconds: float = 0.0  # CPU time the actors spent in analysis and writing
    failed: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One summary line for the end of a run."""
        return (f"{self.read} articles read, {self.stored} written to {self.shards} shard batches in "
                f"{self.output}, {self.skipped} not coded (language), {self.events} events, "
                f"{len(self.failed)} failed")


def input_files(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """(JSON Lines files, Parquet files) of the inputs; folders are listed recursively."""
    jsonl: list[str] = []
    parquet: list[str] = []
    for path in paths:
        uri = _as_uri(path)
        fs, base = pafs.FileSystem.from_uri(uri)
        prefix = uri.split("://", 1)[0] + "://" if "://" in path else ""
        info = fs.get_file_info(base)
        if info.type == pafs.FileType.Directory:
            files = sorted(i.path for i in fs.get_file_info(pafs.FileSelector(base, recursive=True))
                           if i.type == pafs.FileType.File and not i.base_name.startswith("."))
        elif info.type == pafs.FileType.File:
            files = [base]
        else:
            raise LagebildError(f"{path}: no such file or folder")
        jsonl += [prefix + f for f in files if f.lower().endswith(JSONL_SUFFIXES)]
        parquet += [prefix + f for f in files if f.lower().endswith(PARQUET_SUFFIXES)]
    if not jsonl and not parquet:
        raise LagebildError("no .jsonl/.json/.ndjson or .parquet inputs found")
    return jsonl, parquet


class ShardTask:
    """A Ray actor's work: rows -> Articles -> Pipeline.analyse -> one Parquet shard per table."""

    def __init__(self, settings: Settings, output: str) -> None:
        init_worker(settings)
        self.writer = ShardWriter(output)

    def __call__(self, batch: pa.Table) -> dict[str, list]:
        """Analyse and write one batch; returns one summary row."""
        start = time.process_time()
        results, failed = [], []
        for item in articles_from_rows(batch.to_pylist()):
            outcome = str(item) if isinstance(item, ReaderError) else analyse_guarded(item)
            if isinstance(outcome, str):
                failed.append(outcome)
            else:
                results.append(outcome)
        if results:
            self.writer.write(results)
        return {"read": [batch.num_rows], "stored": [len(results)], "events": [sum(len(r.events) for r in results)],
                "skipped": [sum(r.skipped is not None for r in results)], "failed": [failed],
                "cpu": [time.process_time() - start]}


def _read_files(batch: pa.Table) -> Iterator[dict[str, list]]:
    """Input files -> blocks of {"line", "path"} rows, streamed file by file."""
    for path in batch.column("path").to_pylist():
        for lines in file_lines(path, LINES_PER_BLOCK):
            yield {"line": lines, "path": [path] * len(lines)}


def start_ray(address: str | None = None, cpus: int | None = None) -> None:
    """Connect to a cluster (address: "auto", "ray://host:10001", ...) or start a local Ray."""
    import ray

    if ray.is_initialized():
        return
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=cpus, include_dashboard=False, log_to_driver=False)


def run_ray(paths: Sequence[str], output: str, settings: Settings | None = None, *, address: str | None = None,
            workers: int = 0, batch_size: int = BATCH_SIZE,
            on_error: Callable[[str], None] = lambda _msg: None) -> RaySummary:
    """Analyse the inputs on Ray with `workers` actors (0 = one per cluster CPU) into shards under output."""
    import ray
    import ray.data

    settings = settings or Settings()
    jsonl, parquet = input_files(paths)
    started = not ray.is_initialized()
    start_ray(address, workers or None)
    try:
        return _run(jsonl, parquet, output, settings, workers, batch_size, on_error)
    finally:
        if started:
            ray.shutdown()


def _run(jsonl: list[str], parquet: list[str], output: str, settings: Settings, workers: int, batch_size: int,
         on_error: Callable[[str], None]) -> RaySummary:
    import ray
    import ray.data

    ray.data.DataContext.get_current().enable_progress_bars = False
    writer = ShardWriter(output)
    writer.prepare()
    files = ray.data.from_items([{"path": p} for p in jsonl + parquet])
    lines = files.map_batches(_read_files, batch_size=1, batch_format="pyarrow", num_cpus=READ_CPUS)
    size = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    done = lines.map_batches(ShardTask, fn_constructor_args=(settings, output), batch_size=batch_size,
                             batch_format="pyarrow", compute=ray.data.ActorPoolStrategy(size=size), num_cpus=1)
    summary = RaySummary(output)
    for row in done.iter_rows():
        summary.read += row["read"]
        summary.stored += row["stored"]
        summary.events += row["events"]
        summary.skipped += row["skipped"]
        summary.shards += row["stored"] > 0
        summary.cpu_seconds += row["cpu"]
        for message in row["failed"]:
            summary.failed.append(message)
            on_error(message)
    return summary
