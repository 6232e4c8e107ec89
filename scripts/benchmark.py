"""Throughput and memory of extraction, printed as figures (speed goals live here, not in tests).

    python scripts/benchmark.py [FILES_OR_FOLDERS...] [--repeat N]

Defaults to the shared dev and wide articles. Prints documents per second for spaCy alone and
for the whole extraction (analysis + all extractors) on the same cleaned documents, plus cleaning
alone and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from accord.clean import clean_record
from accord.config import Settings
from accord.document import CleanDocument, SourceRecord
from accord.extract import extract_documents
from accord.extract.analysis import load_model, pipeline_language
from accord.ingest import read_sources

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="*", default=[str(SHARED / "dev" / "docs"), str(SHARED / "wide" / "docs")])
    ap.add_argument("--repeat", type=int, default=3, help="passes over the documents (the best is reported)")
    args = ap.parse_args()
    settings = Settings()
    records = [r for r in read_sources(args.inputs, settings) if isinstance(r, SourceRecord)]

    t0 = time.perf_counter()
    docs: list[CleanDocument] = [clean_record(r, settings) for r in records]
    clean_s = time.perf_counter() - t0
    english = [d for d in docs if pipeline_language(d.language)]
    chars = sum(len(d.text) for d in english)

    t0 = time.perf_counter()
    nlp = load_model("en")
    load_s = time.perf_counter() - t0

    def best(fn) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
        return min(times)

    spacy_s = best(lambda: list(nlp.pipe((d.text for d in english), batch_size=16)))
    extract_s = best(lambda: extract_documents(english))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    n = len(english)
    print(f"documents: {len(docs)} read, {n} with an extraction pipeline ({chars} characters)")
    print(f"cleaning:            {len(docs) / clean_s:8.1f} docs/s  ({clean_s:.2f} s, includes language detector load)")
    print(f"spaCy model load:    {load_s:8.2f} s")
    print(f"spaCy alone:         {n / spacy_s:8.1f} docs/s  ({spacy_s:.2f} s)")
    share = spacy_s / extract_s
    print(f"extraction (all):    {n / extract_s:8.1f} docs/s  ({extract_s:.2f} s; spaCy is {share:.0%} of it)")
    print(f"peak memory (RSS):   {peak_mb:8.0f} MiB")


if __name__ == "__main__":
    main()
