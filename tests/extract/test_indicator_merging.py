from accord.extract.indicators.merging import merged
from accord.facts import Indicator


def _trade(value: float, period: str | None, kind: str = "actual") -> Indicator:
    return Indicator("trade_turnover", ["GHA", "TGO"], value, "USD", period=period, kind=kind)


def test_a_sum_said_again_rounded_is_one_figure_and_the_finer_reading_stays() -> None:
    assert [i.value for i in merged([_trade(96e6, "2024"), _trade(96.3e6, "2024")])] == [96.3e6]
    assert [i.value for i in merged([_trade(2.4e9, "2023"), _trade(2e9, "2023")])] == [2.4e9]


def test_sums_of_other_periods_or_other_values_stay_apart() -> None:
    assert [i.value for i in merged([_trade(96.3e6, "2024"), _trade(96e6, "2023")])] == [96.3e6, 96e6]
    assert [i.value for i in merged([_trade(96.3e6, "2024"), _trade(97e6, "2024")])] == [96.3e6, 97e6]
    assert [i.value for i in merged([_trade(96.3e6, None), _trade(96e6, None)])] == [96.3e6, 96e6]
    assert [i.value for i in merged([_trade(1.5e9, None, "target"), _trade(2e9, None, "target")])] == [1.5e9, 2e9]
