"""Agreements: the named instruments between the parties, with their status and its date.

An instrument is a noun that names a written document ("memorandum", "joint statement",
"programme") with words that say which one ("on air services", "for 2025-2026"); a bare count
("signed 24 documents") names none. The status is read from the instrument's own modifiers and
then up its chain of syntactic heads (signed, agreed, under negotiation, in force, ended).
Mentions of the same instrument in one story (the visa waiver told three times) are merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ... import resources
from ...facts import Agreement
from ..analysis import AnalyzedDoc, Sentence
from ..dating import date_near
from ..events import EventMention, cluster_mentions, signed_by_firms, story_day
from ..pairs import countries_for
from ..syntax import (
    adposition_of,
    doc_text,
    is_dep,
    is_pos,
    is_tag,
    is_word,
    lemma_of,
    prep_objects,
)
from .amendments import amended_title, amending_word, governed
from .arrangements import ending_verb, restored_relations
from .dates import covered_years, dated_of, year_after
from .in_order import rest_in_order
from .listed import (
    concerned_titles,
    content_words,
    continues_list,
    documents_of_fields,
    elided_titles,
    fields_titles,
    included_titles,
    is_plural,
    list_item,
    listed_titles,
    substituted_titles,
)
from .naming import counterpart_words, filed_form, folded, short_name, state_words
from .parties import instrument_parties, without_mediators
from .projects import backed, founded
from .status import (
    agreement_cues,
    dating_word,
    instrument_status,
    is_future,
    own_status,
    sentence_status,
    status_nearby,
    status_of_word,
    takes_effect_by,
    tensed,
)
from .titles import (
    antecedent_about,
    domain_of_word,
    initials,
    is_instrument_word,
    is_year,
    names_content,
    span_text,
    title_tokens,
    without_trailing_punct,
)


@dataclass
class _Found:
    title: str
    countries: tuple[str, ...]
    status: str
    date: str | None
    sentence: Sentence
    domain: str | None
    content: frozenset[str]
    exchange: bool = False
    initials: frozenset[str] = frozenset()  # "fta" of "free trade agreement"
    ordinals: frozenset[str] = frozenset()  # "first" of "the first executive contract"
    kind: str = ""  # the lemma of the head noun: "agreement"
    anaphor: bool = False  # "the agreement" told again: it names the last instrument of its kind
    amendment: bool = False  # "the upgrade of the FTA" is not the FTA in force


def _instrument_head(tok: Any, lang: str) -> tuple[Any, str | None] | None:
    """The head noun of the instrument ``tok`` names, and its domain ('visa') if it has one."""
    cues = agreement_cues(lang)
    word, lemma = tok.text.lower(), lemma_of(tok)
    if (domain := domain_of_word(word, lang)) is not None:
        head = tok
        while is_dep(head, "compound", "adjective_modifier", "noun_adverbial", "noun_modifier") and is_pos(
            head.head, "noun", "proper_noun"
        ):
            head = head.head
        return head, domain
    if not is_pos(tok, "noun", "proper_noun"):
        return None
    if lemma in cues["exchange_nouns"] and any(
        is_dep(c, "preposition")
        and is_word(c, "genitive")
        and any(lemma_of(g) in cues["exchanged_papers"] for g in c.children)
        for c in tok.children
    ):
        return None if takes_effect_by(tok, lang) else (tok, None)  # "an Exchange of Notes on a yen loan"
    if _exchanged(tok, lang) is not None:
        return tok, None  # "the ministers exchanged notes on the loan"
    kinds = cues["qualified_instruments"].get(lemma, [])
    if kinds and any(is_dep(c, "preposition") and is_word(c, "genitive")
                     and any(lemma_of(g) in kinds for g in c.children) for c in tok.children):
        return tok, None  # "a letter of intent on power interconnection"
    if _is_acronym(tok, lang):
        return tok, None  # "the CEPA took effect", "IK-CEPA"
    if is_instrument_word(tok, lang) and not filed_form(tok, lang):
        if is_dep(tok, "compound") and is_pos(tok.head, "noun", "proper_noun") and status_of_word(
                tok.head, lang) != "proposed":
            return None  # "protocol of the agreement text": the head noun names it; not "the FTA negotiations"
        return tok, None
    verbs = cues["relation_verbs"]
    created = is_dep(tok, "direct_object", "passive_subject") or (
        is_dep(tok, "conjunct") and lemma_of(tok.head.head) in verbs
    )
    # "the strategic partnership announced by the two leaders": the participle after it creates it too
    announced = any(is_dep(c, "clausal_modifier") and is_tag(c, "past_participle") and lemma_of(c) in verbs
                    for c in tok.children)
    if lemma in cues["relations"] and (lemma_of(tok.head) in verbs and created or announced
                                       or _upgraded_to(tok, lang) is not None):
        return tok, None
    if ending_verb(tok, cues) is not None:
        return tok, None
    if restored_relations(tok, cues):
        return tok, str(cues["restored_relations_title"])
    return None


def _exchanged(tok: Any, lang: str) -> Any:
    """'exchanged notes on the loan': the verb that exchanged the papers ``tok`` names, which is their
    signing."""
    cues = agreement_cues(lang)
    # "обменялись нотами": the papers may be a bare oblique case of the verb
    if lemma_of(tok) in cues["exchanged_papers"] and is_dep(tok, "direct_object", "prep_object") and (
            adposition_of(tok) is None and lemma_of(tok.head) in cues["exchange_verbs"]):
        return tok.head
    return None


def _is_acronym(tok: Any, lang: str) -> bool:
    return any(tok.text == a or tok.text.endswith(f"-{a}") for a in agreement_cues(lang)["instrument_acronyms"])


def _raised_status(verb: Any, lang: str) -> tuple[str, Any]:
    """Raising the relation is agreeing on it ('relations were elevated to'), unless the verb that
    governs the raising tells otherwise ('agreed to elevate', 'discussed how to elevate')."""
    if is_dep(verb, "open_complement", "clausal_complement") and (status := status_of_word(verb.head, lang)):
        return tensed(status, verb.head, lang), verb.head
    return tensed("agreed", verb, lang), verb


def _upgraded_to(tok: Any, lang: str) -> Any:
    """'elevated relations to a comprehensive strategic partnership', 'raised ties to the level of
    strategic partnership', 'вышли на уровень стратегического партнерства': the verb that raised the
    relation."""
    cues = agreement_cues(lang)
    prep, above = governed(tok)
    if (prep is None or is_word(prep, "genitive")) and lemma_of(above) in cues["level_nouns"] and above.i != tok.i:
        prep, above = governed(above)  # the level the relation reached names it
    if prep is None or prep.text.lower() not in cues["upgrade_preps"]:
        return None
    # the parser hangs "to" on the verb or on its object ("upgrade their ties to ...")
    for verb in (above, above.head if is_dep(above, "direct_object") else None):
        if verb is not None and lemma_of(verb) in cues["upgrade_verbs"]:
            return verb
    return None


def _ordinals(title: str, lang: str) -> frozenset[str]:
    low = title.lower()
    return frozenset(o for o in agreement_cues(lang).get("ordinal_words", [])
                     if re.search(rf"(?<!\w){resources.stem_regex(o)}(?!\w)", low))


def _self_naming(title: str, lang: str) -> bool:
    low = title.lower()
    return any(re.search(rf"(?<!\w){resources.stem_regex(s)}(?!\w)", low) for s in agreement_cues(lang)["self_naming"])


def _complement(head: Any, verb: Any, lang: str) -> str:
    """What a bare instrument is about when the parser hung it elsewhere: a content complement of its
    verb after it ("signed a contract on Tuesday for the supply of howitzers", "an MoU was signed
    between the ministries"), or the goods it covers ("radars ordered under a contract")."""
    # "the agreement would abolish duties on textiles": what an instrument does is not its name
    acts = is_dep(head, "subject") and head.head.i == verb.i
    for child in () if acts else verb.children:
        if (is_dep(child, "preposition") and child.i > head.i and names_content(child, lang)
                and child.text.lower() not in agreement_cues(lang)["adjunct_preps"]):
            return " ".join(t.text for t in child.subtree)
    for node in (head, verb):
        for child in node.children:
            # "an agreement was signed ... to establish a joint investment company"
            if is_dep(child, "clausal_modifier", "adverbial_clause", "open_complement") and child.i > head.i and any(
                is_dep(c, "auxiliary") and is_word(c, "infinitive") for c in child.children
            ):
                return " ".join(t.text for t in child.subtree)
    cover = agreement_cues(lang)["cover_preps"]
    for clause in head.children:
        # "an agreement under which the number of scholarships will rise": the clause tells what it does
        if is_dep(clause, "relative_clause") and any(
                is_dep(p, "preposition") and p.text.lower() in cover and p.i < clause.i
                and any(is_tag(o, "wh_determiner", "wh_pronoun") for o in prep_objects(p)) for p in clause.children):
            return " ".join(t.text for t in without_trailing_punct(list(clause.subtree)))
    prep = head.head
    if not is_dep(head, "prep_object") or prep.text.lower() not in cover:
        return ""
    if is_dep(prep.head, "clausal_modifier"):
        goods = prep.head.head
        words = [t for t in goods.subtree if t.i < prep.head.i and not is_pos(t, "determiner", "numeral")]
    else:
        # "under a contract signed in 2023, the utility supplies power to the grid": what the clause delivers
        goods = next((c for c in prep.head.children if is_dep(c, "direct_object")), None)
        words = [t for c in (goods.children if goods is not None else ())
                 if is_dep(c, "compound", "adjective_modifier", "preposition") for t in c.subtree]
        words = sorted([*words, goods], key=lambda t: t.i) if goods is not None else []
    if words:
        return " ".join([agreement_cues(lang)["title_purpose_link"], *(t.text for t in words)])
    return ""


def _named_enough(head: Any, toks: list[Any], title: str, content: frozenset[str], got: Any, lang: str) -> bool:
    """Weak heads ('plans', 'programs', 'a deal') name an instrument only when capitalised, signed, in
    force or ended; a plural names instruments only with words saying what they are about."""
    cues = agreement_cues(lang)
    status = got[0] if got else None
    if is_dep(head, "apposition") and not head.text[0].isupper() and any(
            t.i < head.i and (is_tag(t, "superlative") or t.text.lower() in cues["ordinal_words"]
                              and all(u.i <= head.i for u in toks)) for t in toks):
        # "..., the largest arms export deal in its history", "the oil contract, the first big deal the
        # junta signed abroad": what the instrument told was, not a name
        return False
    # "Kabul terminated the contract for oil extraction": one a side ended is one of theirs; "the gas
    # contract between two firms expired" tells of some contract
    ended = status == "ended" and got[1].i == head.head.i and is_dep(head, "direct_object")
    if (head.text.lower() in cues["weak_instruments"] and not head.text[0].isupper()
            and not _self_naming(title, lang) and status not in ("signed", "in_force") and not ended
            and not _to_be_drafted(head, toks, lang)):
        return False
    first = head  # "three agreements were signed: a memorandum on X, a credit line for Y": an item of the list
    while is_dep(first, "conjunct", "apposition") and first.head.i != first.i:
        first = first.head
    if lemma_of(head) in cues["signed_only_instruments"] and (
            status != "signed" or got[1] not in (head.head, first.head) and got[1] not in head.subtree):
        # "signed regulations on joint work"; "customs regulations took effect" are a state's own; "the signing
        # of notes on a yen loan" signs the notes
        return False
    if is_plural(head, lang):
        left = [t for t in toks if t.i < head.i and content_words(t.text, lang)]
        values = set(cues["value_words"])
        about = [
            c
            for c in head.children
            if is_dep(c, "preposition", "clausal_modifier") and c.text.lower() in cues["plural_preps"]
            and not any(lemma_of(o) in values for o in prep_objects(c))  # "contracts for a sum of $5 million"
        ]
        if _is_bare_count(head, lang):
            return bool(about)  # "a series of energy agreements", "12 trade deals": how many, not which
        # the parser may make the value word govern the plural ("agreements worth" read as a clause)
        # ... or hang the plural on the value ("the value of construction contracts")
        of_value = is_dep(head, "prep_object") and is_word(head.head, "genitive") and lemma_of(head.head.head) in values
        if of_value or any(lemma_of(t) in values for t in (*head.subtree, head.head)):
            return bool(about)  # "commercial agreements worth $50 million": how much, not which
        if head.text.lower() in cues["weak_instruments"] and not head.text[0].isupper():
            # "housing programmes", "long-term supply contracts": a kind of thing, not instruments of the pair
            return bool(about)
        return bool(left or about or content and status == "proposed")
    return True


def _to_be_drafted(head: Any, toks: list[Any], lang: str) -> bool:
    """'agreed to prepare a new programme of trade cooperation for 2026-2030', 'will sign the supply
    contract next week', 'expect the port contract to be signed': a weak instrument the parties are to
    draft or sign, whose title says what it is about, is one they propose."""
    cues = agreement_cues(lang)
    verbs = (*cues["drafting_verbs"], *cues["status_lemmas"]["signed"])
    to_sign = is_dep(head, "direct_object") or is_dep(head, "passive_subject") and is_future(head.head, lang)
    return len(toks) > 1 and to_sign and not is_plural(head, lang) and lemma_of(head.head) in verbs


def _is_bare_count(head: Any, lang: str) -> bool:
    counts = set(agreement_cues(lang)["count_heads"])
    if any(is_dep(c, "number_modifier") and not is_year(c) for c in head.children):
        return True
    up = head.head
    return is_dep(head, "prep_object") and is_word(up, "genitive") and lemma_of(up.head) in counts


def _mentions_in(sentence: Sentence, a: AnalyzedDoc, signing_date: str | None, last_status: str | None,
                 session: str | None = None) -> list[_Found]:
    """The instruments of a sentence; ``session`` is the day of the commission session the story
    reports, when it reports one on a day."""
    countries = without_mediators(tuple(countries_for(sentence, a)), sentence, a)
    if len(countries) < 2:
        return []
    covered: set[int] = set()
    out = []
    told: tuple[str, Any] | None = None  # the status of the instrument before in the sentence
    told_recalled = False  # ... given because its title names one that exists
    periods: set[str] = set()  # the years the titles of the sentence cover
    for tok in sentence.span:
        if tok.i in covered:
            continue
        found = _instrument_head(tok, a.lang) or ((tok, None) if documents_of_fields(tok, sentence, a.lang) else None)
        if found is None:
            continue
        head, domain = found
        record_day: str | None = None
        toks = title_tokens(head, a.lang)
        toks += rest_in_order(toks, head, sentence, a.lang)
        covered.update(t.i for t in toks)
        covered.add(head.i)
        if any(t.i > head.i and is_word(t, "relative_pronouns") for t in toks):
            continue  # "союз, договор о создании которого был подписан": told of another thing, in its clause
        title = _told_before(toks, head, sentence, a.lang) if toks else head.text
        if domain == agreement_cues(a.lang)["restored_relations_title"]:
            title = domain
        if about := antecedent_about(head, sentence, a.lang):
            title = f"{title} {about}"
        raised = _upgraded_to(head, a.lang)
        shared_recall = False
        got = instrument_status(head, toks, a.lang, amending_word(head, a.lang) is not None) if raised is None else (
            _raised_status(raised, a.lang))
        if got is None and (ender := ending_verb(head, agreement_cues(a.lang))) is not None:
            got = "ended", ender  # "ended its development cooperation with Y"
        if (swapped := _exchanged(head, a.lang)) is not None:
            got = tensed("signed", swapped, a.lang), swapped
            title = agreement_cues(a.lang)["exchange_title"].format(papers=title)
        if (backing := backed(head, a.lang)) is not None:
            got = "signed", backing[0]  # "the pipeline, backed by a joint declaration in 2023": one that exists
            title = f"{title} {agreement_cues(a.lang)['title_about_link']} {backing[1]}"
        if (founding := founded(head, a.lang)) is not None:
            if got is None or got[0] not in ("signed", "in_force"):
                got = "signed", founding[0]  # "the university, created under the 2009 agreement": one that exists
            title = f"{title} {agreement_cues(a.lang)['title_about_link']} {founding[1]}"
        if got is None and told is not None and is_dep(head, "conjunct", "apposition"):
            got = told  # "signed an agreement on X, a memorandum on Y and ...": a list shares its verb
            shared_recall = told_recalled
        if got is None and last_status is not None and (list_item(head, sentence) or continues_list(head, a.lang)):
            got = last_status, head  # a list of the documents the sentence before signed
        if got is None:
            got = status_nearby(toks[-1] if toks else head, a.lang) or _signed_before(head, sentence, a.lang)
        ones = substituted_titles(head, sentence, a.lang)  # "... including one on X", "and a second one on Y"
        titles = (listed_titles(head, sentence, a.lang) or included_titles(head, sentence, a.lang)
                  or concerned_titles(head, sentence, a.lang) or (ones if is_plural(head, a.lang) else [])
                  or fields_titles(head, sentence, a.lang) or elided_titles(head, sentence, a.lang))
        if not titles:
            content = content_words(title, a.lang) - counterpart_words(head, a.lang)
            if not domain and swapped is None and not _named_enough(head, toks, title, content, got, a.lang):
                continue
            if (not content and not domain and got is not None and got[0] in ("in_force", "signed")
                    and _bare_definite(head, toks, a.lang) and _done(got[1])):
                # "The agreement has since entered into force", "The agreement was signed in Lima on 3 May":
                # the instrument of that kind told before
                day = date_near(sentence, [got[1], head], a.anchor, a.lang, allow_from=True, allow_since=True)
                out.append(_Found(title, countries, got[0], day, sentence, None, frozenset(),
                                  kind=lemma_of(head), anaphor=True))
                continue
            if not content and not domain and not _self_naming(title, a.lang):
                if _is_bare_count(head, a.lang) or got is None or got[0] != "signed" or is_tag(head, "plural_noun"):
                    continue
                title = f"{title} {_complement(head, got[1], a.lang)}".strip()
                record = session is not None and lemma_of(head) in agreement_cues(a.lang)["session_records"]
                if record:
                    # "the co-chairs signed the protocol": the record of the session the story reports,
                    # signed on its day, whatever its clause goes on to date
                    record_day = session
                if not content_words(title, a.lang) - counterpart_words(head, a.lang):
                    if not record:
                        continue
                    title = agreement_cues(a.lang)["session_record_title"].format(record=head.text)
            titles = [title, *ones]
        dated = year_after(toks, head, a.anchor, a.lang)  # "the agreement on X from 2009"
        recalled = got is None and (_proper_title(head, toks, a.anchor) or _dated_title(head, toks, title, a) or bool(
            dated)) or (shared_recall or founding is not None)
        change = amending_word(head, a.lang)
        # "upgrade the 2005 agreement, in force since 2007": the old instrument told with its own status, and
        # its change, to come
        changes = [amended_title(t, change, a.lang) for t in titles] if change is not None else []
        own = own_status(head, toks, a.lang) if changes else None
        if own is not None and own[0] in ("in_force", "ended"):
            got = own  # "negotiations on the modernisation of the FTA, in force since 2004"
        if got is not None and changes and (got[1].i not in {change.i, *(t.i for t in change.ancestors)} or (
                got[0] == "in_force" and is_future(change, a.lang))):  # "wants to upgrade X, in force since"
            change = None
        elif change is not None:
            titles, changes = changes, []
            if recalled or got is None:  # "began a revision of the 1998 treaty", "rounds of talks to upgrade
                recalled, got = False, ("proposed", change)  # the FTA": a change told without a stage is to come
        if recalled:
            got = "signed", head  # "the 1965 Treaty on Basic Relations, which normalized ties": one that exists
        if got is None:
            continue  # a named instrument the sentence neither signs, discusses nor applies
        cues = agreement_cues(a.lang)
        # "a facilitation of visas": the noun the visas hang from names the regime
        bare = head.text.lower() in cues["domains"].get(domain or "", []) and not (
            is_dep(head, "prep_object") and is_pos(head.head.head, "noun"))
        restricted = bare or lemma_of(head) in cues.get("restriction_nouns", [])
        if domain and got[0] not in ("in_force", "ended") and restricted:
            continue  # "stopped issuing work visas", "considering visa restrictions": visas, not a visa regime
        status, word = got
        told, told_recalled = (status, word), recalled
        if status == "signed" and is_plural(head, a.lang) and signed_by_firms(word, a.lang):
            continue  # "firms signed deals": business contracts; "firms signed an agreement on X" names one
        # the year in "a revision of the 1998 treaty" is the old instrument's
        dating = dating_word(status, word, toks[-1] if toks else head, a.lang)
        date = (dated_of(head, toks, sentence, a.anchor) if change is None else None) or (date_near(
            sentence, [dating, head], a.anchor, a.lang, allow_from=True, allow_since=status == "in_force", nearest=True)
            if dating is not None else None)
        periods |= covered_years(toks, a.lang)  # ... and those of the instruments told before it in a list
        if date in periods:
            date = None  # "the programme for 2024-2026 signed today" was not signed in 2024
        if record_day is not None:
            date = record_day
        if date is None and status in ("signed", "agreed") and not recalled and dating is not None:
            date = (signing_date if signing_date not in periods else None) or a.anchor
        if recalled:
            # "the Visa Waiver Agreement of 2022": a title's own year is when it was signed
            date = next((t.text for t in toks if is_year(t)), None) or dated or date
        parties = instrument_parties(head, word, sentence, a, countries)
        if not parties:
            continue
        entries = [(t, status, date, change is not None) for t in titles]
        entries += [(t, "proposed", None, True) for t in changes]
        for title, status, date, amendment in entries:
            content = content_words(title, a.lang)
            # "between Ruritania and Freedonia" tells the parties, not which instrument it is
            key = content - state_words(sentence)
            out.append(_Found(title, parties, status, date, sentence, domain,
                              (folded(key or content, sentence, a.lang) or frozenset({title.lower()}))
                              | short_name(title, toks[-1] if toks else head),
                              lemma_of(head) in agreement_cues(a.lang)["exchange_nouns"] or swapped is not None,
                              initials(title, a.lang), _ordinals(title, a.lang), lemma_of(head),
                              amendment=amendment))
    return out


def _done(verb: Any) -> bool:
    """'entered into force', 'has since taken effect', 'was ratified': told as done, not 'still has to be
    ratified', 'can take effect', 'has not entered into force'."""
    if any(is_dep(c, "negation") for c in verb.children):
        return False
    auxes = [c for c in verb.children if is_dep(c, "auxiliary", "passive_auxiliary")]
    return is_tag(verb, "past_tense") or is_tag(verb, "past_participle") and bool(auxes) and all(
        is_tag(c, "past_tense", "present", "present_third_person", "past_participle") for c in auxes)


def _bare_definite(head: Any, toks: list[Any], lang: str) -> bool:
    """'the agreement', 'the treaty': an instrument noun with a definite article and nothing else."""
    return (len(toks) == 1 and not is_plural(head, lang) and any(is_word(c, "definite_articles") for c in head.children)
            and all(is_word(c, "definite_articles") for c in head.children if c.i < head.i))


def _told_before(toks: list[Any], head: Any, sentence: Sentence, lang: str) -> str:
    """'the agreement on the railway', after 'the Ulan-Kyakhta cross-border railway': a bare noun the
    title is about, made definite, names what an earlier sentence named in full; 'the project' names the
    work the sentence before named."""
    for k, tok in enumerate(toks):
        if (tok.i == head.i or not is_dep(tok, "prep_object") or not is_pos(tok, "noun")
                or [c for c in tok.children] != [c for c in tok.children if is_word(c, "definite_articles")]
                or not any(is_word(c, "definite_articles") for c in tok.children)):
            continue
        for earlier in reversed(tok.doc[: sentence.span.start]):
            named = [c for c in earlier.children
                     if c.i < earlier.i and is_dep(c, "compound", "adjective_modifier", "noun_modifier")]
            same = lemma_of(earlier) == lemma_of(tok) or (
                lemma_of(tok) in agreement_cues(lang).get("project_nouns", [])
                and earlier.i >= sentence.span.start - len(earlier.sent) and is_pos(earlier, "noun"))
            if same and any(is_pos(t, "proper_noun") for c in named for t in c.subtree):
                start = tok.doc[min(c.left_edge.i for c in named)].idx
                full = " ".join(doc_text(tok.doc)[start : earlier.idx + len(earlier.text)].split())
                before = span_text(toks[:k], sentence) if k else ""
                after = span_text(toks[k + 1 :], sentence) if k + 1 < len(toks) else ""
                return " ".join(x for x in (before, full, after) if x)
    return span_text(toks, sentence)


def _proper_title(head: Any, toks: list[Any], anchor: str | None) -> bool:
    """'the Treaty on Basic Relations', 'the Visa Waiver Agreement of 2022', 'the 1904 Treaty': an
    instrument named by a title in capitals (its head and a word of what it is about, after it or hung on
    it before it, or the past year right before it), not opening the sentence."""
    after = [t for t in toks if t.i > head.i and t.is_alpha and t.text[:1].isupper()]
    # before the head, capitals name it only with the year it is of: "the Air Services Agreement" may be
    # any such agreement, one still to come; "the 2019 Air Services Agreement" is the one there is
    before = [t for t in toks if t.i < head.i and t.is_alpha and t.text[:1].isupper()]
    # "the 1904 Treaty": a capitalised head after a past year is the one of that year
    years = [t for t in toks if is_year(t) and (anchor is None or t.text <= anchor[:4])]
    named = bool(after) or bool(years) and (bool(before) or years[-1].i == head.i - 1)
    return head.text[:1].isupper() and min(t.i for t in (*toks, head)) != head.sent.start and named


def _dated_title(head: Any, toks: list[Any], title: str, a: AnalyzedDoc) -> bool:
    """'the 2004 agreement on the protection of minorities', 'under a 2019 deal on fisheries': an
    instrument named by the past year it is of and by what it is about is one that exists, in
    capitals or not; a span of years ('the 2026-2030 programme') is the period a plan covers."""
    years = [t for t in toks if t.i < head.i and is_year(t)]
    if len(years) != 1 or a.anchor is not None and int(years[0].text) > int(a.anchor[:4]):
        return False
    year = years[0]
    after = year.doc[year.i + 1] if year.i + 1 < len(year.doc) else None
    if after is not None and after.text in "-–/":
        return False
    return bool(content_words(title, a.lang) - {year.text} - counterpart_words(head, a.lang))


def _signed_before(head: Any, sentence: Sentence, lang: str) -> tuple[str, Any] | None:
    """'signed 11 instruments, among them an agreement on X': an instrument the parse leaves hanging
    after a finished signing in its own sentence is one of the documents signed."""
    for tok in sentence.span:
        if tok.i >= head.i:
            return None
        if (is_pos(tok, "verb") and is_tag(tok, "past_tense") and status_of_word(tok, lang) == "signed"
                and not is_future(tok, lang) and head.head.i != tok.i and not _under_verb(head)):
            return "signed", tok
    return None


def _under_verb(head: Any) -> bool:
    """The instrument hangs from a verb of its own through objects, prepositions and conjuncts."""
    node = head
    while node.head.i != node.i and is_dep(node, "prep_object", "preposition", "conjunct", "direct_object"):
        node = node.head
        if is_pos(node, "verb"):
            return True
    return False


def _same(x: _Found, y: _Found) -> bool:
    if x.countries != y.countries or x.exchange != y.exchange or x.amendment != y.amendment:
        return False  # an exchange of notes on a loan and the loan agreement are two instruments
    if x.domain or y.domain:
        return x.domain == y.domain
    if x.ordinals and y.ordinals and x.ordinals != y.ordinals:
        return False  # "the first executive contract" and "the second" are two of a kind
    return x.content <= y.content or y.content <= x.content \
        or x.content == y.initials or y.content == x.initials  # "the FTA" told after "a free trade agreement"


def find_agreements(a: AnalyzedDoc, mentions: list[EventMention]) -> list[Agreement]:
    """The agreements of a story; ``mentions`` are its event mentions (``find_event_mentions``), whose
    signings date the instruments."""
    day = story_day(cluster_mentions([m for m in mentions if m.type == "CONSULT"], a.anchor), a.anchor)
    clusters = cluster_mentions([m for m in mentions if m.type == "AGREE"], a.anchor)
    # an undated signing took place on the story's day, as its event does
    signing = {m.sentence.index: c.date or day for c in clusters for m in c.mentions}
    sessions = [c for c in cluster_mentions([m for m in mentions if m.type == "CONSULT"], a.anchor)
                if not c.planned and any(m.mode == "commission" and not m.background for m in c.mentions)]
    # a session the story gives no day of may be a plan ("agreed to hold the next session this year")
    session = next((d for c in sessions if (d := c.date or day) and len(d) == len("2024-01-01")), None)
    priority = list(agreement_cues(a.lang)["status_priority"])
    merged: list[_Found] = []
    last_status: str | None = None
    last_signing: str | None = None  # the date of the sentence that leads a list ("were signed:")
    for sentence in a.sentences:
        for f in _mentions_in(sentence, a, signing.get(sentence.index, last_signing), last_status, session):
            if f.anaphor:
                told = next((m for m in reversed(merged) if m.kind == f.kind and m.countries == f.countries), None)
                if told is not None and priority.index(f.status) < priority.index(told.status):
                    told.status, told.date, told.sentence = f.status, f.date, f.sentence
                elif told is not None and f.status == told.status and told.date is None:
                    told.date = f.date  # "... ratified the agreement. The agreement was signed on 3 May"
                continue
            twin = next((m for m in merged if _same(m, f)), None)
            if twin is None and f.status == "proposed" and any(
                    m.amendment and _same(m, replace(f, amendment=True)) for m in merged):
                continue  # "hope to close the talks on the FTA" after "the upgrade of the FTA": that upgrade
            if twin is None:
                merged.append(f)
                continue
            better = priority.index(f.status) < priority.index(twin.status)
            # a proper title ("the Defence Cooperation Agreement") beats a longer description of it
            longer = len(f.title) > len(twin.title) and (f.title[0].isupper() or not twin.title[0].isupper())
            if better:
                twin.status, twin.date, twin.sentence = f.status, f.date, f.sentence
            elif f.status == twin.status and twin.date is None and f.date is not None:
                twin.date = f.date  # "the CEPA took effect in January 2023" dates the agreement told before
            if longer and not twin.domain:
                twin.title, twin.content = f.title, f.content
        if status := sentence_status(sentence, a.lang):
            last_status, last_signing = status, signing.get(sentence.index)
    spelled = agreement_cues(a.lang).get("spelled_acronyms", {})
    return [
        Agreement(
            # "the FTA talks", the instrument told by its acronym alone: what it stands for, the acronym after
            title=f"{spelled[f.title]} ({f.title})" if f.title in spelled else f.title,
            countries=list(f.countries), status=f.status, date=f.date, evidence=f.sentence.evidence
        )
        for f in sorted(merged, key=lambda f: f.amendment)  # an instrument before the change of it
    ]
