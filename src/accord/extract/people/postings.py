"""A person's state told by the post he holds and by what the story says elsewhere of that post.

- an envoy posted to a state of the pair ("its ambassador in Ruritania X") is of the pair's other state;
- an envoy named with no state ("Ambassador X was told ...") is of the one state of the pair whose envoy
  the story names ("summoned Ruritania's ambassador", "the Ruritanian envoy");
- an officer named after a body ("Ministry spokesman X") works for the state whose body of that kind the
  story named last before him ("the Ruritanian Foreign Ministry summoned ...").

The cue words are data (``envoy_offices``, ``body_officers``, ``host_prepositions`` of
``resources/<lang>/people_cues.json``).
"""

from __future__ import annotations

import re
from functools import cache

from ... import resources
from ..gazetteer import CountryMention
from ..syntax import role_words
from .lexicon import cue_alternation, cue_words, grammar, word_set

_BODY_WORDS = 3  # capitalised words between a state and its body: "Belarus' Foreign Affairs Ministry"
_BODY_REACH = 30  # characters before an office in which the body it is named after stands
_PORTFOLIO_WORDS = 6  # words of a body's name around its noun: "Ministry of Economy, Trade and Industry"


@cache
def _envoy(lang: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cue_alternation(lang, 'envoy_offices')})\b", re.I)


@cache
def _owned_envoy(lang: str) -> re.Pattern[str]:
    """What follows a state whose envoy is named and left unnamed there: "'s ambassador (on Monday)", " envoy"
    ("Ruritania's Ambassador X", "Ruritania's envoy, X", "Ruritania's ambassador to Freedonia, X" is a person
    whose own words place him)."""
    poss, the = grammar(lang, "possessive_endings"), grammar(lang, "definite_articles")
    posted = rf"(?:\s+(?:{cue_alternation(lang, 'host_prepositions')})\s+(?:(?:{the})\s+)?(?:(?-i:[A-Z])[\w’'-]*\s*)+)?"
    return re.compile(rf"(?:{poss})?\s+(?:{cue_alternation(lang, 'envoy_offices')})\b(?!{posted},?\s+(?-i:[A-Z]))",
                      re.I)


@cache
def _body_before(lang: str) -> re.Pattern[str]:
    """A body's word right before an office: "Ministry (spokesman)", "the embassy's (chargé d'affaires)"."""
    poss = grammar(lang, "possessive_endings")
    return re.compile(rf"\b({cue_alternation(lang, 'body_officers')})(?:{poss})?\s+$", re.I)


@cache
def _owned_body(lang: str, body: str) -> re.Pattern[str]:
    """What follows a state whose body is named: "'s Foreign Ministry", " Defence Ministry"."""
    poss = grammar(lang, "possessive_endings")
    return re.compile(rf"(?:{poss})?\s+(?:(?-i:[A-Z])[\w-]*\s+){{0,{_BODY_WORDS}}}{re.escape(body)}\b", re.I)


def _other(state: str, pair: tuple[str, ...]) -> str | None:
    return next((s for s in pair if s != state), None) if state in pair and len(pair) == 2 else None


def posted_state(role: str | None, office: tuple[int, int] | None, mentions: list[CountryMention],
                 pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """'its ambassador in Ruritania X': an envoy posted to one state of the pair is of the other."""
    if office is None or not role or not _envoy(lang).search(role):
        return None
    the = role_words(lang, "definite_articles")
    for m in mentions:
        if office[0] <= m.start < office[1] and m.kind != "demonym":
            prev = [w.casefold() for w in text[office[0]:m.start].split() if w.casefold() not in the]
            if prev and prev[-1] in cue_words(lang, "host_prepositions"):
                return _other(m.code, pair)
    return None


def envoy_state(role: str | None, mentions: list[CountryMention], pair: tuple[str, ...], text: str,
                lang: str) -> str | None:
    """'Ambassador X', with no state: the one state of the pair whose envoy the story names."""
    if not role or not _envoy(lang).search(role):
        return None
    owners = {m.code for m in mentions if m.code in pair and (_owned_envoy(lang).match(text, m.end) or (
        _envoy_before(lang).search(text, max(0, m.start - _ENVOY_REACH), m.start)
        and not _named_after(lang).match(text, m.end)))}
    return next(iter(owners)) if len(owners) == 1 else None


_ENVOY_REACH = 40  # characters before a state in which its envoy or embassy stands: "временного поверенного в делах"


@cache
def _envoy_before(lang: str) -> re.Pattern[str]:
    """An envoy or an embassy right before the state it serves: "the ambassador of", "посла", "посольство"."""
    of, the = grammar(lang, "genitive"), grammar(lang, "definite_articles")
    bodies = cue_alternation(lang, "envoy_bodies")
    return re.compile(rf"(?<!\w)(?:{cue_alternation(lang, 'envoy_offices')}|{bodies})\s+(?:(?:{of})\s+)?"
                      rf"(?:(?:{the})\s+)?$", re.I)


@cache
def _named_after(lang: str) -> re.Pattern[str]:
    """A name after a state and the place of a posting: "(the ambassador of Ruritania) in Freedonia, X", "(посла
    Литвы) в Москве Виргиниюса Кайриса": that envoy is a person whose own words place him."""
    return re.compile(rf"(?:\s+(?:{cue_alternation(lang, 'host_prepositions')})(?:\s+[A-ZА-ЯЁ][\w’'-]*){{1,3}}?)?"
                      r",?\s+[A-ZА-ЯЁ]")


def body_state(office_start: int | None, mentions: list[CountryMention], pair: tuple[str, ...], text: str,
               lang: str) -> str | None:
    """'Ministry spokesman X', with no state: the state of the pair whose ministry the story named last
    before him."""
    if office_start is None:
        return None
    body = _body_before(lang).search(text[max(0, office_start - _BODY_REACH):office_start])
    if body is None:
        return None
    owned = _owned_body(lang, body.group(1).casefold())
    owners = [m for m in mentions if m.code in pair and m.end <= office_start and owned.match(text, m.end)]
    return owners[-1].code if owners else None


_SPOKESPERSON_REACH = 300  # characters before a bare "Spokesperson X" in which the body he speaks for was named


def spokesperson_state(role: str | None, office_start: int | None, mentions: list[CountryMention],
                       pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """'Ruritania's trade ministry accused ... . Spokesperson X said': a spokesperson named by that office alone
    speaks for the body of a state of the pair named last before him (in his sentence or the one before)."""
    if office_start is None or (role or "").casefold() not in {w.casefold() for w in cue_words(lang, "home_offices")}:
        return None
    poss = grammar(lang, "possessive_endings")
    body = re.compile(rf"(?:{poss})?\s+(?:[\w-]+\s+){{0,{_BODY_WORDS}}}(?:{cue_alternation(lang, 'office_bodies')})\b",
                      re.I)
    owners = [m for m in mentions if m.code in pair and office_start - _SPOKESPERSON_REACH <= m.start
              and m.end <= office_start and body.match(text, m.end)]
    return owners[-1].code if owners else None


@cache
def _owned_portfolio_body(lang: str) -> re.Pattern[str]:
    """What follows a state whose ministry is named with its field: "'s Agriculture Ministry", " Commerce
    Department", "'s Ministry of Economy, Trade and Industry"."""
    poss, of, joined = grammar(lang, "possessive_endings"), grammar(lang, "genitive"), grammar(lang, "coordinators")
    # capitalised words, or field words in lowercase too ("'s trade ministry"), never a clause ("'s envoy was
    # summoned to the Ministry")
    fields = resources.alternation(sorted(word_set(lang, "portfolio_words.txt")))
    words = rf"(?:(?:(?-i:[A-Z])[\w-]*|(?:{fields})(?![\w-])),?\s+(?:(?:{joined})\s+)?)"
    return re.compile(rf"(?:{poss})?\s+({words}{{0,{_PORTFOLIO_WORDS}}}(?:{cue_alternation(lang, 'portfolio_bodies')})"
                      rf"(?:\s+(?:{of})\s+(?:(?-i:[A-Z])[\w-]*(?:,\s*|\s+(?:(?:{joined})\s+)?)){{1,{_PORTFOLIO_WORDS}}})?)",
                      re.I)


def _fields(words: str, lang: str) -> frozenset[str]:
    fields = word_set(lang, "portfolio_words.txt")
    return frozenset(w for w in re.findall(r"[\w-]+", words.casefold()) if w in fields)


def portfolio_state(role: str | None, office_start: int | None, since: int, mentions: list[CountryMention],
                    pair: tuple[str, ...], text: str, lang: str) -> str | None:
    """'On Monday the Ruritanian Commerce Department blacklisted 40 firms. Commerce Secretary X said ...': a
    minister named with no state heads the body of his field that a state of the pair was named with last
    before him, from ``since`` (the start of the sentence before his)."""
    own = _fields(role or "", lang)
    if office_start is None or not own:
        return None
    owners = []
    for m in mentions:
        if m.code not in pair or not since <= m.start or m.end > office_start:
            continue
        body = _owned_portfolio_body(lang).match(text, m.end)
        if body and body.end() <= office_start and own & _fields(body.group(1), lang):
            owners.append(m)
    return owners[-1].code if owners else None
