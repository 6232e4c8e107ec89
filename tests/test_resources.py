"""Every data file of every language loads through its typed loader, and a broken file is named."""

from __future__ import annotations

import re

import pytest

from accord import resources


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_file_of_a_language_loads(lang: str) -> None:
    names = resources.files(lang)
    assert "countries.tsv" in names and "months.txt" in names
    for name in names:
        assert resources.load(lang, name), f"{lang}/{name} is empty"


def test_language_neutral_files_load() -> None:
    assert "ru" in resources.load("languages.txt")
    assert resources.load("social_networks.txt")


def test_english_pipeline_names_its_model_and_labels() -> None:
    p = resources.pipeline("en")
    assert p.model.startswith("en_core_web")
    assert isinstance(p.labels, dict)


def _broken(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(resources, "_read", lambda *parts: text)
    for loader in (resources.word_list, resources.numbered_forms, resources.phrase_table, resources.cue_table):
        loader.cache_clear()


def test_a_broken_numbered_line_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _broken(monkeypatch, "# months\n1 january\nfebruary 2\n")
    with pytest.raises(resources.ResourceError, match=r"resources/xx/months.txt:3: expected a number"):
        resources.numbered_forms("xx", "months.txt")


def test_a_phrase_without_meaning_names_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _broken(monkeypatch, "last year\tlast_year\nnext year\n")
    with pytest.raises(resources.ResourceError, match=r"resources/xx/relative_time.txt:2: expected a phrase"):
        resources.phrase_table("xx", "relative_time.txt")


def test_broken_json_and_empty_entry_name_file_and_line(monkeypatch: pytest.MonkeyPatch) -> None:
    _broken(monkeypatch, '{\n  "a": ["x"],\n  "b": ["y", ""]\n}\n')
    with pytest.raises(resources.ResourceError, match=r"resources/xx/c.json:3: entry 'b'"):
        resources.cue_table("xx", "c.json")
    resources.cue_table.cache_clear()
    _broken(monkeypatch, '{\n  "a": ["x"],\n  "b" ["y"]\n}\n')
    with pytest.raises(resources.ResourceError, match=r"resources/xx/d.json:3:"):
        resources.cue_table("xx", "d.json")


def test_a_missing_entry_names_the_file() -> None:
    with pytest.raises(resources.ResourceError, match=r"resources/en/event_cues.json: no entry 'no_such_cues'"):
        resources.cue_table("en", "event_cues.json")["no_such_cues"]


def test_a_missing_file_is_named() -> None:
    with pytest.raises(resources.ResourceError, match=r"resources/en/no_such.txt: no such file"):
        resources.word_list("en", "no_such.txt")


def test_the_first_characters_guard_passes_over_what_no_phrase_starts_with():
    words = ["trade turnover", "trade", "Export*", "-based"]
    assert resources.first_chars(words) == r"(?=[\-Et])"
    assert resources.first_chars(["*стан", "trade"]) == ""  # a phrase that may start with anything
    text = "Trade turnover and export-based exports grew; Exporters and -based firms, not a trader."
    plain = re.compile(rf"(?<!\w)(?:{resources.alternation(words)})(?!\w)", re.IGNORECASE)
    guarded = re.compile(rf"(?<!\w){resources.first_chars(words)}(?:{resources.alternation(words)})(?!\w)",
                         re.IGNORECASE)
    assert [m.group() for m in guarded.finditer(text)] == ["Trade turnover", "export", "exports", "Exporters",
                                                           "-based"]
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]
