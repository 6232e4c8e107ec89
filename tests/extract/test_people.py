from accord.document import CleanDocument
from accord.extract.analysis import AnalyzedDoc, analyse
from accord.extract.people import find_people, people_in


def analysed(text: str) -> AnalyzedDoc:
    doc = CleanDocument(doc="t.txt", source="t.txt", text=text, title=None, language="en", published="2024-05-02")
    result = analyse([doc])[0]
    assert result is not None
    return result


def test_office_before_name_with_demonym_and_of_country() -> None:
    a = analysed(
        "Kyrgyz President Sadyr Japarov received the Minister of Energy of the Republic of Kazakhstan "
        "Almasadam Satkaliyev in Bishkek. Japarov praised the joint hydropower projects of Kyrgyzstan and Kazakhstan."
    )
    got = {(p.name, p.country, p.role) for p in find_people(a)}
    assert got == {("Sadyr Japarov", "KGZ", "President"), ("Almasadam Satkaliyev", "KAZ", "Minister of Energy")}


def test_apposition_after_name_and_other_side_inferred() -> None:
    a = analysed(
        "Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, met President of Mongolia "
        "Ukhnaa Khurelsukh in Ulaanbaatar to discuss trade between the United Arab Emirates and Mongolia."
    )
    got = {(p.name, p.country, p.role) for p in find_people(a)}
    assert got == {
        ("Abdullah bin Zayed Al Nahyan", "ARE", "Minister of Foreign Affairs"),
        ("Ukhnaa Khurelsukh", "MNG", "President"),
    }


def test_short_forms_merge_and_journalists_stay_out() -> None:
    a = analysed(
        "By Maria Lopez\nChilean Foreign Minister Alberto van Klaveren visited Peru on Monday. "
        "Mr van Klaveren said Chile and Peru would expand mining cooperation. "
        "Peruvian Prime Minister Gustavo Adrianzen welcomed him."
    )
    people = find_people(a)
    assert {(p.name, p.country) for p in people} == {("Alberto van Klaveren", "CHL"), ("Gustavo Adrianzen", "PER")}
    second = a.sentences[1]
    assert people_in(second, people) == ["Alberto van Klaveren"]
