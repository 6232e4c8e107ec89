"""How fast `accord run` is against spaCy alone, as whole processes (model loads included).

    python scripts/benchmark.py [-n 2000] [--workers 1 2] [--lang en ru] [--json out.json]

Builds N documents per language from the shipped samples and test corpora (tests/corpus,
tests/holdout; Russian: tests/holdout_ru, the one Russian test corpus) with numbers,
dates, names and sentence order perturbed and a share of sentences taken from other articles, so
that no cache, unchanged-source check or de-duplication makes a run cheaper than reading N new
articles. Then, for 1 process and for every core, it runs as separate processes:

- `accord run` over the folder into a new SQLite file (read, clean, extract, store, fusion);
- the model alone: for English spaCy's en_core_web_sm with all its components, `nlp.pipe` over the
  same cleaned texts (`n_process` for several cores), a reference that stays fixed whatever
  components Accord keeps; for Russian the natasha pipeline as Accord loads it (one process);

and prints documents/s, words/s, peak resident memory (the largest process, and the sum over the
process tree as sampled every 0.2 s) and the ratio of the two throughputs, with the load average
of the machine before and after each measurement (a busy machine makes every figure lower). A
"load" line gives the time and memory of a process that only loads the language's model.
A language is measured once its `resources/<lang>/pipeline.json` exists with extraction on (one
without is skipped, saying so).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from accord import resources

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "src" / "accord" / "resources"
CORPORA = {
    "en": [ROOT / "samples", ROOT / "tests" / "corpus" / "docs", ROOT / "tests" / "holdout" / "docs"],
    "ru": [ROOT / "tests" / "holdout_ru" / "docs", ROOT / "samples"],
}
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")

# the reference: the language's model alone, every component, over texts read from a JSONL file;
# a spaCy package with spacy.load (n_process for several cores), a model built from data files
# (natasha_model) as Accord loads it, in one process
MODEL_ALONE = """
import json, sys
lang, path, processes = sys.argv[1], sys.argv[2], int(sys.argv[3])
from accord import resources
config = resources.pipeline(lang)
if config.files:
    from accord.extract.analysis import load_model
    nlp, options = load_model(lang), {}
else:
    import spacy
    nlp, options = spacy.load(config.model), {"batch_size": 16, "n_process": processes}
def texts():
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)
print(sum(1 for _ in nlp.pipe(texts(), **options)))
"""
# the model's load alone, as Accord loads it for the language: its time and memory
MODEL_LOAD = """
import sys
from accord.extract.analysis import load_model
load_model(sys.argv[1])
"""


@dataclass
class Figure:
    lang: str
    what: str
    processes: int
    documents: int
    words: int
    seconds: float
    cpu_seconds: float  # user + system time of the process tree: less swayed by a busy machine than seconds
    docs_per_s: float
    docs_per_cpu_s: float
    words_per_s: float
    peak_rss_mib: float
    peak_tree_rss_mib: float
    load_before: float
    load_after: float


# ---- the corpus -------------------------------------------------------------------------------

_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_NAME_PAIR = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b")
_NAME_PAIRS = {"ru": re.compile(r"\b([А-ЯЁ][а-яё]+) ([А-ЯЁ][а-яё]{2,})\b")}
_PARAGRAPH = re.compile(r">([^<>]{200,})<")
# share of body sentences taken from other articles: enough to keep copies under the near-duplicate threshold
MIXED_SHARE = 0.4
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ])")


def _perturb_numbers(text: str, rng: random.Random) -> str:
    """Years move by a few, amounts take new digits of the same shape; days and months stay valid."""
    text = _YEAR.sub(lambda m: str(int(m.group()) + rng.randint(-6, 6)), text)

    def number(m: re.Match[str]) -> str:
        if _YEAR.fullmatch(m.group()) or len(m.group()) <= 2:
            return m.group()
        return "".join(str(rng.randint(1, 9)) if c.isdigit() else c for c in m.group())

    return _NUMBER.sub(number, text)


def _perturb_names(text: str, rng: random.Random, surnames: list[str], lang: str = "en") -> str:
    """The second word of a capitalised pair (a person's surname, mostly) becomes another one of the corpus."""
    pairs = _NAME_PAIRS.get(lang, _NAME_PAIR)
    return pairs.sub(lambda m: f"{m.group(1)} {rng.choice(surnames)}" if rng.random() < 0.7 else m.group(), text)


def _mix_sentences(text: str, rng: random.Random, others: list[str]) -> str:
    """After the headline and lead, sentences change places and a share of them come from other
    articles: copies of one article would otherwise be near-duplicates, which fusion treats apart."""
    paragraphs = text.split("\n")
    for i in range(2, len(paragraphs)):
        if "<" in paragraphs[i] or not paragraphs[i].strip():  # markup lines stay as they are
            continue
        sentences = [rng.choice(others) if rng.random() < MIXED_SHARE else s
                     for s in _SENTENCE_END.split(paragraphs[i])]
        rng.shuffle(sentences)
        paragraphs[i] = " ".join(sentences)
    return "\n".join(paragraphs)


def _sentences(texts: list[str]) -> list[str]:
    return [s for t in texts for line in t.split("\n")[2:] if "<" not in line
            for s in _SENTENCE_END.split(line) if len(s.split()) >= 8]


def build_corpus(lang: str, n: int, folder: Path, seed: int) -> int:
    """Write ``n`` perturbed articles of ``lang`` under ``folder``; returns how many sources it drew on."""
    sources = sorted(p for d in CORPORA[lang] if d.is_dir() for p in d.rglob("*")
                     if p.suffix in ARTICLE_SUFFIXES and _language_guess(p) == lang)
    if not sources:
        raise SystemExit(f"no {lang} articles under {', '.join(map(str, CORPORA[lang]))}")
    texts = [(p.suffix, p.read_text(encoding="utf-8", errors="replace")) for p in sources]
    names = _NAME_PAIRS.get(lang, _NAME_PAIR)
    surnames = sorted({m.group(2) for _, t in texts for m in names.finditer(t)}) or ["Smith"]
    others = _sentences([t for suffix, t in texts if suffix == ".txt"]) or ["The talks went on."]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        suffix, text = texts[i % len(texts)]
        text = _perturb_names(_perturb_numbers(text, rng), rng, surnames, lang)
        if suffix == ".txt":
            text = _mix_sentences(text, rng, others)
        else:  # a page's paragraphs are mixed the same way, tags left alone
            text = _PARAGRAPH.sub(lambda m: ">" + _mix_sentences("\n\n" + m.group(1), rng, others).strip() + "<", text)
        (folder / f"{i:07d}{suffix}").write_text(text, encoding="utf-8")
    return len(sources)


def _language_guess(path: Path) -> str:
    """Cyrillic text is Russian here: the shipped corpora hold English and Russian articles only."""
    text = path.read_text(encoding="utf-8", errors="replace")
    cyrillic = sum("а" <= c.lower() <= "я" for c in text)
    return "ru" if cyrillic > len(text) / 10 else "en"


def cleaned_texts(folder: Path, lang: str, out: Path) -> tuple[int, int]:
    """Clean the corpus as `accord run` does and write the texts in ``lang`` (JSONL) for spaCy alone."""
    from accord.clean import clean_record
    from accord.config import Settings
    from accord.document import SourceRecord
    from accord.errors import InputError
    from accord.ingest import read_sources

    settings = Settings()
    docs = words = 0
    with out.open("w", encoding="utf-8") as f:
        for record in read_sources([str(folder)], settings):
            if not isinstance(record, SourceRecord):
                continue
            try:
                clean = clean_record(record, settings)
            except InputError:
                continue
            if clean.language != lang:
                continue
            f.write(json.dumps(clean.text, ensure_ascii=False) + "\n")
            docs += 1
            words += len(clean.text.split())
    return docs, words


# ---- measuring a process ----------------------------------------------------------------------

def _tree_rss_kib(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path("/proc", entry, "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, ppid = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0])
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float, float, float, float]:
    """Seconds, CPU seconds, peak RSS of the largest process (MiB), peak RSS of the tree (MiB), load
    before, after."""
    load_before = os.getloadavg()[0]
    peak_tree = 0
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.wait(0.2):
            peak_tree = max(peak_tree, _tree_rss_kib(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):  # 1: some sources failed, which a run reports and goes on
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}):\n{stderr[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime  # the waited-for descendants (pool workers) included
    return seconds, cpu, usage.ru_maxrss / 1024, peak_tree / 1024, load_before, os.getloadavg()[0]


def figure(lang: str, what: str, processes: int, docs: int, words: int, command: list[str],
           env: dict[str, str]) -> Figure:
    seconds, cpu, peak, tree, before, after = measure(command, env)
    return Figure(lang, what, processes, docs, words, round(seconds, 2), round(cpu, 2), round(docs / seconds, 2),
                  round(docs / cpu, 2), round(words / seconds, 1), round(peak, 1), round(tree, 1),
                  round(before, 2), round(after, 2))


def bench_language(lang: str, n: int, workers: list[int], work: Path, seed: int) -> list[Figure]:
    folder = work / lang / "docs"
    drawn = build_corpus(lang, n, folder, seed)
    texts = work / lang / "texts.jsonl"
    docs, words = cleaned_texts(folder, lang, texts)
    print(f"{lang}: {n} documents built from {drawn} shipped articles; {docs} cleaned as {lang}, {words} words",
          flush=True)
    natasha = bool(resources.pipeline(lang).files)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = [figure(lang, "load", 1, 0, 0, [sys.executable, "-c", MODEL_LOAD, lang], env)]
    print(_line(out[0]), flush=True)
    for count in workers:
        executor = ["--executor", "pool", "--workers", str(count)] if count > 1 else []
        db = work / lang / f"run-{count}.sqlite"
        accord = [sys.executable, "-m", "accord", "run", str(folder), "--db", str(db), *executor]
        model = [sys.executable, "-c", MODEL_ALONE, lang, str(texts), str(count)]
        for what, command in (("model", model), ("accord", accord)):
            if what == "model" and count > 1 and natasha:
                continue  # natasha's pipeline has no multi-process pipe: one process is the reference
            fig = figure(lang, what, count, docs if what == "model" else n, words, command, env)
            print(_line(fig), flush=True)
            out.append(fig)
    return out


def _line(f: Figure) -> str:
    if f.what == "load":
        return (f"{f.lang} model load: {f.seconds:.1f} s ({f.cpu_seconds:.1f} CPU-s), peak RSS {f.peak_rss_mib:.0f} MiB"
                f"  load {f.load_before:.1f}->{f.load_after:.1f}")
    return (f"{f.lang} {f.what:6} {f.processes} proc: {f.docs_per_s:7.2f} docs/s {f.words_per_s:9.0f} words/s"
            f"  {f.seconds:8.1f} s  {f.docs_per_cpu_s:6.2f} docs/CPU-s"
            f"  peak RSS {f.peak_rss_mib:6.0f} MiB (tree {f.peak_tree_rss_mib:6.0f} MiB)"
            f"  load {f.load_before:.1f}->{f.load_after:.1f}")


def ratios(figures: list[Figure]) -> list[dict[str, object]]:
    """accord/spaCy per language and process count, and each one's speed-up over one process."""
    by = {(f.lang, f.what, f.processes): f for f in figures}
    out: list[dict[str, object]] = []
    for (lang, what, count), f in sorted(by.items()):
        if what != "accord":
            continue
        model = by.get((lang, "model", count))
        one = by.get((lang, "accord", 1))
        out.append({"lang": lang, "processes": count,
                    "accord_over_model": round(f.docs_per_s / model.docs_per_s, 3) if model else None,
                    "accord_over_model_per_cpu_s": round(f.docs_per_cpu_s / model.docs_per_cpu_s, 3) if model else None,
                    "speedup_over_one_process": round(f.docs_per_s / one.docs_per_s, 3) if one else None})
    return out


def main() -> None:
    from accord.executors import every_core

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--documents", type=int, default=2000, help="documents per language (default 2000)")
    ap.add_argument("--workers", type=int, nargs="+", default=sorted({1, every_core()}),
                    help="process counts to measure (default: 1 and every core)")
    ap.add_argument("--lang", nargs="+", default=["en", "ru"], help="languages (one with no pipeline is skipped)")
    ap.add_argument("--json", type=Path, help="also write the figures here as JSON")
    ap.add_argument("--keep", type=Path, help="build the corpora in this folder and keep them")
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as tmp:
        work = args.keep or Path(tmp)
        for lang in args.lang:
            if not (RESOURCES / lang / "pipeline.json").exists() or not resources.pipeline(lang).extract:
                print(f"{lang}: skipped, no extraction pipeline yet (src/accord/resources/{lang}/pipeline.json"
                      " missing or its extract flag false)")
                continue
            figures += bench_language(lang, args.documents, args.workers, work, args.seed)
    summary = ratios(figures)
    for r in summary:
        print(f"{r['lang']} {r['processes']} proc: accord/model {r['accord_over_model']} "
              f"(per CPU-second {r['accord_over_model_per_cpu_s']}), "
              f"x{r['speedup_over_one_process']} of one process")
    if args.json:
        args.json.write_text(json.dumps({"cores": every_core(), "figures": [asdict(f) for f in figures],
                                         "ratios": summary}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
