import pytest

from accord import resources
from accord.extract.gazetteer import find_mentions, in_story, lookup, resolve_country, shared_forms_resolved

# The 193 UN member states, written out independently of the lexicon.
UN_MEMBERS = str.split("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""")

# Demonyms two states share in English; the gazetteer reads them as the larger state.
SHARED_DEMONYM = {"COG": "COD", "DMA": "DOM"}


def _rows() -> dict[str, dict[str, str]]:
    return {row["code"]: row for row in resources.tsv_table("en", "countries.tsv")}


def test_un_member_list_is_complete() -> None:
    assert len(set(UN_MEMBERS)) == 193


@pytest.mark.parametrize("code", UN_MEMBERS)
def test_every_un_member_name_demonym_and_capital_resolves(code: str) -> None:
    row = _rows()[code]
    name = row["names"].split("|")[0]
    capital = row["capitals"].split("|")[0]
    # Beside another state, as in a story about relations, so even guarded forms count.
    for form, kind in ((name, "name"), (capital, "capital")):
        found = find_mentions(f"Officials of France met in {form} and with {form} delegates.")
        assert (code, kind) in {(m.code, m.kind) for m in found}, form
    demonyms = [d for d in row["demonyms"].split("|") if d]
    if code in SHARED_DEMONYM:
        found = find_mentions("Congolese and Dominican officials met French envoys.")
        assert SHARED_DEMONYM[code] in {m.code for m in found}
        return
    assert demonyms, f"no demonym for {code}"
    found = find_mentions(f"The {demonyms[0]} delegation met French officials.")
    assert (code, "demonym") in {(m.code, m.kind) for m in found}


def test_hand_written_sentences() -> None:
    text = "Tajik President Emomali Rahmon met Iran’s interior minister in Dushanbe."
    assert [(m.text, m.code, m.kind) for m in find_mentions(text)] == [
        ("Tajik", "TJK", "demonym"), ("Iran", "IRN", "name"), ("Dushanbe", "TJK", "capital"),
    ]


def test_hyphenated_and_dashed_pairs() -> None:
    text = "Tajik-Azerbaijani ties, Russia-Tajikistan talks, a Kazakh-Turkish forum, China—Kyrgyzstan—Uzbekistan rail."
    assert [m.code for m in find_mentions(text)] == ["TJK", "AZE", "RUS", "TJK", "KAZ", "TUR", "CHN", "KGZ", "UZB"]


def test_longest_form_wins() -> None:
    text = "Papua New Guinea, Guinea-Bissau, South Sudan and the Dominican Republic"
    assert [m.code for m in find_mentions(text)] == ["PNG", "GNB", "SSD", "DOM"]


def test_variants_and_metonyms() -> None:
    text = "South Korea, the UAE and Türkiye; Korean and Emirati firms; the Kremlin and the White House."
    assert [m.code for m in find_mentions(text)] == ["KOR", "ARE", "TUR", "KOR", "ARE", "RUS", "USA"]


def test_igos() -> None:
    text = "The EU, the SCO, the Organization of Turkic States and the Eurasian Economic Union."
    assert [m.code for m in find_mentions(text)] == ["IGO:EU", "IGO:SCO", "IGO:OTS", "IGO:EAEU"]
    assert all(m.kind == "igo" for m in find_mentions(text))


def test_person_names_and_us_states_do_not_fire() -> None:
    assert find_mentions("Michael Jordan and Chad Smith spoke to the Washington Post in New Mexico.") == []
    assert find_mentions("The governor of Georgia met George Washington fans.") == []


def test_ambiguous_names_count_with_corroboration() -> None:
    assert [m.code for m in find_mentions("Georgia and Armenia signed a transit deal.")] == ["GEO", "ARM"]
    assert [m.code for m in find_mentions("Jordan exports potash. Amman said so.")] == ["JOR", "JOR"]


def test_capital_in_headline_capitals() -> None:
    assert [m.code for m in find_mentions("DUSHANBE, May 3 (Reuters) - TAJIKISTAN and IRAN")] == ["TJK", "TJK", "IRN"]


def test_russian_forms_take_case_endings() -> None:
    text = "Президент Таджикистана прибыл в Москву. Таджикско-российские отношения, КНР, ШОС."
    assert [(m.code, m.kind) for m in find_mentions(text, "ru")] == [
        ("TJK", "name"), ("RUS", "capital"), ("TJK", "demonym"), ("RUS", "demonym"),
        ("CHN", "name"), ("IGO:SCO", "igo"),
    ]


def test_lookup_gives_kind() -> None:
    assert lookup("Tajik") == ("TJK", "demonym")
    assert lookup("Tehran") == ("IRN", "capital")
    assert lookup("ICAO") == ("IGO:ICAO", "igo")
    assert lookup("Atlantis") is None


@pytest.mark.parametrize(
    ("value", "code"),
    [("Russia", "RUS"), ("russian federation", "RUS"), ("TJK", "TJK"), ("tjk", "TJK"), ("tj", "TJK"),
     ("Iran’s", "IRN"), ("Kyrgyz", "KGZ"), ("EU", "IGO:EU"), ("igo:EU", "IGO:EU"), ("Таджикистан", "TJK"),
     ("Atlantis", None), ("", None)],
)
def test_resolve_country(value: str, code: str | None) -> None:
    assert resolve_country(value) == code


def test_a_currency_named_after_a_state_is_not_a_mention_of_it() -> None:
    text = ("Norway lent 40 million US dollars, US$ 12 million and 3 million U.S. dollars, "
            "repaid in Canadian dollars, to the United States.")
    assert [(m.code, m.text) for m in find_mentions(text)] == [("NOR", "Norway"), ("USA", "United States")]


def test_an_ambiguous_state_name_after_an_office_s_of_is_the_state() -> None:
    text = "The Minister of Economy of Georgia Levan Davitashvili arrived in Armenia."
    assert [m.code for m in find_mentions(text)] == ["GEO", "ARM"]
    # without the office's "of", a capitalised word after it still reads as a person's name
    assert [m.code for m in find_mentions("Singer Georgia Brown performed in Armenia.")] == ["ARM"]


def test_a_compound_adjectives_first_part_is_its_state_not_a_capital_of_the_same_spelling() -> None:
    found = find_mentions("The Colombo-Peruvian business council met in Colombo, not in a Colombo-based office.")
    assert [(m.code, m.text) for m in found] == [("COL", "Colombo"), ("PER", "Peruvian"), ("LKA", "Colombo"),
                                                  ("LKA", "Colombo")]


def test_a_shared_short_form_is_the_state_the_story_names_otherwise() -> None:
    drc = find_mentions("Angola and the Democratic Republic of Congo reopened the border; trade with Congo fell.")
    assert [m.code for m in shared_forms_resolved(drc, drc)] == ["AGO", "COD", "COD"]
    brazzaville = find_mentions("Gabon and the Republic of the Congo met; Congo sells timber.")
    assert [m.code for m in shared_forms_resolved(brazzaville, brazzaville)] == ["GAB", "COG", "COG"]
    alone = find_mentions("Congo and Gabon signed a fisheries deal.")
    assert [m.code for m in shared_forms_resolved(alone, alone)] == ["COG", "GAB"]


def test_a_short_form_two_states_share_is_the_one_the_text_names_by_its_own_form() -> None:
    def codes(text: str) -> list[str]:
        found = find_mentions(text)
        return [m.code for m in in_story(found, found)]

    assert codes("Congo and Angola opened a bridge; ministers met in Kinshasa.") == ["COD", "AGO", "COD"]
    assert codes("Brazzaville hosted Congo and Cameroon officials.") == ["COG", "COG", "CMR"]
    # nothing tells which Congo: the first listed, as the lexicon always read it
    assert codes("Congo and Cameroon signed a fisheries accord.") == ["COG", "CMR"]
    # both named: the bare form stays as the lexicon reads it
    assert codes("Congo talks: Kinshasa and Brazzaville sent envoys.") == ["COG", "COD", "COG"]
    # a capital that stands for an organisation seated there, in a story that names it and not the state
    assert codes("Brussels froze talks with Moldova, the European Union said.") == ["IGO:EU", "MDA", "IGO:EU"]
    assert codes("Brussels and Paris signed a rail deal; Belgium pays half.") == ["BEL", "FRA", "BEL"]


def test_country_form_that_is_a_surname_is_no_country() -> None:
    text = "Prime Minister Rui Montenegro said the talks with Spain went well."
    assert [m.code for m in find_mentions(text)] == ["ESP"]
    assert [m.code for m in find_mentions("Montenegro and Serbia opened the border crossing.")] == ["MNE", "SRB"]


@pytest.mark.parametrize(("text", "codes"), [
    ("Among the guests at the Batumi reception was the Ambassador of Austria to Georgia Lukas Brandl.", ["AUT", "GEO"]),
    ("Ambassador to Georgia Ana Ruiz of Spain presented her credentials.", ["GEO", "ESP"]),
    ("The Ambassador of Egypt to Jordan Hany Salah met Jordanian officials.", ["EGY", "JOR", "JOR"]),
    ("France's Ambassador to Chad Eric Gerard left on Friday.", ["FRA", "TCD"]),
    ("Envoy of Italy to Niger Paolo Rossi met the junta.", ["ITA", "NER"]),
    ("The High Commissioner of India to Jersey Amit Rao spoke.", ["IND", "JEY"]),
])
def test_an_ambiguous_state_name_after_an_envoys_to_is_the_state(text: str, codes: list[str]) -> None:
    assert [m.code for m in find_mentions(text)] == codes


def test_a_name_after_a_plain_to_stays_a_name() -> None:
    assert [m.code for m in find_mentions("Peru lost the final to Jordan Henderson's side in Lima.")] == ["PER", "PER"]
