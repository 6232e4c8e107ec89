"""No module of extract/, clean/ or timex.py holds a word of a natural language or a model's label.

Every quoted string (docstrings, ``__all__`` names and the error messages awaiting the catalogue
aside) is split into its words, regex syntax (escapes, group names, letter ranges) left out; each
word must be a format token: a resource file's name, the name of a table of a JSON resource, a role
name of pipeline.json, or one of the commented groups of ``ALLOWED`` below. A key deeper in a cue
table is no format token, since such keys are often words.
"""

from __future__ import annotations

import ast
import json
import re
from collections import defaultdict
from pathlib import Path

import accord

ROOT = Path(accord.__file__).parent
MODULES = sorted([*(ROOT / "extract").rglob("*.py"), *(ROOT / "clean").rglob("*.py"), ROOT / "timex.py"])

ALLOWED = {
    # the contract's vocabulary: PLOVER event types, event modes, metric names, kinds, statuses, sectors
    "CONSULT", "AGREE", "COOPERATE", "AID", "ACCUSE", "REJECT", "PROTEST", "SANCTION", "COERCE", "RETREAT",
    "THREATEN", "REQUEST", "ASSAULT", "CONCEDE", "visit", "meeting", "call", "commission", "forum", "talks", "business",
    "trade_turnover", "trade_growth", "exports", "imports", "investment", "enterprises", "other", "event_participants",
    "regional_", "_trade", "_trade_growth", "_growth", "_share", "actual", "target", "forecast",
    "proposed", "agreed", "signed", "in_force", "ended", "percent", "count", "multiplier",
    "trade", "finance", "energy", "oil_gas", "mining", "metallurgy", "industry", "chemicals", "construction",
    "textiles", "agriculture", "health", "transport", "aviation", "tourism", "education", "culture", "science_tech",
    "digital", "security", "migration", "environment", "infrastructure", "none",
    # kinds of gazetteer forms and of period markers, cue kinds of the indicator lexicon, relative-time meanings
    "name", "demonym", "capital", "igo", "deadline", "cumulative", "base", "rate", "anaphoric", "metric", "enterprise",
    "blocker", "growth", "decline", "more", "less", "share", "subnational", "target_noun", "will", "target_after",
    "current", "qualifier", "pair", "participation", "participation_of", "figure_noun", "other_count", "other_money",
    "last_year", "this_year", "next_year", "last_month", "this_month", "next_month", "today", "yesterday",
    "tomorrow", "_year", "years_back", "years_ago", "days_back", "weeks_back", "last_week", "this_week", "next_week",
    # the kind of a row of a term table (agreement_titles.tsv) that is a preposition or conjunction
    "link",
    # column names of the TSV tables and JSON fields of the conflict cue entries
    "code", "names", "demonyms", "capitals", "forms", "id", "cue", "sector", "type", "lemmas", "needs", "objects",
    "words", "object", "clause", "other_side_object", "object_or_against", "person_object", "verdict",
    "partner_in_pair", "doer_named", "not_firms", "onto_list", "lists", "from_object", "to_leave", "leave_verbs",
    "english", "russian", "state", "ending", "nominative", "office", "letter", "plain", "after", "seat", "form",
    "codes", "aliases", "bare", "curated",
    # pycountry attributes, Babel and spaCy API values, Unicode normal form, HTML and metadata field names
    "common_name", "official_name", "alpha_", "expand", "parser", "accord_paragraph_breaks", "NFKC", "NFKD", "en",
    "html", "iso", "numeric", "txt",
    # threadpoolctl's name of the BLAS thread pools
    "blas",
    # language codes: Russian, the default language of the helpers that put Russian names and titles
    # into English (romanize, term_translation) for callers that do not pass the text's language
    "ru",
    # HTML element and attribute names, and the metadata fields of Open Graph, Twitter cards, schema.org
    # (JSON-LD), Dublin Core, Parse.ly and Sailthru that state a page's title and publication time; "date"
    # is also the tag some scrapers print at the top of a page
    "date", "meta", "script", "property", "content", "itemprop", "datetime", "application", "ld", "og", "twitter",
    "article", "title", "headline", "published_time", "datePublished", "datepublished", "pubdate", "publishdate",
    "publish_date", "publication_date", "citation_publication_date", "dc", "dcterms", "issued", "parsely", "pub",
    "sailthru",
    # the keys of a source record's metadata (document.SourceRecord.meta), written by the readers
    "url", "outlet", "published",
    # the contract's prefix of an organisation's id ("IGO:EU")
    "IGO",
    # spaCy token attribute read by name (a token has ent_type_, a span has label_)
    "ent_type_",
    # names of the sub-tables of indicator_cues.json's "kind" table
    "target_nouns", "forecast_modals",
}

# error messages: move to the catalogue when it lands (errors.py of the `flow` branch); until then the
# raise sites of extract/, clean/ and timex.py keep their text, listed here whole so no word passes elsewhere
ERROR_MESSAGES = {
    ": no story text found on the page",
    "check that it is an article page, or leave it out of the run",
    "nothing but page chrome (menus, links, counters) was found",
    "not readable as HTML: ",
    "no extraction pipeline for language ",
    "the spaCy model ", " for language ", " is not installed",
    "resources/", "/pipeline.json: no ", " label(s) for ",
}


def _format_tokens() -> set[str]:
    """The names of every resource file, the names of the tables of every JSON resource (its top-level
    keys) and the role names of every pipeline.json. Keys deeper in a cue table are not format tokens:
    they may be words ("loan" in ``other_money``), and a word must not pass for a key."""
    out: set[str] = set()
    for path in (ROOT / "resources").rglob("*"):
        if path.suffix in (".json", ".txt", ".tsv"):
            out.add(path.stem)
            out.add(path.suffix[1:])
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            out.update(data)
            if path.name == "pipeline.json":
                stack = [data]
                while stack:
                    node = stack.pop()
                    if isinstance(node, dict):
                        out.update(node)
                        stack.extend(node.values())
    return out


# escapes, group names and references, repetition counts, inline flags
_REGEX_SYNTAX = re.compile(r"\(\?P<\w+>|\(\?P=\w+\)|\\[A-Za-z]|\{[^{}]*\}|\(\?[a-zA-Z-]+[:)]")
# a character class, whose letter ranges ("[A-ZА-ЯЁ]") are syntax too
_CHARACTER_CLASS = re.compile(r"\[[^\]]*\]")
_RANGE = re.compile(r"[^\W\d_]-[^\W\d_]")


def _without_syntax(text: str) -> str:
    text = _CHARACTER_CLASS.sub(lambda m: _RANGE.sub(" ", m.group(0)), text)
    return _REGEX_SYNTAX.sub(" ", text)


def _not_text(tree: ast.AST) -> set[int]:
    """Strings that are not text: docstrings, and the names of ``__all__`` (identifiers of the module)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                out.add(id(first.value))
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            out.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
    return out


def words_in_code() -> dict[str, set[str]]:
    """module -> the words of its quoted string literals that are not format tokens."""
    allowed = ALLOWED | _format_tokens()
    found: dict[str, set[str]] = defaultdict(set)
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _not_text(tree)
        groups = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                groups.update(re.findall(r"\(\?P<(\w+)>", node.value))
                groups.update(re.findall(r"group\(\"(\w+)\"\)", node.value))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)) or id(node) in skip:
                continue
            if node.value in ERROR_MESSAGES:
                continue
            text = _without_syntax(node.value)
            for word in re.findall(r"[^\W\d]+", text):
                if len(word.strip("_")) >= 2 and word not in allowed and word not in groups:
                    found[str(path.relative_to(ROOT))].add(word)
    return found


def test_no_word_of_a_language_in_code() -> None:
    assert dict(words_in_code()) == {}
