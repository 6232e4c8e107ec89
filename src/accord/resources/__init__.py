"""Language data kept as files: ``resources/<lang>/<name>`` and language-neutral files at the top.

Adding a language is adding data, not code. Every lexicon is read here, by one typed loader per
kind, and each loader validates its file: a missing file, a broken line or a missing entry raises
a ``ResourceError`` that names the file and, where there is one, the line.

- ``word_list``: one entry a line (``#`` starts a comment), e.g. ``offices.txt``;
- ``numbered_forms``: a number, then the forms that write it (``months.txt``, ``weekdays.txt``);
- ``phrase_table``: a phrase, a tab, what it means (``relative_time.txt``);
- ``tsv_table``: a table with a header line (``countries.tsv``, ``sectors.tsv``);
- ``cue_table``: a JSON object of cue lists and tables (``event_cues.json``);
- ``pipeline``: the NLP model of a language and the names its parser gives to syntactic roles
  (``pipeline.json``), since spaCy's English model and a Universal Dependencies one label them
  differently.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..errors import Errors, ResourceError


def broken(report: str) -> ResourceError:
    """The error for a broken data file, from a report that starts with ``file[:line]: ``."""
    where, _, problem = report.partition(": ")
    return ResourceError(Errors.E501, where=where, problem=problem)


def _node(*parts: str) -> Any:
    node = resources.files(__name__)
    for part in parts:
        node = node / part
    return node


def _name(parts: tuple[str, ...]) -> str:
    return "resources/" + "/".join(parts)


def _read(*parts: str) -> str:
    node = _node(*parts)
    if not node.is_file():
        raise broken(f"{_name(parts)}: no such file")
    text: str = node.read_text(encoding="utf-8")
    return text


@cache  # the package's files do not change while it runs, and the rules ask per sentence and name
def has(*parts: str) -> bool:
    return bool(_node(*parts).is_file())


@cache
def languages() -> tuple[str, ...]:
    """The languages that have a folder of data, in alphabetical order."""
    return tuple(sorted(p.name for p in resources.files(__name__).iterdir()
                        if p.is_dir() and not p.name.startswith("_")))


def _entries(parts: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(line number, entry) of the non-empty, non-comment lines of a text file, stripped."""
    for number, raw in enumerate(_read(*parts).splitlines(), start=1):
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            yield number, line


@cache
def word_list(*parts: str) -> tuple[str, ...]:
    """The entries of a word or phrase list, one a line."""
    out = []
    for number, line in _entries(parts):
        if "\t" in line:
            raise broken(f"{_name(parts)}:{number}: a word list holds one entry a line, found a tab")
        out.append(line)
    return tuple(out)


@cache
def numbered_forms(*parts: str) -> tuple[tuple[int, tuple[str, ...]], ...]:
    """(number, forms) of each line "<number> <form> <form> ..." ("1 january jan.")."""
    out = []
    for number, line in _entries(parts):
        head, *forms = line.split()
        if not head.isdigit() or not forms:
            raise broken(f"{_name(parts)}:{number}: expected a number and its forms, got {line!r}")
        out.append((int(head), tuple(forms)))
    return tuple(out)


@cache
def phrase_table(*parts: str) -> tuple[tuple[str, str], ...]:
    """(phrase, meaning) of each line "<phrase><TAB><meaning>"."""
    out = []
    for number, line in _entries(parts):
        fields = line.split("\t")
        if len(fields) != 2 or not all(f.strip() for f in fields):
            raise broken(f"{_name(parts)}:{number}: expected a phrase, a tab and its meaning, got {line!r}")
        out.append((fields[0], fields[1]))
    return tuple(out)


@cache
def tsv_table(*parts: str, columns: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """The rows of a tab-separated table with a header line; ``columns`` must be in the header."""
    lines = [(n, ln) for n, ln in enumerate(_read(*parts).splitlines(), start=1) if ln and not ln.startswith("#")]
    if not lines:
        raise broken(f"{_name(parts)}: no header line")
    header = next(csv.reader([lines[0][1]], delimiter="\t"))
    missing = [c for c in columns if c not in header]
    if missing:
        raise broken(f"{_name(parts)}:{lines[0][0]}: the header lacks the column(s) {', '.join(missing)}")
    rows = []
    for number, line in lines[1:]:
        fields = next(csv.reader([line], delimiter="\t"))
        if len(fields) > len(header) or not fields[0].strip():
            raise broken(f"{_name(parts)}:{number}: expected at most {len(header)} fields, the first one "
                                f"filled, got {line!r}")
        rows.append(dict(zip(header, fields + [""] * (len(header) - len(fields)), strict=True)))
    return tuple(rows)


class CueTable(dict[str, Any]):
    """A JSON cue table: reading an entry the file does not have names the file. A dict, so that the
    rules' many lookups (a quarter of a million in a run of 84 articles) stay in C; never written to."""

    def __init__(self, name: str, data: dict[str, Any]) -> None:
        super().__init__(data)
        self._name = name

    def __missing__(self, key: str) -> Any:
        raise broken(f"{self._name}: no entry {key!r}")


def _line_of(text: str, key: str) -> int:
    at = text.find(f'"{key}"')
    return text.count("\n", 0, max(at, 0)) + 1


def _leaves_ok(value: Any) -> bool:
    """Cue lists hold non-empty words; tables map words to words, numbers, flags or lists of them.
    A string of white space is an entry (a language's thousands separators are spaces)."""
    if isinstance(value, str):
        return value != ""
    if isinstance(value, (bool, int, float)):
        return True
    if isinstance(value, list):
        return all(_leaves_ok(v) for v in value)
    if isinstance(value, dict):
        return all(k.strip() and _leaves_ok(v) for k, v in value.items())
    return False


@cache
def cue_table(*parts: str) -> CueTable:
    """A JSON object of cue lists and tables, each entry checked."""
    text = _read(*parts)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise broken(f"{_name(parts)}:{exc.lineno}: {exc.msg}") from None
    if not isinstance(data, dict):
        raise broken(f"{_name(parts)}:1: expected a JSON object")
    for key, value in data.items():
        if not _leaves_ok(value):
            raise broken(f"{_name(parts)}:{_line_of(text, key)}: entry {key!r} holds an empty or ill-typed"
                                " value")
    return CueTable(_name(parts), data)


def cue_table_or_english(lang: str, name: str) -> CueTable:
    """A language's JSON cue table, or the English one while the language has none of its own."""
    return cue_table(lang if has(lang, name) else "en", name)


@dataclass(frozen=True)
class Morphology:
    """How a pipeline's two morphologies name the same things: its tagger's Universal Dependencies
    features and its analyser's grammemes (OpenCorpora's, in pymorphy3). ``features[role]`` is the UD
    feature of a role ("case": "Case"), ``values[role]`` its UD values by role ("nominative": "Nom"),
    ``by_grammeme[role]`` the UD value of each grammeme of it ("gent": "Gen"); ``proper_name[role]``
    are the grammemes of a kind of name ("surname": Surn), ``grammemes[role]`` those of other roles
    ("feminine", "genitive")."""

    features: Mapping[str, str] = field(default_factory=dict)
    values: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    by_grammeme: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    proper_name: Mapping[str, frozenset[str]] = field(default_factory=dict)
    grammemes: Mapping[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Pipeline:
    """The spaCy model of a language and its labels: ``labels[kind][role]`` are the labels the model
    gives to one role, ``kind`` being "dependency", "part_of_speech", "tag" or "entity" (the
    dependency role "subject" is nsubj in spaCy's English model, nsubj in a UD one too, but
    "direct_object" is dobj there and obj here)."""

    model: str
    labels: Mapping[str, Mapping[str, frozenset[str]]]
    # false while a language has its model but not yet its rules' lexicons: documents are cleaned
    # and dated and get empty fact lists
    extract: bool = True
    # whether a model with an optional dependency parser runs it
    syntax: bool = True
    # where the parse hangs an adposition: Universal Dependencies hangs it on its noun as a case
    # marker ("соглашение -nmod-> энергетике -case-> об"), spaCy's English model makes it the head of
    # its noun ("agreement -prep-> on -pobj-> energy")
    adposition_on_noun: bool = False
    # nouns inflect for case ("совета", "совете"): words of two mentions are compared by lemma
    inflected: bool = False
    # the data files, by role, of a model built from them (natasha_model) rather than loaded as a
    # spaCy package: empty for a spaCy model
    files: Mapping[str, str] = field(default_factory=dict)
    morphology: Morphology = field(default_factory=Morphology)
    source: str = "pipeline.json"

    def label(self, kind: str, role: str) -> str:
        """The one label of a role, for a model that writes its labels itself (natasha_model)."""
        names = self.labels.get(kind, {}).get(role, frozenset())
        if len(names) != 1:
            raise broken(f"{self.source}: the {kind} role {role!r} needs exactly one label, has {len(names)}")
        return next(iter(names))


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _morphology(name: str, text: str, table: Mapping[str, Any]) -> Morphology:
    """The ``morphology`` table of a pipeline.json, each entry checked."""
    features, proper, other = (table.get(key, {}) for key in ("features", "proper_name", "grammemes"))
    values: dict[str, CueTable] = {}
    by_grammeme: dict[str, dict[str, str]] = {}
    for role, feature in features.items():
        if not isinstance(feature, str):
            raise broken(f"{name}:{_line_of(text, role)}: the UD feature of {role!r} must be a name")
        by_grammeme[role] = {}
        for value_role, entry in table.get(role, {}).items():
            well_typed = isinstance(entry, dict) and isinstance(entry.get("ud"), str)
            if not (well_typed and _strings(entry.get("opencorpora"))):
                raise broken(f"{name}:{_line_of(text, value_role)}: {value_role!r} must give its UD value (ud) and "
                             "its grammemes (opencorpora)")
            by_grammeme[role].update(dict.fromkeys(entry["opencorpora"], entry["ud"]))
        values[role] = CueTable(f"{name}: morphology: {role}", {v: e["ud"] for v, e in table.get(role, {}).items()})
    for role, grammemes in [*proper.items(), *other.items()]:
        if not _strings(grammemes):
            raise broken(f"{name}:{_line_of(text, role)}: the grammemes of {role!r} must be a list of names")
    return Morphology(CueTable(f"{name}: morphology: features", dict(features)),
                      CueTable(f"{name}: morphology", values), CueTable(f"{name}: morphology", by_grammeme),
                      CueTable(f"{name}: morphology: proper_name", {r: frozenset(g) for r, g in proper.items()}),
                      CueTable(f"{name}: morphology: grammemes", {r: frozenset(g) for r, g in other.items()}))


@cache
def pipeline(lang: str) -> Pipeline:
    text = _read(lang, "pipeline.json")
    table = cue_table(lang, "pipeline.json")
    name = _name((lang, "pipeline.json"))
    model = table["model"]
    labels = table["labels"]
    files = table.get("files", {})
    morphology = table.get("morphology", {})
    flags = {flag: table.get(flag, True) for flag in ("extract", "syntax")}
    flags["adposition_on_noun"] = table.get("adposition_on_noun", False)
    flags["inflected"] = table.get("inflected", False)
    well_typed = isinstance(model, str) and isinstance(labels, dict)
    well_typed = well_typed and all(isinstance(f, bool) for f in flags.values())
    well_typed = well_typed and isinstance(files, dict) and all(isinstance(f, str) for f in files.values())
    well_typed = well_typed and isinstance(morphology, dict)
    if not well_typed:
        raise broken(f"{name}:1: expected a model name, a table of labels and tables of files and morphology")
    for kind, roles in labels.items():
        for role, names in roles.items() if isinstance(roles, dict) else [(kind, None)]:
            if not _strings(names):
                raise broken(f"{name}:{_line_of(text, role)}: labels of {role!r} must be a list of label names")
    return Pipeline(model, {kind: {role: frozenset(names) for role, names in roles.items()}
                            for kind, roles in labels.items()}, **flags,
                    files=CueTable(f"{name}: files", dict(files)), morphology=_morphology(name, text, morphology),
                    source=name)


def stem_regex(phrase: str) -> str:
    """The regex of one lexicon phrase: a word written with a final "*" is a stem and takes any
    ending, so that an inflecting language lists "товарооборот*" once for all its cases."""
    return r"\w*".join(re.escape(part) for part in phrase.split("*"))


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of lexicon phrases, longest first so that "trade turnover" beats "trade";
    an empty list (a language without articles) matches nothing, not the empty string."""
    return _alternation(tuple(words))


# rules build the alternation of a lexicon list where they use it, some once a sentence: it is made
# once per list (the lists are the lexicons', a bounded set)
@lru_cache(maxsize=4096)
def _alternation(words: tuple[str, ...]) -> str:
    if not words:
        return "(?!)"
    return "|".join(stem_regex(w) for w in sorted(words, key=len, reverse=True))


def first_chars(words: list[str] | tuple[str, ...]) -> str:
    """A lookahead for the characters the phrases start with, to put before their alternation: the
    regex engine then passes over a position no phrase starts at without trying each phrase (the same
    matches, several times faster on a long list); empty when a phrase may start with anything."""
    if not words or any(not w or w.startswith("*") for w in words):
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted({w[0] for w in words})) + "])"


@cache
def _stem_matcher(phrase: str) -> re.Pattern[str]:
    return re.compile(stem_regex(phrase.lower()))


def covers(words: list[str] | tuple[str, ...] | frozenset[str], word: str) -> bool:
    """Whether a lexicon list holds a word as written or a stem of it ("межправительствен*")."""
    return word in words or any("*" in w and _stem_matcher(w).fullmatch(word) for w in words)


def lookup(table: Mapping[str, Any], found: str) -> Any:
    """What a lexicon table gives for a phrase an ``alternation`` of its keys found in a text: the
    entry written as found, else the longest stem entry ("экспорт*") that covers it."""
    word = found.lower()
    if word in table:
        return table[word]
    stems = sorted((k for k in table if "*" in k), key=len, reverse=True)
    return next((table[k] for k in stems if _stem_matcher(k).fullmatch(word)), None)


def spaced_alternation(words: list[str] | tuple[str, ...]) -> str:
    """``alternation`` whose phrases match across any run of whitespace ("level of" in "level  of")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@cache
def phrase_pattern(*parts: str) -> re.Pattern[str] | None:
    """A case-insensitive matcher of the whole phrases of a cue list, or None when the language has none."""
    if not has(*parts):
        return None
    words = word_list(*parts)
    return re.compile(rf"(?<![\w-]){first_chars(words)}(?:{alternation(words)})(?![\w-])", re.IGNORECASE)


# files whose lines are not plain word lists, by the loader that reads them
_NUMBERED = frozenset({"months.txt", "weekdays.txt"})
_PHRASE_TABLES = frozenset({"relative_time.txt", "elapsed_time.txt"})


def load(*parts: str) -> Any:
    """Any data file through its typed loader, chosen by its name: for checking every file at once."""
    name = parts[-1]
    if name == "pipeline.json":
        return pipeline(parts[0])
    if name.endswith(".json"):
        return cue_table(*parts)
    if name.endswith(".tsv"):
        return tsv_table(*parts)
    if name in _NUMBERED:
        return numbered_forms(*parts)
    if name in _PHRASE_TABLES:
        return phrase_table(*parts)
    return word_list(*parts)


def files(lang: str | None = None) -> tuple[str, ...]:
    """The names of the data files of a language, or of the language-neutral ones."""
    node = resources.files(__name__) if lang is None else _node(lang)
    return tuple(sorted(p.name for p in node.iterdir() if p.is_file() and not p.name.endswith((".py", ".pyc"))))
