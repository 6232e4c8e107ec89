"""Credit lines and outlets of stored pages."""

from __future__ import annotations

from accord.store.credits import credit_line, credits, outlet_of


def test_credit_lines_name_the_source_a_page_republishes():
    assert credit_line("Site - News\n\nHeadline\n\nBy Wire Agency\n\nThe story ...", "en") == "Wire Agency"
    assert credit_line("Headline\n\n(SITE- Agency English) Speaking to reporters, the minister ...", "en") == \
        "Agency English"
    # a sentence that opens with "by" is not a credit line, nor is a page without one
    assert credit_line("By the end of the year the two sides will have signed a treaty on trade.", "en") is None
    assert credit_line("Headline\n\nThe story.", "en") is None
    # a language without a byline lexicon still reads the bracketed form
    assert credit_line("(САЙТ - Агентство) Текст новости", "ru") == "Агентство"


def test_outlet_is_the_site_name_else_the_credit_else_the_host():
    assert outlet_of("Daily Site", "Agency", "https://www.daily.example/a") == "Daily Site"
    assert outlet_of(None, "Agency", "https://www.daily.example/a") == "Agency"
    assert outlet_of(None, None, "https://www.daily.example/a") == "daily.example"
    assert outlet_of(None, None, None) is None


def test_a_credit_names_the_page_that_carries_the_name():
    assert credits("Wire", "Wire reports that the commission met in the capital.")
    assert credits("Agency English", "agency.example https://agency.example/news/1")
    assert not credits("Wire", "Wirelessly reported.")
    assert not credits(None, "Wire reports")
