"""The CLI as a person uses it (issue 14): formats, widths, filters, CSV, people, info, country names, search."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

from .kb_fixture import build


@pytest.fixture
def db(tmp_path: Path) -> str:
    return build(tmp_path)


def _run(*args: str, columns: int | None = None) -> tuple[int, str]:
    env = {"COLUMNS": str(columns)} if columns else {}
    out = CliRunner().invoke(app, list(args), env=env)
    return out.exit_code, out.output


def test_money_is_written_by_babel_with_its_qualifier(db: str) -> None:
    code, out = _run("dyad", "TJK", "IRN", "--db", db, "--csv")
    assert code == 0
    assert "€1.25B" in out and "about $400M" in out and "$2B" in out
    assert "e+0" not in out


def test_at_80_columns_the_profile_fits_and_no_date_is_cut(db: str) -> None:
    code, out = _run("dyad", "TJK", "IRN", "--db", db, columns=80)
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any("2025-01-15" in line for line in lines)  # a whole date on one line
    assert not any(re.search(r"\b2025-0?$", line.rstrip()) for line in lines)
    assert "Tajik companies signed contracts" not in out  # evidence waits for `show` on a narrow terminal
    code, wide = _run("dyad", "TJK", "IRN", "--db", db, columns=150)
    assert "Tajik companies signed contracts worth 1.25 billion euros" in wide
    assert max(len(line) for line in wide.splitlines()) <= 150


def test_timeline_filters_by_date_and_type_and_writes_csv(db: str) -> None:
    code, out = _run("timeline", "TJK", "--db", db, "--csv", "--type", "CONSULT", "--since", "2025-01")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["id", "date", "type", "countries", "where / who", "sources", "evidence"]
    assert [r[1:4] for r in rows[1:]] == [["2025-01-15", "CONSULT (visit)", "IRN-TJK"]]
    assert _run("timeline", "TJK", "--db", db, "--csv", "--type", "AGREE")[1].splitlines()[1:] == []
    assert _run("timeline", "TJK", "--db", db, "--csv", "--since", "2025-02")[1].splitlines()[1:] == []
    assert _run("timeline", "TJK", "--db", db, "--csv", "--until", "2024")[1].splitlines()[1:] == []


def test_dyad_filters_by_metric(db: str) -> None:
    code, out = _run("dyad", "TJK", "IRN", "--db", db, "--json", "--metric", "contracts_value")
    profile = json.loads(out)
    assert [f["metric"] for f in profile["figures"]] == ["contracts_value"]
    assert profile["targets"] == [] and profile["conflicts"] == []
    assert len(profile["events"]) == 1  # --metric leaves the events alone


def test_people_and_info(db: str) -> None:
    code, out = _run("people", "IRN", "--db", db, "--csv")
    assert code == 0
    assert list(csv.reader(io.StringIO(out)))[1] == ["per-1", "Masoud Pezeshkian", "IRN", "President", "1",
                                                     "2025-01-16"]
    code, out = _run("info", "--db", db)
    assert code == 0
    assert "documents: 2 (2 counted, 0 copies of other pages)" in out
    assert "published: 2025-01-16 to 2025-05-21" in out
    assert "languages: en 2" in out
    facts = json.loads(_run("info", "--db", db, "--json")[1])["facts"]
    assert facts == {"events": 1, "indicators": 5, "agreements": 2, "sectors": 1, "people": 1}


@pytest.mark.parametrize("typed", ["Tajikstan", "Tadjikistan"])
def test_a_misspelt_country_gets_a_did_you_mean(db: str, typed: str) -> None:
    code, out = _run("dyad", typed, "IRN", "--db", db)
    assert code == 2
    assert out.strip() == f"error: [E221] unknown country '{typed}' (did you mean Tajikistan?)"


def test_an_empty_country_is_an_error_not_an_empty_table(db: str) -> None:
    code, out = _run("partners", "", "--db", db)
    assert code == 2 and "[E222] no country given" in out
    code, out = _run("brief", "TJK", "tajikistan", "--db", db)
    assert code == 2 and "[E226] a pair needs two different countries (TJK and tajikistan are both TJK)" in out
    code, out = _run("search", " ", "--db", db)
    assert code == 2 and "[E227] nothing to search for" in out


def test_titles_name_the_country_not_what_was_typed(db: str) -> None:
    assert "Partners of Tajikistan" in _run("partners", "tjk", "--db", db, columns=120)[1]
    assert "Timeline of Iran with Tajikistan" in _run("timeline", "iran", "tajik", "--db", db, columns=120)[1]
    assert "Iran–Tajikistan: figures" in _run("dyad", "tjk", "iran", "--db", db, columns=120)[1]


def test_search_passes_fts5_syntax_and_filters_by_country_and_date(db: str) -> None:
    def found(*args: str) -> list[str]:
        code, out = _run("search", *args, "--db", db, "--json")
        assert code == 0, out
        return [h["sentence"] for h in json.loads(out)]

    assert found('"visa exemption"') == ["They signed an agreement on visa exemption."]
    assert found('"exemption visa"') == []  # a phrase, not two words
    assert len(found("visa OR hydropower")) == 2
    assert found("hydro*") == ["Tajik companies signed contracts worth 1.25 billion euros for hydropower equipment."]
    assert sorted(found("trade", "--since", "2025-05")) == [
        "The two sides are finalising a preferential trade agreement.",
        "Trade between Iran and Tajikistan reached 427 million dollars in 2024."]
    assert found("trade", "--country", "RUS") == []
    code, out = _run("search", '"visa', "--db", db)
    assert code == 2 and "[E223] search query '\"visa' is not valid FTS5 syntax" in out


def test_export_since_keeps_the_later_facts(db: str, tmp_path: Path) -> None:
    out = tmp_path / "x"
    assert _run("export", "-o", str(out), "-f", "jsonl", "--since", "2025-05", "--db", db)[0] == 0
    assert (out / "events.jsonl").read_text() == ""
    sectors = [json.loads(line) for line in (out / "sectors.jsonl").read_text().splitlines()]
    assert [(s["countries"], s["sector"], s["published"], s["published_precision"]) for s in sectors] == [
        (["IRN", "TJK"], "energy", "2025-05-21", "day")]
    figures = [json.loads(line) for line in (out / "indicators.jsonl").read_text().splitlines()]
    # a figure belongs to the period it measures: 2025's contracts, not 2024's trade reported in May
    assert [(f["value"], f["period"], f["period_precision"]) for f in figures] == [(1.25e9, "2025", "year")]


def test_piped_tables_are_not_fixed_at_160_columns(db: str) -> None:
    out = CliRunner().invoke(app, ["dyad", "TJK", "IRN", "--db", db], env={"COLUMNS": None})
    assert out.exit_code == 0
    assert max(len(line) for line in out.stdout.splitlines()) <= 80  # no terminal anywhere: rich's 80
