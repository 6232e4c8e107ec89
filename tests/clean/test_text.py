"""Page structure on hand-written scrapes: header above the headline, link lists, footer, repeats."""

from __future__ import annotations

from accord.clean.text import clean_text

LEAD = ("ASTANA — The foreign ministers of the two countries met on Monday to discuss trade, transport "
        "and energy cooperation, the ministry said in a statement after the talks.")
BODY = ("The ministers agreed to prepare a new cooperation programme and to hold the next session of the "
        "joint commission in the spring, according to the statement.")


def test_lines_above_the_headline_are_the_site_header() -> None:
    raw = "\n".join([
        "World Press — your daily news portal",
        "en fr de",
        "Ministers agree to expand trade and transport links",
        LEAD,
        BODY,
    ])
    page = clean_text(raw, "en")
    assert page.title == "Ministers agree to expand trade and transport links"
    assert page.paragraphs == [LEAD, BODY]


def test_a_repeated_headline_moves_to_the_title_and_leaves_the_text() -> None:
    headline = "Ministers agree to expand trade and transport links"
    raw = "\n".join([headline, headline, LEAD, headline, BODY])
    page = clean_text(raw, "en")
    assert page.title == headline
    assert headline not in "\n".join(page.paragraphs)


def test_no_headline_gives_no_title() -> None:
    page = clean_text("\n".join([LEAD, BODY]), "en")
    assert page.title is None


def test_a_short_section_label_above_the_headline_is_not_the_title() -> None:
    raw = "\n".join(["Central Asia news", "Ministers agree to expand trade and transport links", LEAD])
    assert clean_text(raw, "en").title == "Ministers agree to expand trade and transport links"


def test_an_issuers_masthead_above_the_headline_is_not_the_title() -> None:
    raw = "\n".join(["Ministry of Trade and Industry of the Republic of Ruritania", "Press release",
                     "Ruritania and Freedonia open a joint trade office in the capital", LEAD])
    assert clean_text(raw, "en").title == "Ruritania and Freedonia open a joint trade office in the capital"


def test_repeated_paragraphs_are_kept_once() -> None:
    page = clean_text("\n".join([LEAD, BODY, LEAD, BODY]), "en")
    assert page.paragraphs == [LEAD, BODY]


def test_a_list_of_other_headlines_after_the_story_goes() -> None:
    raw = "\n".join([
        LEAD, BODY,
        "Central Bank Raises Key Rate to Curb Inflation",
        "New Airport Terminal Opens in the Capital",
        "Football Team Wins Regional Championship",
    ])
    assert clean_text(raw, "en").paragraphs == [LEAD, BODY]


def test_a_list_the_story_introduces_stays() -> None:
    items = [
        "Agreement on cooperation in the field of education",
        "Memorandum on cooperation between the chambers of commerce",
        "Programme of cooperation between the foreign ministries",
    ]
    raw = "\n".join([LEAD, "The documents signed include:", *items, BODY])
    page = clean_text(raw, "en")
    assert page.paragraphs == [LEAD, "The documents signed include:", *items, BODY]


def test_footer_lines_after_the_last_sentence_go_but_a_cut_paragraph_stays() -> None:
    cut = "The ministers also discussed the construction of a new railway line between the"
    raw = "\n".join([LEAD, BODY, cut, "Tags:", "Latest", "Source: Agency"])
    assert clean_text(raw, "en").paragraphs == [LEAD, BODY, cut]


def test_the_page_date_tag_is_metadata() -> None:
    page = clean_text(f" date 2023-09-12 {LEAD}\n{BODY}", "en")
    assert page.date_tag == "2023-09-12"
    assert page.paragraphs[0] == LEAD


def test_russian_chrome_goes_and_the_story_stays() -> None:
    lead = ("Президенты двух стран провели переговоры в столице и обсудили вопросы торгового, "
            "энергетического и транспортного сотрудничества, сообщает пресс-служба.")
    body = "Стороны договорились подготовить новую программу сотрудничества на следующие годы."
    raw = "\n".join([
        "Президент посетит соседнюю страну с визитом",
        "Опубликовано",
        "Выпускающий редактор",
        lead,
        "«Мы готовы к сотрудничеству», — сказал министр.",
        body,
        "Читайте также",
        "Комментарии (2)",
    ])
    page = clean_text(raw, "ru")
    assert page.title == "Президент посетит соседнюю страну с визитом"
    assert page.paragraphs == [lead, "«Мы готовы к сотрудничеству», — сказал министр.", body]


def test_a_known_title_is_used_and_removed_from_the_text() -> None:
    page = clean_text("\n".join(["Ministers meet", LEAD]), "en", known_title="Ministers meet")
    assert page.title == "Ministers meet"
    assert page.paragraphs == [LEAD]


def test_headlines_under_a_list_heading_go_and_the_story_resumes() -> None:
    raw = "\n".join([
        LEAD,
        "Related",
        "Cotton prices rise on world markets",
        "New bridge opens over the river in the north",
        BODY,
    ])
    assert clean_text(raw, "en").paragraphs == [LEAD, BODY]


def test_a_lowercase_headline_behind_footer_chrome_is_no_cut_paragraph() -> None:
    raw = "\n".join([LEAD, BODY, "Subscribe to our newsletter", "Most popular:",
                     "Wheat harvest expected to beat last year's record in the south"])
    assert clean_text(raw, "en").paragraphs == [LEAD, BODY]


def test_the_masthead_above_the_menu_is_not_the_headline() -> None:
    raw = "\n".join([
        "National Agency for Trade Promotion of the Republic",
        "About us | Press office | Contacts",
        "Ministers agree to expand trade and transport links",
        LEAD,
        BODY,
    ])
    page = clean_text(raw, "en")
    assert page.title == "Ministers agree to expand trade and transport links"
    assert page.paragraphs == [LEAD, BODY]


def test_a_headline_above_the_menu_stays_the_title() -> None:
    raw = "\n".join([
        "Ministers agree to expand trade and transport links",
        "Markets | Economy | Opinion",
        "By Maria Jensen",
        LEAD,
    ])
    assert clean_text(raw, "en").title == "Ministers agree to expand trade and transport links"


def test_injected_spam_between_paragraphs_goes() -> None:
    spam = "best online casino bonus claim free spins no deposit jackpot slots www.win-big.example"
    assert clean_text("\n".join([LEAD, spam, BODY]), "en").paragraphs == [LEAD, BODY]


def test_a_photo_caption_below_the_menu_is_not_the_headline_nor_the_publisher_a_standfirst() -> None:
    headline = "Ministers agree to expand trade and transport links"
    raw = "\n".join([
        headline,
        "Office of the President · Department of Press and Information",
        "Home  |  News  |  Events  |  Contacts",
        "Photo: The two ministers at the talks in the capital (PRESS OFFICE)",
        LEAD,
        BODY,
    ])
    page = clean_text(raw, "en")
    assert page.title == headline
    assert page.paragraphs == [LEAD, BODY]


def test_a_standfirst_sentence_under_the_headline_stays() -> None:
    standfirst = "Foreign Minister Jan Novak holds talks with his counterpart during official visit to the region"
    raw = "\n".join(["Ministers agree to expand trade and transport links", standfirst, LEAD, BODY])
    page = clean_text(raw, "en")
    assert page.paragraphs == [standfirst, LEAD, BODY]


def test_a_paragraph_repeated_and_glued_onto_the_next_is_kept_once() -> None:
    told = "The two delegations agreed to meet again in the autumn, the spokesman said."
    after = "Officials will prepare a draft roadmap before then."
    page = clean_text("\n".join([LEAD, f"{told}{told} {after}", BODY]), "en")
    assert page.paragraphs == [LEAD, f"{told} {after}", BODY]


def test_a_sentence_said_twice_for_effect_but_short_stays() -> None:
    line = "No. No. The minister rejected the report, calling it baseless and politically motivated."
    page = clean_text("\n".join([LEAD, line]), "en")
    assert page.paragraphs == [LEAD, line]


def test_a_paragraph_printed_alone_and_again_glued_onto_the_next_is_kept_once() -> None:
    told = "The two delegations agreed to meet again in the autumn, the spokesman said."
    after = "On Friday, the opposition criticised the deal."
    page = clean_text("\n".join([LEAD, told, f"{told}{after}", BODY]), "en")
    assert page.paragraphs == [LEAD, told, after, BODY]


def test_a_lead_printed_again_without_its_dateline_and_glued_onto_the_next_is_kept_once() -> None:
    lead = "HANOI — Vietnam and Laos opened a new border gate on Friday, the two governments said."
    after = "Customs officers will work around the clock."
    page = clean_text("\n".join(["Vietnam, Laos open border gate", lead, BODY,
                                 "Vietnam and Laos opened a new border gate on Friday, the two governments said. "
                                 + after]), "en")
    assert page.paragraphs == [lead, BODY, after]


def test_a_sentence_quoted_again_inside_a_longer_one_is_no_repeat() -> None:
    line = ("As the minister put it, Vietnam and Laos opened a new border gate on Friday, the two governments "
            "said. Customs officers will work around the clock.")
    lead = "HANOI — Vietnam and Laos opened a new border gate on Friday, the two governments said."
    page = clean_text("\n".join(["Vietnam, Laos open border gate", lead, line]), "en")
    assert page.paragraphs == [lead, line]


def test_a_byline_and_a_date_glued_to_the_headline_are_split_off() -> None:
    raw = "\n".join(["News | Africa", "Senegal and Gambia reopen the Trans-Gambia bridgeBy Awa Ndiaye14 May 2026",
                     LEAD, BODY])
    page = clean_text(raw, "en")
    assert page.title == "Senegal and Gambia reopen the Trans-Gambia bridge"
    assert page.paragraphs == [LEAD, BODY]
    assert "14 May 2026" in page.lines


def test_a_dated_byline_glued_to_the_headline_after_a_space_is_split_off() -> None:
    raw = "\n".join(["News | Africa", "Senegal and Gambia reopen the bridge By Awa Ndiaye | 14 May 2026", LEAD, BODY])
    page = clean_text(raw, "en")
    assert page.title == "Senegal and Gambia reopen the bridge"
    assert "By Awa Ndiaye | 14 May 2026" in page.lines
    # a headline with "By" and a name but no date ending the line stays whole
    raw = "\n".join(["News | Africa", "Bridge Reopened By Senegal And Gambia After Talks", LEAD, BODY])
    assert clean_text(raw, "en").title == "Bridge Reopened By Senegal And Gambia After Talks"


def test_numbers_inside_a_headline_word_are_not_a_glued_date() -> None:
    raw = "\n".join(["Airbus A350 deliveries to Kenya Airways resume in 2026", LEAD, BODY])
    assert clean_text(raw, "en").title == "Airbus A350 deliveries to Kenya Airways resume in 2026"


def test_a_paragraph_glued_onto_its_own_end_keeps_one_copy_of_its_sentence() -> None:
    told = "Background: exports of Peru to Chile reached $1.9 billion last year, the statistics office said."
    line = f"{told} Copper led the list.{told}"
    assert clean_text("\n".join([LEAD, line, BODY]), "en").paragraphs == [LEAD, f"{told} Copper led the list.",
                                                                        BODY]


def test_a_sentence_told_again_as_its_own_paragraph_is_kept_once() -> None:
    told = "The two ministers agreed to form joint committees on energy and transport within a month."
    line = f"{told} The ministers also discussed border security."
    assert clean_text("\n".join([LEAD, line, BODY, told]), "en").paragraphs == [LEAD, line, BODY]


def test_a_sentence_printed_again_cut_at_a_clause_and_glued_on_is_kept_once() -> None:
    told = ("The prime minister asked both sides to raise trade to five billion dollars by 2030, to finish the "
            "expressway and the railway, and to buy more electricity.")
    cut = ("The prime minister asked both sides to raise trade to five billion dollars by 2030, to finish the "
           "expressway and the railway.")
    after = "The next session will be held in the capital."
    page = clean_text("\n".join([LEAD, told, BODY, cut + after]), "en")
    assert page.paragraphs == [LEAD, told, BODY, after]


def test_a_pull_quote_that_repeats_a_quoted_sentence_of_the_story_goes() -> None:
    quote = "Nobody in the capital wants to be only a transit corridor for others."
    body = f"An official put it bluntly: \u201c{quote}\u201d The road opened last year."
    page = clean_text("\n".join([LEAD, f"\u201c{quote}\u201d", body]), "en")
    assert page.paragraphs == [LEAD, body]


def test_the_line_followed_by_its_byline_or_stamp_is_the_headline() -> None:
    # a site's desk label and a ticker above it; the headline is the line right above its stamp
    raw = "\n".join(["Nordic Courier — Baltic desk", "EUR/SEK 11.42 ▲0.1%   OMXS30 2,512.3",
                     "Estonia and Finland agree on a second power cable", "14.05.2026 09:40 | Updated 11:02",
                     "By Liisa Tamm", LEAD, BODY])
    assert clean_text(raw, "en").title == "Estonia and Finland agree on a second power cable"
    # a banner line of a news ticker above the headline, longer than it, is no deck of it
    raw = "\n".join(["Breaking: ring road closed at the airport exit until Sunday night",
                     "Lisbon and Madrid sign a rail accord", "Economy | 3 June 2025 | 10:15", LEAD, BODY])
    assert clean_text(raw, "en").title == "Lisbon and Madrid sign a rail accord"


def test_a_deck_and_a_site_name_in_capitals_above_a_stamp_do_not_take_the_title() -> None:
    headline = "Chile and Peru open a joint customs post at Chacalluta"
    deck = "Ministers of both countries inaugurate the facility and promise faster crossings for trucks"
    raw = "\n".join([headline, deck, "Maria Soto | 12.03.2026", LEAD, BODY])
    assert clean_text(raw, "en").title == headline
    raw = "\n".join(["ANDEAN TRADE MONITOR", "Thursday, 12 March 2026", "Markets | Logistics | Ports",
                     headline, LEAD, BODY])
    assert clean_text(raw, "en").title == headline


def test_a_headline_that_names_a_period_is_the_title_above_its_own_stamp() -> None:
    raw = "\n".join(["Statistics Office", "Home > Releases > Trade",
                     "External trade with Japan: quarter ended March 2026",
                     "Release · 20 May 2026 10:00", LEAD, BODY])
    assert clean_text(raw, "en").title == "External trade with Japan: quarter ended March 2026"


def test_a_byline_in_capitals_glued_to_the_headline_is_split_off() -> None:
    raw = "\n".join(["Economy / Trade",
                     "Brazil raises duties on Chinese steelJOAO SILVA SENIOR WRITER BRASILIA PUBLISHED MAY 4, 2026",
                     LEAD, BODY])
    page = clean_text(raw, "en")
    assert page.title == "Brazil raises duties on Chinese steel"
    assert page.paragraphs == [LEAD, BODY]


def test_accessibility_links_and_named_cookie_banners_are_not_headlines() -> None:
    raw = "\n".join(["Skip to main content",
                     "Cookie notice: We and our partners keep data on your device to measure visits. OK",
                     "Ghana and Togo settle a border trade dispute", LEAD, BODY])
    page = clean_text(raw, "en")
    assert page.title == "Ghana and Togo settle a border trade dispute"
    assert page.paragraphs == [LEAD, BODY]


def test_a_statistics_table_under_its_caption_stays_whole_as_one_paragraph() -> None:
    table = ["Table 3. Peru - Chile trade, January-September (million euros)",
             "Period Total Exports Imports",
             "Jan-Sep 2023 1,040 610 430",
             "Jan-Sep 2024 1,185 702 483",
             "Change (%) +13.9 +15.1 +12.3"]
    down = ["Tab. 1: Ghana - Togo trade, 2024", "Item", "Value, US$ million", "Change, %",
            "Exports", "96.0", "—", "Imports", "74.5", "—"]
    for rows in (table, down):
        raw = "\n".join([LEAD, *rows, BODY])
        assert clean_text(raw, "en").paragraphs == [LEAD, "\n".join(rows), BODY]


def test_a_table_printed_in_columns_with_no_caption_stays_whole() -> None:
    rows = ["Q1 2024    Q1 2025    change",
            "Exports to Togo        412        455     +10.4%",
            "Imports from Togo      230        214      -7.0%"]
    raw = "\n".join([LEAD, *rows, BODY])
    assert clean_text(raw, "en").paragraphs == [LEAD, "\n".join(rows), BODY]
    # lines with wide gaps but no figures are no table
    menu = ["Politics    Economy    Sport", "World    Opinion    Video"]
    assert clean_text("\n".join([LEAD, *menu, BODY]), "en").paragraphs[-1] == BODY


def test_a_line_that_only_starts_like_a_caption_is_no_table() -> None:
    raw = "\n".join([LEAD, "Table tennis", "Football", "Chess", BODY])
    assert clean_text(raw, "en").paragraphs == [LEAD, BODY]


def test_a_tickers_line_above_the_headline_is_not_the_title() -> None:
    headline = "Ruritania and Freedonia open a joint trade office in the capital"
    raw = "\n".join(["Politics | Business | Sport", "Breaking: Coastal road closed after landslide near the port",
                     headline, LEAD, BODY])
    assert clean_text(raw, "en").title == headline
    raw = "\n".join(["Politics | Business | Sport", "Latest | Port strike enters its third day", headline, LEAD])
    assert clean_text(raw, "en").title == headline
    # a headline that only starts with the word is a headline
    raw = "\n".join(["Politics | Business | Sport", "Breaking the deadlock on the border crossing", LEAD])
    assert clean_text(raw, "en").title == "Breaking the deadlock on the border crossing"


def test_a_bracketed_editors_note_above_the_headline_is_not_the_title() -> None:
    raw = "\n".join(["[Machine-rendered from the Portuguese original]",
                     "Ministers agree to expand trade and transport links", LEAD])
    assert clean_text(raw, "en").title == "Ministers agree to expand trade and transport links"


def test_a_widget_of_clock_times_above_the_headline_is_not_the_title() -> None:
    raw = "\n".join(["Friday 4 April 2025", "Tide times: Harbour High 06:14 | Low 12:31",
                     "Ministers agree to expand trade and transport links", LEAD])
    assert clean_text(raw, "en").title == "Ministers agree to expand trade and transport links"


def test_a_section_label_that_names_nothing_gives_way_to_the_headline_over_its_source_and_stamp() -> None:
    raw = "\n".join(["Statements we carry as issued", "Ghana and Togo open joint customs post at Aflao",
                     "Source: joint statement of the two revenue authorities",
                     "Accra/Lomé, 3 March 2025", LEAD])
    assert clean_text(raw, "en").title == "Ghana and Togo open joint customs post at Aflao"


def test_a_series_label_with_its_colon_above_the_headline_is_not_the_title() -> None:
    raw = "\n".join(["In focus: Water and borders in the Andes", "",
                     "Where the glaciers end, the quarrel begins", "By Rosa Quispe", LEAD])
    assert clean_text(raw, "en").title == "Where the glaciers end, the quarrel begins"


def test_a_dateline_glued_to_the_headline_is_split_off() -> None:
    glued = "Zambia and Malawi agree on a rail link to NacalaLILONGWE, Malawi, 4 June 2031 (MANA) -"
    raw = "\n".join(["News | Region", glued, LEAD, BODY])
    page = clean_text(raw, "en")
    assert page.title == "Zambia and Malawi agree on a rail link to Nacala"
    assert "LILONGWE, Malawi, 4 June 2031 (MANA) -" in page.lines
    # a capital inside a name is no glue without a dateline after it
    raw = "\n".join(["News | Region", "McKinsey adviser joins the MacArthur panel on Malawi trade", LEAD, BODY])
    assert clean_text(raw, "en").title == "McKinsey adviser joins the MacArthur panel on Malawi trade"


def test_the_sites_name_above_its_menu_and_again_in_its_footer_is_not_the_title() -> None:
    raw = "\n".join(["NORTHERN LIGHTS MONITOR", "Home | Politics | Economy | Contact",
                     "Norway and Iceland renew their fisheries arrangement", LEAD, BODY,
                     "© Northern Lights Monitor"])
    assert clean_text(raw, "en").title == "Norway and Iceland renew their fisheries arrangement"


def test_service_links_above_the_headline_are_not_the_title() -> None:
    for link in ["Version for the visually impaired", "Book a consular visit online: click here",
                 "View this email in your browser | Forward to a friend"]:
        raw = "\n".join(["Home | Embassy | News", link, "Peru and Ecuador hold a border commission in Tumbes",
                         LEAD, BODY])
        assert clean_text(raw, "en").title == "Peru and Ecuador hold a border commission in Tumbes", link


def test_a_headline_with_a_widget_word_in_its_own_sense_is_the_title_above_its_byline() -> None:
    raw = "\n".join([
        "THE ALPINE OBSERVER",
        "Home | Politics | Economy | Opinion",
        "Two valleys that share a glacier and a grudge",
        "By Lena Hofer, Vienna correspondent",
        LEAD,
        BODY,
    ])
    assert clean_text(raw, "en").title == "Two valleys that share a glacier and a grudge"


def test_a_widget_line_that_opens_with_its_word_stays_chrome() -> None:
    raw = "\n".join([
        "Ministers agree to expand trade and transport links",
        "Share this story with a friend today",
        LEAD,
        BODY,
    ])
    page = clean_text(raw, "en")
    assert page.title == "Ministers agree to expand trade and transport links"
    assert page.paragraphs == [LEAD, BODY]


def test_a_newsletters_masthead_is_not_the_title() -> None:
    raw = "\n".join([
        "THE HARBOUR LETTER — the monthly newsletter of Pacific Freight Weekly",
        "Edition 48 | Tuesday, 3 March 2026",
        "THIS MONTH: Samoa and Tonga open a shared ferry route",
        LEAD,
        BODY,
    ])
    assert clean_text(raw, "en").title == "THIS MONTH: Samoa and Tonga open a shared ferry route"


def test_a_sentence_printed_again_cut_at_a_quote_and_glued_onto_the_next_is_kept_once() -> None:
    told = ("Norway's trade minister Ingrid Holm called the tariff \"a proportionate and temporary step\" and said "
            "the Chilean ambassador had been invited to explain it.")
    cut = "Norway's trade minister Ingrid Holm called the tariff \"a proportionate and temporary step\""
    after = "The joint fisheries committee last met in Valparaíso in May."
    page = clean_text("\n".join([LEAD, told, BODY, cut + after]), "en")
    assert page.paragraphs == [LEAD, told, BODY, after]


def test_a_sentence_printed_again_cut_short_and_glued_onto_the_end_of_a_paragraph_is_kept_once() -> None:
    told = ("Norway's trade minister Ingrid Holm called the tariff \"a proportionate and temporary step\" and said "
            "the Chilean ambassador had been invited to explain it.")
    before = "The last such dispute, over salmon quotas, ended in 2019."
    cut = "Norway's trade minister Ingrid Holm called the tariff \"a proportionate and temporary step\""
    page = clean_text("\n".join([LEAD, told, BODY, before + cut]), "en")
    assert page.paragraphs == [LEAD, told, BODY, before]


def test_a_quote_closing_a_sentence_before_the_next_one_is_no_repeat() -> None:
    told = "The Chilean ambassador called the tariff \"a proportionate step\" and left the ministry."
    line = "Officials in Santiago were less polite and called it \"a proportionate step\". Talks resume in June."
    assert clean_text("\n".join([LEAD, told, line, BODY]), "en").paragraphs == [LEAD, told, line, BODY]


def test_a_table_ends_at_the_site_s_download_link_and_what_follows_it_goes() -> None:
    table = ["Table 4. Mauritius - Seychelles trade, 2029 (million rupees)",
             "Flow | Q1 | Q2",
             "Exports | 812.4 | 790.1",
             "Imports | 133.0 | 141.7"]
    footer = ["Download the report: full text (DOCX) and annex (PDF)", "Was this page helpful?  Yes  No",
              "Page last reviewed: 3 August 2029"]
    page = clean_text("\n".join([LEAD, BODY, *table, *footer]), "en")
    assert page.paragraphs == [LEAD, BODY, "\n".join(table)]


def test_a_stamp_in_the_site_s_language_glued_to_the_headline_is_split_off() -> None:
    raw = "\n".join(["Actualités | Monde", "Chad and Niger reopen their border crossingsPublié le 14/05/2031 à 09h20",
                     LEAD, BODY])
    page = clean_text(raw, "en")
    assert page.title == "Chad and Niger reopen their border crossings"
    assert "Publié le 14/05/2031 à 09h20" in page.lines
    assert page.paragraphs == [LEAD, BODY]


def test_a_label_and_a_stamp_in_capitals_glued_to_the_headline_are_split_off() -> None:
    raw = "\n".join(["News | Asia", "Why the ferry matters to Palau and GuamANALYSIS | March 3, 2031 | by Ken Ito",
                     LEAD, BODY])
    page = clean_text(raw, "en")
    assert page.title == "Why the ferry matters to Palau and Guam"
    assert "ANALYSIS | March 3, 2031 | by Ken Ito" in page.lines


def test_a_name_s_inner_capital_before_a_date_is_no_glue() -> None:
    headline = "McKay and LeBlanc sign the fisheries accord on 3 March 2031"
    assert clean_text("\n".join(["News | Asia", headline, LEAD, BODY]), "en").title == headline


def test_a_headline_under_a_ticker_s_label_followed_by_its_stamp_is_the_title() -> None:
    headline = "BREAKING: Ghana and Togo reopen the Aflao border crossing"
    raw = "\n".join(["ACCRA BEAT", "News | Politics | Sport | Videos", headline,
                     "Published 2 hours ago | May 4, 2031 | By Kofi Mensah", LEAD, BODY])
    assert clean_text(raw, "en").title == headline
    # with a headline of its own below it, a ticker's line stays a ticker
    raw = "\n".join(["ACCRA BEAT", "Breaking: Storm closes the coastal road", "Ghana and Togo reopen the border",
                     "May 4, 2031", LEAD, BODY])
    assert clean_text(raw, "en").title == "Ghana and Togo reopen the border"


def test_a_live_entry_with_its_picture_s_credit_glued_on_stays_without_the_credit() -> None:
    entry = ("14:20 — The two prime ministers walked together to the new ferry terminal in Nuku'alofa, where they "
             "unveiled a plaque and met the first passengers from Apia, and then went on to the harbour office.")
    page = clean_text("\n".join([LEAD, f"{entry} Photo: TNA", BODY]), "en")
    assert page.paragraphs == [LEAD, entry, BODY]
    # a caption of a few words with its credit goes whole
    page = clean_text("\n".join([LEAD, "The prime ministers at the ferry terminal. Photo: TNA", BODY]), "en")
    assert page.paragraphs == [LEAD, BODY]


def test_a_table_without_a_caption_between_the_story_s_sentences_stays_whole() -> None:
    rows = ["Q1 2030    Q1 2031    change",
            "Exports to Panama      412      455     +10.4%",
            "Imports from Panama    198      187      -5.6%"]
    page = clean_text("\n".join([LEAD, *rows, BODY]), "en")
    assert page.paragraphs == [LEAD, "\n".join(rows), BODY]
    # the same rows under the story's last sentence are the site's widgets
    page = clean_text("\n".join([LEAD, BODY, *rows]), "en")
    assert page.paragraphs == [LEAD, BODY]


# a site's name above its first menu, widgets and tickers above the headline

STORY = ("Lima — The trade ministers of Peru and Kenya met on Thursday to review coffee and avocado "
         "shipments, and agreed to open a direct air cargo route before the end of the year.")


def test_a_site_s_name_and_motto_above_its_menu_is_not_the_title_under_a_labelled_menu() -> None:
    raw = "\n".join([
        "HARBOUR FIGURES — a digest of customs data",
        "Menu: Tables | Series | Methods | About",
        "Issued: 4 March 2031",
        "Coffee sales to Kenya climb for a third quarter",
        "Highlights",
        STORY,
    ])
    assert clean_text(raw, "en").title == "Coffee sales to Kenya climb for a third quarter"


def test_a_short_headline_below_the_menu_wins_over_the_site_s_name_above_it() -> None:
    raw = "\n".join([
        "Andes Wire Service Digest",
        "Home > Americas > Peru",
        "Peru-Kenya Ministerial Talks",
        STORY,
    ])
    assert clean_text(raw, "en").title == "Peru-Kenya Ministerial Talks"


def test_a_widget_s_label_with_one_clock_time_is_not_the_title() -> None:
    raw = "\n".join([
        "Coastal Courier — English edition",
        "Home | Region | Business | Sport",
        "Sunset in Mombasa: Maghrib 18:41",
        "Kenya and Peru agree to open an air cargo route for fresh produce",
        STORY,
    ])
    page = clean_text(raw, "en")
    assert page.title == "Kenya and Peru agree to open an air cargo route for fresh produce"
    assert "Maghrib" not in "\n".join(page.paragraphs)


def test_a_ticker_labelled_in_the_site_s_own_language_is_not_the_title() -> None:
    raw = "\n".join([
        "Home | Nacional | Mundo | Economía",
        "Última hora: Port strike in Callao called off — Cusco trains back on schedule",
        "Peru and Kenya agree to open a cargo route for fresh produce",
        STORY,
    ])
    assert clean_text(raw, "en").title == "Peru and Kenya agree to open a cargo route for fresh produce"


def test_a_stamp_with_its_byline_field_glued_to_the_headline_is_split_off() -> None:
    raw = "\n".join([
        "Peru and Kenya agree to open a cargo route for fresh produce14.03.2031, 09:20 | Newsroom of the Courier",
        STORY,
    ])
    page = clean_text(raw, "en")
    assert page.title == "Peru and Kenya agree to open a cargo route for fresh produce"
    assert "14.03.2031, 09:20 | Newsroom of the Courier" in page.lines


def test_a_sentence_told_again_with_its_subject_said_shorter_is_kept_once() -> None:
    first = ("Peru's Ministry of Agriculture reported on the 9th that Minister Rosa Quispe and her Kenyan "
             "counterpart had signed a protocol on avocado inspections in Nairobi a day earlier.")
    again = ("The ministry reported on the 9th that Minister Rosa Quispe and her Kenyan counterpart had signed a "
             "protocol on avocado inspections in Nairobi a day earlier.")
    other = "Kenya will send a team of plant inspectors to Lima in May."
    page = clean_text("\n".join(["Peru and Kenya agree on avocado inspections", first, again + other]), "en")
    text = "\n".join(page.paragraphs)
    assert text.count("signed a protocol on avocado inspections") == 1
    assert other in text


def test_the_site_s_name_above_its_first_menu_is_kept_as_the_masthead() -> None:
    raw = "\n".join(["Andes Wire Service Digest", "Home > Americas > Peru", "Peru-Kenya Ministerial Talks", STORY])
    assert clean_text(raw, "en").masthead == "Andes Wire Service Digest"
    assert clean_text("\n".join(["Peru-Kenya Ministerial Talks", STORY]), "en").masthead is None


def test_a_ticker_s_label_set_apart_by_a_wide_space_is_not_the_title() -> None:
    raw = "\n".join([
        "Lakeside Wire — regional news",
        "Kenya | Uganda | Tanzania | World",
        "BREAKING   FERRY STRIKE ENTERS THIRD DAY",
        "Kenya and Peru agree to open an air cargo route for fresh produce",
        "14 March 2031 09:20",
        STORY,
    ])
    assert clean_text(raw, "en").title == "Kenya and Peru agree to open an air cargo route for fresh produce"


def test_a_headline_that_names_its_event_s_days_above_its_stamp_is_the_title() -> None:
    raw = "\n".join([
        "Skip to main content | Text size | Contrast | Español",
        "Ministry of Foreign Trade of Peru",
        "Visit of the Minister to Kenya (3-5 March 2031)",
        "March 6, 2031",
        STORY,
    ])
    assert clean_text(raw, "en").title == "Visit of the Minister to Kenya (3-5 March 2031)"
