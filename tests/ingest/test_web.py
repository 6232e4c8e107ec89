"""Article and feed URLs against a real HTTP server on 127.0.0.1; no mocks."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

from hypothesis import given
from hypothesis import strategies as st

from accord.config import Settings
from accord.document import ReadFailure, SkippedSource, SourceRecord
from accord.ingest import read_sources
from accord.ingest.web import feed_date

from .conftest import LocalWeb, Route

PAGE = "<!DOCTYPE html><html><head><title>Talks</title></head><body><p>Two ministers met in Astana.</p></body></html>"


def rss(web: LocalWeb) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Example Wire</title><link>{web.url("/")}</link><description>news</description>
<item><title>First talks</title><link>{web.url("/news/1")}</link>
  <pubDate>Thu, 19 Dec 2024 23:30:00 +0300</pubDate></item>
<item><title>Relative link</title><link>/news/2</link></item>
<item><title>Gone page, full text in feed</title><link>{web.url("/gone")}</link>
  <pubDate>Fri, 20 Dec 2024 08:00:00 GMT</pubDate>
  <content:encoded><![CDATA[<p>The whole story is carried by the feed.</p>]]></content:encoded></item>
<item><title>Gone page, summary only</title><link>{web.url("/gone2")}</link><description>Short.</description></item>
</channel></rss>""".encode()


def test_article_url_follows_redirects(web: LocalWeb) -> None:
    web.routes["/old"] = Route(b"", status=301, headers={"Location": "/story"})
    web.routes["/story"] = Route(PAGE.encode())
    (rec,) = read_sources([web.url("/old")], Settings(http_timeout=5))
    assert rec == SourceRecord(doc=web.url("/old"), source=web.url("/old"), content=PAGE, kind="html",
                               meta={"url": web.url("/story")})


def test_content_type_decides_text_and_charset(web: LocalWeb) -> None:
    body = "Президенты обсудили торговлю и инвестиции между странами региона."
    web.routes["/plain"] = Route(body.encode("cp1251"), content_type="text/plain; charset=windows-1251")
    web.routes["/untyped"] = Route(PAGE.encode(), content_type="application/octet-stream")
    plain, untyped = read_sources([web.url("/plain"), web.url("/untyped")], Settings(http_timeout=5))
    assert isinstance(plain, SourceRecord) and (plain.kind, plain.content) == ("text", body)
    assert isinstance(untyped, SourceRecord) and untyped.kind == "html"


def test_rss_feed_items_are_fetched_as_articles(web: LocalWeb) -> None:
    web.routes["/feed"] = Route(rss(web), content_type="application/rss+xml")
    web.routes["/news/1"] = Route(PAGE.encode())
    web.routes["/news/2"] = Route(b"<html><body><p>Second.</p></body></html>")
    items = list(read_sources([web.url("/feed")], Settings(http_timeout=5)))
    assert [type(i).__name__ for i in items] == ["SourceRecord", "SourceRecord", "SourceRecord", "ReadFailure"]
    first, second, carried, gone = items
    assert isinstance(first, SourceRecord)
    assert first.doc == first.source == web.url("/news/1")
    assert first.content == PAGE
    assert first.meta == {"title": "First talks", "published": "2024-12-19T23:30:00+03:00", "url": web.url("/news/1")}
    assert isinstance(second, SourceRecord) and second.doc == web.url("/news/2")
    assert "published" not in second.meta
    assert isinstance(carried, SourceRecord)
    assert carried.content == "<p>The whole story is carried by the feed.</p>"
    assert carried.meta["published"] == "2024-12-20T08:00:00+00:00"
    assert isinstance(gone, ReadFailure)
    assert gone.source == web.url("/gone2") and "HTTP 404" in gone.reason


def test_atom_feed_served_as_xml_is_sniffed(web: LocalWeb) -> None:
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
<entry><title>Deal signed</title><id>urn:1</id><link href="{web.url("/a1")}"/>
<published>2024-03-05T10:00:00+05:00</published><updated>2024-03-06T00:00:00Z</updated></entry>
</feed>"""
    web.routes["/atom"] = Route(atom.encode(), content_type="text/xml")
    web.routes["/a1"] = Route(PAGE.encode())
    (rec,) = read_sources([web.url("/atom")], Settings(http_timeout=5))
    assert isinstance(rec, SourceRecord)
    assert rec.meta["published"] == "2024-03-05T10:00:00+05:00"
    assert rec.meta["title"] == "Deal signed"


def test_empty_feed_is_skipped(web: LocalWeb) -> None:
    web.routes["/empty"] = Route(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>',
                                 content_type="application/rss+xml")
    (item,) = read_sources([web.url("/empty")], Settings(http_timeout=5))
    assert isinstance(item, SkippedSource)


def test_http_error_status_names_the_code(web: LocalWeb) -> None:
    web.routes["/err"] = Route(b"oops", status=503, content_type="text/plain")
    missing, broken = read_sources([web.url("/nothing"), web.url("/err")], Settings(http_timeout=5))
    assert isinstance(missing, ReadFailure) and "HTTP 404 Not Found" in missing.reason
    assert isinstance(broken, ReadFailure) and "HTTP 503" in broken.reason


def test_unreachable_url_fails_fast() -> None:
    with socket.socket() as sock:  # a port nobody listens on once this socket closes
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (item,) = read_sources([f"http://127.0.0.1:{port}/x"], Settings(http_timeout=5))
    assert isinstance(item, ReadFailure) and "cannot connect" in item.reason


def test_silent_and_dripping_servers_time_out(web: LocalWeb) -> None:
    web.routes["/silent"] = Route(PAGE.encode(), delay=3)
    web.routes["/drip"] = Route(PAGE.encode() * 20, drip=0.2)  # each read is quick, the whole is not
    started = time.monotonic()
    silent, drip = read_sources([web.url("/silent"), web.url("/drip")], Settings(http_timeout=0.8))
    assert time.monotonic() - started < 4
    assert isinstance(silent, ReadFailure) and "within 0.8 s" in silent.reason
    assert isinstance(drip, ReadFailure) and "within 0.8 s" in drip.reason


def test_binary_and_oversized_pages_fail(web: LocalWeb) -> None:
    web.routes["/img"] = Route(b"\x89PNG\r\n\x1a\n" + bytes(100), content_type="image/png")
    web.routes["/big"] = Route(PAGE.encode() * 10)
    img, big = read_sources([web.url("/img"), web.url("/big")], Settings(http_timeout=5, max_bytes=500))
    assert isinstance(img, ReadFailure) and "image/png" in img.reason
    assert isinstance(big, ReadFailure) and "over the limit of 500 bytes" in big.reason


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1)),
       st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_feed_dates_keep_their_instant_and_offset(moment: datetime, offset_minutes: int) -> None:
    aware = moment.replace(microsecond=0, tzinfo=timezone(timedelta(minutes=offset_minutes)))
    for raw in (format_datetime(aware), aware.isoformat()):
        parsed = feed_date(raw)
        assert parsed is not None
        assert datetime.fromisoformat(parsed) == aware
        assert datetime.fromisoformat(parsed).utcoffset() == aware.utcoffset()


def test_unparseable_feed_date_is_dropped() -> None:
    assert feed_date("sometime last week") is None
    assert feed_date("2024-13-45") is None
    assert datetime.fromisoformat(feed_date("Thu, 19 Dec 2024 23:30:00 GMT") or "") == datetime(
        2024, 12, 19, 23, 30, tzinfo=UTC)


def test_broken_feed_fails(web: LocalWeb) -> None:
    web.routes["/broken"] = Route(b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</ti',
                                  content_type="application/rss+xml")
    (item,) = read_sources([web.url("/broken")], Settings(http_timeout=5))
    assert isinstance(item, ReadFailure) and "not a readable feed" in item.reason


def test_headers_dripped_a_byte_at_a_time_meet_the_one_deadline(web: LocalWeb) -> None:
    web.routes["/drip-headers"] = Route(b"", header_drip=0.1)
    started = time.monotonic()
    (failure,) = read_sources([web.url("/drip-headers")], Settings(http_timeout=1.5))
    assert time.monotonic() - started < 4
    assert isinstance(failure, ReadFailure) and "no complete answer within 1.5 s" in failure.reason


def test_stacked_gzip_is_inflated_within_the_limit_in_all(web: LocalWeb) -> None:
    import gzip

    bomb = gzip.compress(gzip.compress(b"\0" * (8 << 20), 9), 9)
    web.routes["/bomb"] = Route(bomb, headers={"Content-Encoding": "gzip, gzip"})
    web.routes["/fine"] = Route(gzip.compress(gzip.compress(PAGE.encode())), headers={"Content-Encoding": "gzip, gzip"})
    (bombed,) = read_sources([web.url("/bomb")], Settings(max_bytes=1 << 20))
    assert isinstance(bombed, ReadFailure)
    assert "decompressed page is larger than the limit of 1,048,576 bytes" in bombed.reason
    (fine,) = read_sources([web.url("/fine")], Settings(max_bytes=1 << 20))
    assert isinstance(fine, SourceRecord) and "Two ministers met in Astana." in fine.content


def test_an_unknown_content_encoding_is_refused(web: LocalWeb) -> None:
    web.routes["/br"] = Route(b"\x00\x01", headers={"Content-Encoding": "br"})
    (failure,) = read_sources([web.url("/br")], Settings(http_timeout=5))
    assert isinstance(failure, ReadFailure) and "content encoding 'br' is not supported" in failure.reason


def test_a_feed_of_slow_items_stops_at_its_time_budget(web: LocalWeb) -> None:
    items = "".join(f"<item><title>Item {n}</title><link>{web.url(f'/slow/{n}')}</link></item>" for n in range(10))
    web.routes["/slow-feed"] = Route(f'<?xml version="1.0"?><rss version="2.0"><channel><title>S</title>{items}'
                                     "</channel></rss>".encode(), content_type="application/rss+xml")
    web.routes.update({f"/slow/{n}": Route(PAGE.encode(), drip=2) for n in range(10)})
    started = time.monotonic()
    got = list(read_sources([web.url("/slow-feed")], Settings(http_timeout=1, feed_seconds=2.5)))
    assert time.monotonic() - started < 5
    *items_read, last = got
    assert 2 <= len(items_read) <= 4
    assert all(isinstance(i, ReadFailure) and "no complete answer" in i.reason for i in items_read)
    assert isinstance(last, ReadFailure) and last.source == web.url("/slow-feed")
    assert "the feed's time budget of 2.5 s was spent" in last.reason and "of its 10 items not read" in last.reason
