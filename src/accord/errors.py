"""Every error Accord raises: a catalogue of coded messages, and the few classes that carry them.

A raise site names its message by code and fills its placeholders:
``raise InputError(Errors.E104, where="line 3", found="list")``. The code is stable (scripts may
match on it); the hint says what to do. Codes group by class: E1xx input, E2xx usage, E3xx store,
E4xx models, E5xx language data.
"""

from __future__ import annotations

_ARTICLE_PAGE = "check that it is an article page, or leave it out of the run"
_MAX_BYTES = "raise --max-bytes if it really is one article"
_URL = "check the URL, or that the site is up"
_FACT_ID = "take an id from dyad, timeline or search"
_NOT_OURS = "give --db a new file name, or the path of a knowledge base Accord made"
_RESOURCES = "fix the file under src/accord/resources/"


class Message:
    """One entry of the catalogue; its code is the name it is bound to in ``Errors``."""

    code = ""

    def __init__(self, text: str, hint: str = "") -> None:
        self.text = text
        self.hint = hint

    def __set_name__(self, owner: type, name: str) -> None:
        self.code = name


class Errors:
    # input: a source that cannot be read as an article
    E101 = Message("{what} is {size}, over the limit of {limit}", _MAX_BYTES)
    E102 = Message("cannot tell the text encoding: the file looks binary")
    E103 = Message("binary file ({kind}), not text", "give Accord .txt, .html, .jsonl or .warc files")
    E104 = Message("empty file (no text)")
    E105 = Message("{where}: not UTF-8 (byte {byte}); JSONL must be UTF-8")
    E106 = Message("{where}: not valid JSON ({problem} at column {column})")
    E107 = Message("{where}: expected a JSON object, found {found}")
    E108 = Message("{where}: no article text (looked for {keys})", "set Settings.jsonl_fields")
    E109 = Message("{where}: field {key!r} holds {found}, not a string")
    E110 = Message("{where}: field {key!r} is empty")
    E111 = Message("HTTP {status}", _URL)
    E112 = Message("no complete answer within {seconds:g} s", _URL)
    E113 = Message("cannot connect: {problem}", _URL)
    E114 = Message("request failed: {problem}", _URL)
    E115 = Message("not readable as HTML: {problem}")
    E116 = Message("{source}: no story text found on the page", _ARTICLE_PAGE)
    E117 = Message("nothing but page chrome (menus, links, counters) was found", _ARTICLE_PAGE)
    E118 = Message("{where}: JSON nested too deeply to read")
    E119 = Message("content encoding {name!r} is not supported")
    E120 = Message("decompressed page is larger than the limit of {limit}", _MAX_BYTES)
    E121 = Message("damaged {name} body: {problem}")
    E122 = Message("{stage} took longer than its budget of {seconds:g} s", "raise --doc-seconds (0: no limit)")
    E123 = Message("nested too deeply to read (RecursionError)")
    E124 = Message("ran out of memory (MemoryError)", "lower --max-words or --max-bytes")
    E125 = Message("could not be processed: {kind}: {problem}", "report this as a bug, with the input that caused it")
    # usage: an argument or option the knowledge base cannot answer
    E201 = Message("unknown country {text!r}", "give an ISO alpha-3 code (TJK) or an English name (Tajikistan)")
    E202 = Message("{fact_id!r} is not a fact id",
                   "ids look like ev-12, ind-3, agr-5, sec-2, per-7 or doc-1, as the other commands print them")
    E203 = Message("no counted fact {fact_id} in this knowledge base", _FACT_ID)
    E204 = Message("no fact {fact_id} in this knowledge base", _FACT_ID)
    E205 = Message("{fact_id} was read from a duplicate document and is not counted",
                   "see the facts of the original document (accord show doc-ID)")
    E206 = Message("no person {fact_id} in this knowledge base", "take an id from `accord people`")
    E207 = Message("no document {fact_id} in this knowledge base")
    E208 = Message("unknown export format {fmt!r}", "use one of {formats}")
    E209 = Message("--executor ray needs the ray package", "install it with `pip install 'accord[ray]'`")
    E220 = Message("{option} {value!r} is not a date", "give a year (2025), a month (2025-03) or a day (2025-03-17)")
    E221 = Message("unknown country {text!r}", "did you mean {suggestions}?")
    E222 = Message("no country given (an empty name)", "give an ISO alpha-3 code (TJK) or an English name (Tajikistan)")
    E223 = Message("search query {text!r} is not valid FTS5 syntax: {problem}",
                   'quote a phrase ("joint commission"), join words with OR, end a prefix with * (hydro*)')
    E224 = Message("cannot write a PDF: {problem}", "write --format html and print it from a browser")
    E225 = Message("--every {value!r} is not a duration", "give minutes (15m), hours (1h) or seconds (90s)")
    E226 = Message("a pair needs two different countries ({a} and {b} are both {code})")
    E227 = Message("nothing to search for", 'give a word (hydropower), a "quoted phrase" or a prefix (hydro*)')
    E228 = Message("cannot write {path}: {problem}", "give --output a path in a folder you can write to")
    E229 = Message("cannot write the export to {path}: {problem}", "give --output a folder you can write to")
    E230 = Message("`accord serve` did not answer on {base} within {seconds:g} s: {output}")
    # store: the knowledge base cannot be opened or written
    E301 = Message("database error: {problem} (in: {statement}...)")
    E302 = Message("cannot create the knowledge base {path}: folder {parent} does not exist")
    E303 = Message("cannot open {path} as an SQLite knowledge base: {problem}", _NOT_OURS)
    E304 = Message("a PostgreSQL URL needs the psycopg package", "install it with `pip install 'accord[postgres]'`")
    E305 = Message("cannot connect to PostgreSQL: {problem}")
    E306 = Message("{target} was made by a newer Accord (schema {schema})", "upgrade Accord, or use another --db")
    E307 = Message("no knowledge base at {target}: run `accord run ... --db {target}` first",
                   "or give --db / ACCORD_DB the knowledge base you built")
    E308 = Message("{path} is an SQLite database that Accord did not make (it holds {tables}); it was left as it is",
                   _NOT_OURS)
    E309 = Message("{target} needs a schema upgrade, and it may not be written",
                   "copy it to a folder you can write to, and open the copy")
    # models
    E401 = Message("the spaCy model {name!r} for language {lang!r} is not installed")
    E402 = Message("the Russian model files (the natasha wheel's data/ folder) are not installed")
    E403 = Message("the Russian pipeline changed the text it was given",
                   "report this as a bug, with the article that caused it")
    E404 = Message("the Russian pipeline cannot be loaded: {problem}")
    # language data: a file under src/accord/resources/ is missing or broken
    E501 = Message("{where}: {problem}", _RESOURCES)


class AccordError(Exception):
    """Base class: ``code`` names the message in ``Errors``, ``hint`` says how to fix it."""

    hint = ""

    def __init__(self, message: Message, **fields: object) -> None:
        super().__init__(message.text.format(**fields))
        self.code = message.code
        if message.hint:
            self.hint = message.hint.format(**fields)

    def __str__(self) -> str:
        text = f"[{self.code}] {super().__str__()}"
        return f"{text} ({self.hint})" if self.hint else text


class InputError(AccordError):
    """A source could not be read as an article: unreadable, empty, too large, malformed."""

    hint = "check the file, or leave it out of the run"


class ConfigError(AccordError):
    """A setting, option or argument is invalid."""

    hint = "see `accord --help`"


class StoreError(AccordError):
    """The knowledge base cannot be opened or written."""

    hint = "check --db / ACCORD_DB and that the database is reachable"


class ResourceError(AccordError):
    """A language data file is missing or broken."""


class ModelError(AccordError):
    """An NLP model the pipeline needs is not installed."""

    hint = "reinstall Accord with `pip install .` so its model packages come along"
