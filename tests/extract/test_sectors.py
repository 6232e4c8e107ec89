from collections.abc import Callable

import pytest

from accord.extract.analysis import AnalyzedDoc
from accord.extract.sectors import find_cooperation, sectors_in


def test_cues_map_to_sectors() -> None:
    assert sectors_in("hydropower, aluminium smelting, civil aviation, IT parks and labour migration") == [
        "energy", "metallurgy", "aviation", "digital", "migration",
    ]
    assert sectors_in("it is clear") == []  # the acronym IT matches only as written


def test_cooperation_of_the_pair_only(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Nepal and Bangladesh agreed to expand cooperation in hydropower and tourism. "
        "The two sides also discussed railway links and pharmaceutical exports. "
        "Separately, India signed a defence pact with France. "
        "The weather in Kathmandu was fine."
    )
    [record] = find_cooperation(a)
    assert record.countries == ["BGD", "NPL"]
    assert record.sectors == ["trade", "energy", "health", "transport", "tourism"]
    assert {sector: [e.sentence[:5] for e in ev] for sector, ev in record.evidence.items()} == {
        "trade": ["The t"], "energy": ["Nepal"], "health": ["The t"], "transport": ["The t"], "tourism": ["Nepal"]}


def test_each_sector_keeps_the_sentences_that_name_it_and_no_other(analysed: Callable[..., AnalyzedDoc]) -> None:
    trade = "Kenya and Tanzania agreed to expand trade in tea and coffee."
    culture = "The two countries will hold days of culture with a film festival."
    both = "Both sides also discussed trade and cultural exchanges."
    a = analysed(" ".join((trade, culture, both)))
    [record] = find_cooperation(a)
    assert {sector: [e.sentence for e in ev] for sector, ev in record.evidence.items()} == {
        "trade": [trade, both], "culture": [culture, both]}
    assert record.sectors == ["trade", "culture"]
    assert all(a.document.text[e.start:e.end] == e.sentence for ev in record.evidence.values() for e in ev)


def test_no_pair_no_record(analysed: Callable[..., AnalyzedDoc]) -> None:
    assert find_cooperation(analysed("Officials discussed energy and transport cooperation.")) == []


def test_building_a_facility_is_infrastructure_and_labour_permits_are_migration() -> None:
    assert sectors_in("the construction of a new bridge over the river") == ["infrastructure"]
    in_a_list = ["agriculture", "construction", "energy"]
    assert sectors_in("cooperation in agriculture, construction and energy") == in_a_list
    assert sectors_in("a loan for water supply and a special economic zone") == ["finance", "infrastructure"]
    assert sectors_in("Peru has invested in Chile") == ["investment"]
    assert sectors_in("more seasonal workers under a work permit scheme") == ["migration"]


def test_fields_in_a_ministers_title_and_phrases_of_another_sense_do_not_fire() -> None:
    assert sectors_in("the Minister of Natural Resources and Ecology met the ambassador") == []
    assert sectors_in("thanked the hosts for their hospitality; the talks are bearing fruit") == []
    assert sectors_in("an improved investment environment") == ["investment"]
    assert sectors_in("a plant for mineral fertilizers and petrochemistry") == ["chemicals"]
    assert sectors_in("coast guard cooperation and naval drills") == ["security"]


def test_a_sentence_about_the_two_countries_counts_without_a_cooperation_word(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Chile and Bolivia held talks in La Paz. "
        "The number of tourist trips between the two countries has doubled since 2022."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["tourism"]


def test_multiword_cues_and_a_verb_of_travel() -> None:
    assert sectors_in("a study of a power interconnection across the strait") == ["energy"]
    assert sectors_in("a pact on digital public infrastructure") == ["digital"]
    assert sectors_in("a new transmission line to the coast") == ["infrastructure"]
    assert sectors_in("foreign contractors were invited") == ["construction"]
    assert sectors_in("the bridge lets drivers to travel faster") == ["infrastructure"]


def test_a_lower_case_office_title_names_no_field(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Chile signed a deal on Monday. "
        "The agreement was signed by Peru's minister of fisheries and tourism, Ana Ruiz, and covers copper mining."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["mining"]


def test_a_sentence_on_what_the_memoranda_cover_counts(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Ghana and Senegal signed six memoranda of understanding in Dakar on Friday. "
        "The MoUs cover fisheries, housing and vaccines, officials said."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["construction", "agriculture", "health"]


def test_facilities_communications_and_visas() -> None:
    assert sectors_in("a new tunnel under the pass and a coal-fired power project") == ["infrastructure", "energy"]
    assert sectors_in("upgrading the border crossing and a food processing plant") == ["transport", "agriculture"]
    assert sectors_in("cooperation in posts and communications") == ["digital"]
    assert sectors_in("a visa-free regime for holders of service passports") == []  # visas are not migration


def test_fields_written_before_an_office_title_name_no_field() -> None:
    assert sectors_in("Mining and Energy Minister Luis Vega and the Health Cabinet Secretary met") == []
    assert sectors_in("talks on mining and energy with the minister") == ["mining", "energy"]


def test_wishes_of_health_and_figurative_pipelines_and_roads_are_no_fields() -> None:
    assert sectors_in("The president wished his counterpart good health and prosperity") == []
    assert sectors_in("a pipeline of deals in retail and tourism") == ["tourism"]
    assert sectors_in("projects under the Belt and Road Initiative in mining") == ["mining"]


def test_rare_metals_are_mining_and_desertification_is_environment() -> None:
    assert sectors_in("joint exploration of rare earth metals") == ["mining"]
    assert sectors_in("the fight against desertification and land degradation") == ["environment"]


def test_companies_owned_from_abroad_are_investment() -> None:
    assert sectors_in("Some 600 firms with Spanish capital work in the country") == ["investment"]
    assert sectors_in("The capital hosted the talks") == []


def test_more_fields_and_a_maritime_zone_that_is_no_field() -> None:
    assert sectors_in("a plan on the circular economy, river water management, and rice farming") == [
        "environment", "agriculture",
    ]  # in first-mention order
    assert sectors_in("the rights of domestic workers employed abroad") == ["migration"]
    assert sectors_in("a patrol boat entered the country's exclusive economic zone") == []


def test_the_fields_of_a_ministry_quoted_as_a_source_are_no_fields(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed("Trade between Peru and Bolivia rose 8% last year, the Peruvian Ministry of Tourism and Mining said.")
    [record] = find_cooperation(a)
    assert record.sectors == ["trade"]


def test_words_of_a_field_in_another_sense_name_no_field() -> None:
    assert sectors_in("Chad's non-oil exports to Cameroon grew by a fifth") == ["trade"]
    assert sectors_in("a plane carrying humanitarian aid landed, and humanitarian assistance will follow") == []
    assert sectors_in("humanitarian cooperation and youth exchanges") == ["culture"]
    assert sectors_in("joint projects in the defence industry") == ["security"]


def test_workers_sent_abroad_are_migration_and_cross_border_crime_is_security() -> None:
    assert sectors_in("more overseas workers under the new scheme") == ["migration"]
    assert sectors_in("joint patrols against cross-border crime and drug cartels") == ["security"]


def test_the_fields_in_the_name_of_a_cited_source_are_no_fields() -> None:
    assert sectors_in("Exports rose 8%, according to the Reserve Bank.") == ["trade"]
    assert sectors_in("Trade reached $2bn, citing the Ministry of Commerce, Industry and Tourism.") == ["trade"]
    # in prose after the source, and a bank that takes part, the fields still count
    assert sectors_in("According to the ministry, banks of both countries will finance the mining project.") == [
        "finance", "mining"]


def test_minerals_farm_produce_and_its_inspection_hydrogen_buses_and_police_are_fields() -> None:
    assert sectors_in("a joint venture to refine cobalt and lithium") == ["investment", "mining"]
    assert sectors_in("veterinary and phytosanitary rules for poultry and dairy") == ["agriculture"]
    assert sectors_in("green hydrogen and a regional power exchange") == ["energy"]
    assert sectors_in("new bus services between the two capitals") == ["transport"]
    assert sectors_in("police cooperation in the border area") == ["security"]


def test_production_of_a_farm_good_is_agriculture_not_industry() -> None:
    assert sectors_in("to help the partner raise grain and meat production") == ["agriculture"]
    assert sectors_in("to expand steel production") == ["metallurgy", "industry"]


def test_a_place_where_a_visitor_lands_and_a_verb_that_shares_a_fields_word_name_no_field(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "The Bolivian president landed at El Alto International Airport for talks with Peru on ties. "
        "The Peruvian foreign minister later flew to Port Louis, and said Bolivia and Peru would bridge "
        "their differences. The two countries said closer ties would fuel growth and cement their friendship. "
        "Peru and Bolivia agreed to expand cooperation in aviation."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["aviation"]
    assert [e.sentence[:4] for e in record.evidence["aviation"]] == ["Peru"]


def test_a_road_map_a_climate_of_trust_and_the_defence_of_interests_are_no_fields() -> None:
    assert sectors_in("a road map for the partnership in a climate of trust") == []
    assert sectors_in("the defence of their common interests") == []


def test_lorries_and_hauliers_are_transport() -> None:
    assert sectors_in("hauliers from both sides protested for a week") == ["transport"]
    assert sectors_in("a line of lorries waited at the checkpoint") == ["transport"]


def test_phrases_where_a_field_word_serves_another_field_or_none() -> None:
    assert sectors_in("a pact on social security for retired people") == []
    assert sectors_in("a memorandum on energy security") == ["energy"]
    assert sectors_in("officers attend a military training course") == ["security"]
    assert sectors_in("both leaders praised a culture of dialogue") == []


def test_a_list_of_traded_goods_is_no_field_but_one_good_is(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Peru and Chile agreed to deepen cooperation in tourism. "
        "Peruvian exports to Chile reached $2.1 billion last year, mainly copper concentrate, fish meal and "
        "textiles, while Chilean exports to Peru, mostly natural gas, came to $1.4 billion."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["trade", "oil_gas", "tourism"]


def test_a_list_of_traded_goods_after_a_colon_glued_to_the_sum_is_no_field(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Kenya and Egypt agreed to work together in health. Trade between the two countries came to $600 million, "
        "with Egyptian exports to Kenya of about $450 million: medicines, steel bars, sugar, fertiliser."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["trade", "health"]


def test_field_words_in_a_companys_name_are_no_field(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Kenya and Egypt agreed to cooperate in agriculture. Kenya chose Nile Digital Transport Corporation of "
        "Egypt to build grain silos, the two governments said."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["agriculture"]


def test_a_leader_who_travels_is_no_tourism(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "The President of Ghana will travel to Lome on Friday for talks with Togo on migration. "
        "Ghana and Togo agreed to promote tourism."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["tourism", "migration"]
    assert [e.sentence[:5] for e in record.evidence["tourism"]] == ["Ghana"]


def test_a_wind_farm_chemistry_between_leaders_and_scientific_advice_are_no_farm_chemicals_or_science() -> None:
    assert sectors_in("the two countries opened a 300-megawatt wind farm") == ["energy"]
    assert sectors_in("the chemistry between the two presidents is the basis of the partnership") == []
    assert sectors_in("a quota that breaks scientific advice") == []
    assert sectors_in("a plant for mineral fertilizers and chemistry research") == ["chemicals", "science_tech"]


def test_goods_sold_with_a_sum_make_a_list_of_goods_though_no_trade_word_is_written(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Ghana and Togo agreed to cooperate in tourism. "
        "Ghanaian shipments to Togo were worth $310 million, mostly cocoa butter, cement and petroleum products, "
        "while deliveries from Togo stood at $40 million. "
        "Trade between Ghana and Togo reached $1.1 billion, making Togo a growing market for Ghanaian cement, "
        "steel and electricity."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["trade", "tourism"]


def test_edible_oils_are_farm_produce_not_oil() -> None:
    assert sectors_in("exports of palm oil, sunflower oil and crude oil") == ["trade", "agriculture", "oil_gas"]
    assert sectors_in("a plant for vegetable oils") == ["agriculture"]


def test_the_two_sides_as_subject_keep_their_fields_beside_a_third_state(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Bolivia and Paraguay agreed to expand trade. "
        "The two delegations welcomed the waterway project with Argentina and agreed on "
        "cooperation in education and health. "
        "Separately, Paraguay discussed cooperation in mining with Argentina."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["trade", "health", "education"]


def test_vigour_given_to_the_relationship_is_no_energy(analysed: Callable[..., AnalyzedDoc]) -> None:
    def sectors(text: str) -> list[str]:
        return [s for record in find_cooperation(analysed(text)) for s in record.sectors]

    assert sectors("Kenya and Uganda agreed to inject new energy into bilateral ties.") == []
    assert sectors("The Ugandan minister welcomed the energy Kenya is bringing to the dialogue with Uganda.") == []
    assert sectors("Kenya will bring energy to Uganda through a new power line.") == ["energy"]


def test_rail_arms_intelligence_and_assembly_are_fields_river_banks_and_a_good_climate_are_not() -> None:
    assert sectors_in("a high-speed line between the two capitals and a new ferry") == ["transport"]
    assert sectors_in("high-speed internet for schools") == ["digital", "education"]
    assert sectors_in("arms sales, ammunition and intelligence sharing") == ["security"]
    assert sectors_in("a car assembly plant") == ["industry"]
    assert sectors_in("patrols on the right bank of the river and settlers in the West Bank") == []
    assert sectors_in("a regulatory environment for firms and a living bridge between the two nations") == []


def test_the_fields_of_a_ministry_where_someone_works_or_met_are_no_fields() -> None:
    assert sectors_in("Ghana's deputy minister at the Ministry of Trade and Industry discussed energy") == ["energy"]
    assert sectors_in("The talks at the Department of Agriculture covered rice supply and fisheries") == [
        "agriculture"]
    assert sectors_in("The Ministry of Health of Ghana signed a memorandum") == ["health"]
    assert sectors_in("payment systems and financial innovation") == ["finance"]


def test_people_of_one_side_who_go_to_the_other_count_for_tourism_and_study(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Nepal and Sri Lanka signed an air services agreement. "
        "Nepal was the third source of tourists to the island, with 41,300 arrivals. "
        "Many Nepalese students come to study medicine. "
        "Nepal also expanded its own hydropower exports."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["aviation", "tourism", "education"]  # no health nor energy of one side


def test_fields_named_as_the_axes_or_priorities_of_the_pair_count_though_no_state_is_named(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Chile and Argentina held their fourth binational meeting in Mendoza. "
        "The final act sets out 40 commitments in the axes of health, tourism and mining. "
        "The priorities of the coming year are the digital economy and fire prevention."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["mining", "health", "tourism", "digital"]


def test_a_state_named_only_as_what_the_pair_supports_is_a_topic_not_a_third_party(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "The Speaker of Lithuania's Seimas hosted his Polish counterpart in Vilnius. "
        "The Speakers discussed the Via Baltica road, aid to Moldova and cooperation in energy. "
        "The ministers discussed cooperation with Belarus in migration."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["energy", "transport"]


def test_illegal_mining_is_a_crime_and_a_hydrogen_pipeline_carries_energy() -> None:
    assert sectors_in("joint patrols against illegal mining on the river") == ["security"]
    assert sectors_in("a hydrogen pipeline to the north") == ["energy"]
    assert sectors_in("a gas pipeline and a mining licence") == ["oil_gas", "mining"]


def test_what_an_agreement_provides_for_or_an_arrangement_covers_is_the_pairs_field(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Namibia and Botswana ratified a border treaty on Tuesday. "
        "It provides for the reopening of two rail crossings. "
        "Under the arrangement, buses will run twice a day. "
        "A new credit line of $40 million for fertiliser plants is ready. "
        "We see more interest in tourism and health, the ambassador said."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["finance", "chemicals", "health", "transport", "tourism"]


def test_seed_oils_are_farm_produce_and_oil_on_the_fire_is_no_oil() -> None:
    assert sectors_in("supplies of rapeseed oil, canola oil and crude oil") == ["agriculture", "oil_gas"]
    assert sectors_in("the decision poured oil on the fire and added fuel to the flames") == []


def test_a_shared_basin_is_environment_and_a_mobility_pathway_is_migration() -> None:
    assert sectors_in("a plan for the integrated management of the river basin") == ["environment"]
    assert sectors_in("an agreement on transboundary waters") == ["environment"]
    assert sectors_in("a mobility pathway for 150 Nauruans a year") == ["migration"]
    assert sectors_in("mobility corridors") == ["transport"]


def test_intelligence_in_a_trade_or_a_trait_is_no_security() -> None:
    assert sectors_in("intelligence sharing between the two services") == ["security"]
    assert sectors_in("a course in business intelligence and market intelligence for exporters") == ["trade"]
    assert sectors_in("leaders with emotional intelligence") == []


def test_field_words_of_a_year_a_source_a_mood_or_a_phrase_of_speech_name_no_field() -> None:
    assert sectors_in("exports rose in the last financial year") == ["trade"]
    assert sectors_in("smuggling costs the region dearly, World Bank economists say") == []
    assert sectors_in("flights were cut, according to industry sources") == ["aviation"]
    assert sectors_in("the political climate between Hanoi and Vientiane is warm") == []
    assert sectors_in("officials spoke the language of rivalry and praised a culture of restraint") == []
    assert sectors_in("in reply to a media question on the dispute") == []
    assert sectors_in("Omani exports outside hydrocarbons doubled") == ["trade"]
    assert sectors_in("a plant that bottles mineral water") == []


def test_youth_mobility_is_migration_and_plural_infrastructures_count() -> None:
    assert sectors_in("a youth mobility scheme for people under 30") == ["migration"]
    assert sectors_in("loans for rural infrastructures") == ["finance", "infrastructure"]


def test_an_acronym_joined_to_more_capitals_is_part_of_a_longer_name() -> None:
    assert sectors_in("talks on the EU-IT-NZ deal and the CA-IT-FTA") == []
    assert sectors_in("IT-parks and the IT sector") == ["digital"]


def test_what_a_programme_finances_in_priority_or_the_sides_reviewed_counts_without_naming_a_state(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Sweden and Kenya signed a development contract in Nairobi on Monday. "
        "In priority the contract will finance irrigation, hospitals and vocational schools. "
        "The ministers reviewed everything from tourism to fisheries. "
        "Swedish investments in solar parks are growing."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["investment", "finance", "energy", "agriculture", "health", "tourism", "education"]


def test_goods_named_before_their_sum_or_as_what_a_side_mainly_buys_are_no_fields(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Laos and Cambodia agreed to cooperate in tourism. "
        "Lao exports of timber, cement and fertiliser to Cambodia were worth $180 million last year. "
        "Cambodian exports to Laos, mainly medicines, steel and fuel, came to 95 million dollars. "
        "Laos mainly imports vehicles, cotton and machinery through Thai ports. "
        "Trade between Laos and Cambodia reached 310 million, driven by sales of rice, copper and medicines."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["trade", "tourism"]


def test_one_good_traded_and_the_fields_of_a_plan_still_count(analysed: Callable[..., AnalyzedDoc]) -> None:
    a = analysed(
        "Lao exports to Cambodia, mostly electricity, rose to $310 million. "
        "A Cambodian car-parts plant opened in Laos. "
        "Laos and Cambodia agreed to expand trade, which reached $310 million, mostly electricity. "
        "Laos mainly wants cooperation in health, education and transport."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["trade", "energy", "industry", "health", "transport", "education"]


def test_the_remit_of_a_parliaments_committee_or_a_chamber_of_commerce_is_no_field() -> None:
    assert sectors_in("The Senate Committee on Energy and Mining approved the treaty.") == []
    assert sectors_in("The Health and Education Committee of the National Assembly heard the minister.") == []
    assert sectors_in("the Chamber of Commerce, Industry and Agriculture of Ecuador") == []
    assert sectors_in("the Minister of the Economy and the Minister of Energy of Peru") == []
    # the pair's own joint committee is named by the fields it works in
    assert sectors_in("The Joint Committee on Energy and Mining met in Quito.") == ["energy", "mining"]


def test_immigration_farmers_fish_farms_chips_scams_free_zones_and_trucks_are_fields() -> None:
    assert sectors_in("a memorandum on immigration and residence permits") == ["migration"]
    assert sectors_in("seeds for 8,000 farmers and two aquaculture ponds") == ["agriculture"]
    assert sectors_in("a plant for semiconductors") == ["science_tech"]
    assert sectors_in("joint raids on scam centres and telecom fraud") == ["security"]
    assert sectors_in("a free zone at the border") == ["infrastructure"]
    assert sectors_in("the dredging of the canal") == ["transport"]


def test_the_generic_head_of_a_service_or_resource_field_is_that_field_only() -> None:
    assert sectors_in("the growth of the Peruvian mining industry and of its tourism industry") == ["mining", "tourism"]
    # a field of things made stays manufacturing
    assert sectors_in("a joint venture in the pharmaceutical industry") == ["investment", "health", "industry"]
    assert sectors_in("investment in industry and mining") == ["investment", "industry", "mining"]


def test_travel_alone_is_no_tourism_but_the_travel_trade_is() -> None:
    assert sectors_in("visa-free travel for holders of service passports") == []
    assert sectors_in("cutting the travel time between the two capitals by rail") == ["transport"]
    assert sectors_in("travel agencies and pilgrimage routes") == ["tourism"]


def test_fields_told_by_their_usual_phrases() -> None:
    assert sectors_in("cooperation in artificial intelligence and space exploration") == ["science_tech"]
    assert sectors_in("a memorandum on green development and low-carbon growth") == ["environment"]
    assert sectors_in("bunkering of zero-emission fuels and alternative fuels for ships") == ["energy"]
    assert sectors_in("a package of military financing for coastal patrols") == ["security"]


def test_a_field_before_the_head_of_an_office_or_a_source_names_that_office(
    analysed: Callable[..., AnalyzedDoc],
) -> None:
    a = analysed(
        "Ecuador and Colombia agreed on new rules. The finance ministry said on Friday that Ecuador would lower "
        "duties on Colombian imports. The Colombian energy minister flew to Quito for talks on health cooperation. "
        "Colombia and Ecuador posted the news on social media."
    )
    [record] = find_cooperation(a)
    assert record.sectors == ["trade", "health"]


def test_a_grid_interconnection_is_energy_though_the_minister_is_named_for_it() -> None:
    assert sectors_in("a memorandum on grid interconnection and on electricity grids") == ["energy"]


@pytest.mark.parametrize("text", [
    "Morocco and Russia signed an agreement on cooperation in maritime fishing.",
    "Mauritania will let Senegalese boats fish under the new fishing deal between the two countries.",
    "Norway and the Faroe Islands agreed on fishing quotas for mackerel.",
    "Japan and Kiribati renewed the fishing licences for Japanese tuna vessels.",
    "Iceland and Greenland will cooperate on fishing and research.",
    "Uganda and Kenya agreed to expand fish farming on Lake Victoria.",
])
def test_fishing_is_agriculture(analysed: Callable[..., AnalyzedDoc], text: str) -> None:
    [found] = find_cooperation(analysed(text))
    assert "agriculture" in found.sectors
