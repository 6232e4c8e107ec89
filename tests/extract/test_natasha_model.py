"""The Russian pipeline builds a spaCy Doc over the exact text: sentences per line, lemmas, entities, a parse."""

from __future__ import annotations

import pytest

from accord.document import CleanDocument
from accord.extract import analysis
from accord.extract.analysis import analyse, load_model
from accord.extract.natasha_model import data_dir, load_pipeline

TEXT = ("Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Шавкатом Мирзиёевым в Ташкенте.  "
        "Товарооборот вырос на 7,3%.\n\nСтороны подписали соглашение\nо сотрудничестве.\n")


def test_the_model_files_are_found_without_importing_natasha() -> None:
    import sys

    assert (data_dir("ru") / "emb").is_dir()
    assert "natasha" not in sys.modules


def test_the_doc_keeps_the_text_and_ends_a_sentence_at_each_line_break() -> None:
    doc = load_pipeline("ru")(TEXT)
    assert doc.text == TEXT
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Шавкатом Мирзиёевым в Ташкенте.",
        "Товарооборот вырос на 7,3%.",
        "Стороны подписали соглашение",
        "о сотрудничестве.",
    ]


def test_tokens_carry_lemmas_cases_entities_and_a_dependency_parse() -> None:
    doc = load_pipeline("ru")(TEXT)
    by_text = {t.text: t for t in doc}
    assert by_text["Ташкенте"].lemma_ == "Ташкент"
    assert by_text["Мирзиёевым"].lemma_ == "Мирзиёев"
    assert by_text["Токаев"].lemma_ == "Токаев"
    assert by_text["провёл"].lemma_ == "провести"
    assert by_text["Казахстана"].morph.get("Case") == ["Gen"]
    assert ("Касым-Жомарт Токаев", "PER") in [(e.text, e.label_) for e in doc.ents]
    assert ("Ташкенте", "LOC") in [(e.text, e.label_) for e in doc.ents]
    assert by_text["Президент"].dep_ == "nsubj" and by_text["Президент"].head.text == "провёл"


def test_the_russian_model_is_loaded_once_and_only_for_russian(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_model("ru") is load_model("ru")
    monkeypatch.setattr(analysis, "pipeline_language", lambda lang: lang == "ru")
    [ru] = analyse([CleanDocument(doc="r.txt", source="r.txt", text=TEXT, language="ru")])
    assert ru is not None and ru.lang == "ru"
    assert [s.text for s in ru.sentences][1] == "Товарооборот вырос на 7,3%."
    assert sorted(ru.story_pair) == ["KAZ", "UZB"]  # Казахстана, and Ташкенте for Uzbekistan


def test_russian_is_held_back_from_extraction_until_its_rules_are_in() -> None:
    assert not analysis.pipeline_language("ru")
    assert analysis.pipeline_language("en")


def test_every_sentence_is_one_tree_that_spacy_can_walk() -> None:
    from accord.extract.natasha_model import _tree

    assert _tree([1, 2, 0]) == [0, 2, 0]  # a cycle without a root: the first token roots it
    assert _tree([-1, 0, -1, 2]) == [0, 0, 0, 2]  # a second root hangs from the first
    doc = load_pipeline("ru")("По итогам переговоров, которые прошли в Астане, стороны подписали 12 документов, "
                          "в том числе соглашение о сотрудничестве в области энергетики, транспорта и логистики, "
                          "а также дорожную карту, меморандумы и протокол заседания межправкомиссии.")
    assert all(s.root.head == s.root for s in doc.sents)


def test_a_name_with_a_run_of_spaces_inside_stays_one_entity() -> None:
    doc = load_pipeline("ru")("Президент Казахстана Касым-Жомарт   Токаев прибыл в Москву.")
    assert ("Касым-Жомарт   Токаев", "PER") in [(e.text, e.label_) for e in doc.ents]
