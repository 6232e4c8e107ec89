"""clean_record end to end on hand-written pages: HTML and text, language, errors."""

from __future__ import annotations

import pytest

from accord.clean import clean_record
from accord.clean.language import detect
from accord.config import Settings
from accord.document import SourceRecord
from accord.errors import InputError

PARAGRAPHS = [
    "The foreign ministers of the two countries met in the capital on Monday to discuss trade, transport "
    "and energy cooperation, the ministry said in a statement after the talks.",
    "The ministers agreed to prepare a new cooperation programme and to hold the next session of the "
    "joint commission in the spring, according to the statement issued by the ministry.",
    "Trade between the two countries grew by a fifth last year, and both sides expect it to keep growing "
    "as new transport corridors open and customs procedures become simpler.",
]

HTML = f"""<!doctype html><html><head>
<title>Ministers agree to expand trade | Example News</title>
<meta property="article:published_time" content="2024-05-06T09:30:00+00:00">
<meta property="og:title" content="Ministers agree to expand trade">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Ministers agree to expand trade</h1>
{''.join(f'<p>{p}</p>' for p in PARAGRAPHS)}
</article>
<footer><p>Copyright Example News. All rights reserved.</p></footer>
</body></html>"""


def test_html_page_gives_story_title_and_metadata_date() -> None:
    doc = clean_record(SourceRecord("a.html", "a.html", HTML, kind="html"), Settings())
    assert doc.title == "Ministers agree to expand trade"
    assert doc.published == "2024-05-06"
    assert doc.language == "en"
    assert doc.paragraphs == PARAGRAPHS


def test_html_date_from_json_ld() -> None:
    html = HTML.replace(
        '<meta property="article:published_time" content="2024-05-06T09:30:00+00:00">',
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2023-11-02T08:00:00Z"}]}</script>',
    )
    doc = clean_record(SourceRecord("a.html", "a.html", html, kind="html"), Settings())
    assert doc.published == "2023-11-02"


def test_html_without_publication_metadata_has_no_date() -> None:
    html = HTML.replace('<meta property="article:published_time" content="2024-05-06T09:30:00+00:00">', "")
    doc = clean_record(SourceRecord("a.html", "a.html", html, kind="html"), Settings())
    assert doc.published is None


def test_record_meta_date_has_the_highest_precedence() -> None:
    record = SourceRecord("a.html", "a.html", HTML, kind="html", meta={"published": "2024-05-07"})
    assert clean_record(record, Settings()).published == "2024-05-07"


def test_text_record_paragraphs_are_separated_by_a_blank_line() -> None:
    raw = "\n".join(["Ministers agree to expand trade", *PARAGRAPHS, "Comments (0)"])
    doc = clean_record(SourceRecord("a.txt", "a.txt", raw), Settings())
    assert doc.text == "\n\n".join(PARAGRAPHS)
    assert doc.title == "Ministers agree to expand trade"


def test_a_page_with_no_story_is_an_input_error() -> None:
    with pytest.raises(InputError):
        clean_record(SourceRecord("a.txt", "a.txt", "   \n\n"), Settings())
    with pytest.raises(InputError):
        clean_record(SourceRecord("b.txt", "b.txt", "Comments (0)\nShare\n1 USD = 90.1"), Settings())


def test_language_of_russian_prose() -> None:
    assert detect("Президенты двух стран провели переговоры и обсудили вопросы торгового сотрудничества.") == "ru"


def test_too_short_to_tell() -> None:
    assert detect("OK") is None


def test_a_long_text_is_told_by_its_start() -> None:
    # the detector reads a sample from the start: a page of Russian prose followed by pages of a
    # German appendix is still Russian, and a long text costs no more than its sample
    russian = "Министры обсудили поставки зерна, строительство дорог и открытие новых авиарейсов между столицами. " * 12
    german = "Die Delegation besuchte anschließend mehrere Unternehmen und sprach mit Vertretern der Wirtschaft. " * 60
    assert len(russian) > 1000
    assert detect(russian + german) == "ru"
    assert detect(german + russian) == "de"
