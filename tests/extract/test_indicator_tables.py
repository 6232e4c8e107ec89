"""Figures read from a statistics table a page printed as lines under its caption (indicators/tables.py)."""

from __future__ import annotations

from collections.abc import Callable

from accord.extract.analysis import AnalyzedDoc
from accord.extract.indicators import find_indicators

LEAD = "The statistics office of Ghana published figures on trade with Togo on Tuesday."


def _figures(a: AnalyzedDoc) -> set[tuple[object, ...]]:
    return {(i.metric, i.value, i.unit, i.period, i.flow_from, i.flow_to, i.label) for i in find_indicators(a)}


def test_a_table_with_a_row_per_line_gives_each_period_its_figures(analysed: Callable[..., AnalyzedDoc]) -> None:
    table = "\n".join(["Table 2: Ghanaian-Togolese trade (million cedis)",
                       "Period Total Exports Imports Balance",
                       "Jan-Sep 2023 1,040 610 430 180",
                       "Jan-Sep 2024 1,185 702 483 219",
                       "Change (%) +13.9 +15.1 +12.3 +21.7"])
    got = _figures(analysed(f"{LEAD}\n\n{table}", published="2024-11-05"))
    assert got == {
        ("trade_turnover", 1.04e9, "GHS", "2023-01/2023-09", None, None, None),
        ("exports", 6.1e8, "GHS", "2023-01/2023-09", "GHA", "TGO", None),
        ("imports", 4.3e8, "GHS", "2023-01/2023-09", "TGO", "GHA", None),
        ("trade_turnover", 1.185e9, "GHS", "2024-01/2024-09", None, None, None),
        ("exports", 7.02e8, "GHS", "2024-01/2024-09", "GHA", "TGO", None),
        ("imports", 4.83e8, "GHS", "2024-01/2024-09", "TGO", "GHA", None),
    }


def test_a_table_with_a_cell_per_line_reads_each_label_with_its_values(analysed: Callable[..., AnalyzedDoc]) -> None:
    table = "\n".join(["Table. Ghana - Togo mutual trade, January-June 2025", "Indicator", "Value, US$ mln",
                       "Change to Jan-Jun 2024, %", "Trade turnover", "96.0", "-3.5",
                       "Export of Togo to Ghana", "21.5", "+4.0", "Import of Togo from Ghana", "74.5", "—",
                       "Share of ECOWAS trade, %", "12.0", "—", "Source: statistics office"])
    got = _figures(analysed(f"{LEAD}\n\n{table}", published="2025-08-01"))
    half = "2025-01/2025-06"
    assert got == {
        ("trade_turnover", 9.6e7, "USD", half, None, None, None),
        ("trade_growth", -3.5, "percent", half, None, None, None),
        ("exports", 2.15e7, "USD", half, "TGO", "GHA", None),
        ("other", 4.0, "percent", half, None, None, "exports_growth"),
        ("imports", 7.45e7, "USD", half, "GHA", "TGO", None),
    }


def test_a_table_of_one_state_or_without_a_currency_gives_nothing(analysed: Callable[..., AnalyzedDoc]) -> None:
    for caption in ("Table 1: Ghana's foreign trade, 2024 (million cedis)",
                    "Table 1: Ghana - Togo trade, 2024 (tonnes)"):
        table = "\n".join([caption, "Period Total Exports Imports", "Jan-Sep 2024 1,185 702 483"])
        assert not find_indicators(analysed(f"{LEAD}\n\n{table}", published="2024-11-05")), caption


def test_a_table_with_a_column_per_period_under_its_unit(analysed: Callable[..., AnalyzedDoc]) -> None:
    table = "\n".join(["                            Q1 2024    Q1 2025    change",
                       "Ghanaian exports to Togo        412        455     +10.4%",
                       "  of which cocoa products       120        131      +9.2%",
                       "Imports from Togo               230        214      -7.0%",
                       "Total trade                     642        669      +4.2%"])
    text = f"{LEAD}\n\nSource: customs. Figures in GH₵ million.\n\n{table}\n\nThe next release is due in July."
    got = _figures(analysed(text, published="2025-05-02"))
    q1, q1_before = "2025-01/2025-03", "2024-01/2024-03"
    assert got == {
        ("exports", 4.12e8, "GHS", q1_before, "GHA", "TGO", None),
        ("exports", 4.55e8, "GHS", q1, "GHA", "TGO", None),
        ("other", 10.4, "percent", q1, None, None, "exports_growth"),
        ("imports", 2.3e8, "GHS", q1_before, "TGO", "GHA", None),
        ("imports", 2.14e8, "GHS", q1, "TGO", "GHA", None),
        ("other", -7.0, "percent", q1, None, None, "imports_growth"),
        ("trade_turnover", 6.42e8, "GHS", q1_before, None, None, None),
        ("trade_turnover", 6.69e8, "GHS", q1, None, None, None),
        ("trade_growth", 4.2, "percent", q1, None, None, None),
    }


def test_period_columns_without_a_unit_line_give_nothing(analysed: Callable[..., AnalyzedDoc]) -> None:
    table = "\n".join(["                     2023      2024",
                       "Exports to Togo       412       455",
                       "Imports from Togo     230       214"])
    text = f"{LEAD}\n\nThe customs office counts tonnes.\n\n{table}"
    assert _figures(analysed(text, published="2025-05-02")) == set()
