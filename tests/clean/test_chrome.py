"""Each chrome rule on small hand-written lines: what it removes and the story lines it must leave."""

from __future__ import annotations

import pytest

from accord.clean.chrome import PageContext, chrome_reason

STORY = [
    "The two ministers met in the capital to discuss trade, energy and transport links between the countries.",
    "They agreed to open a joint commission on energy and to expand trade in agricultural products.",
    "The commission will meet next spring in the capital to review trade and energy projects.",
]


def reason(line: str, lang: str = "en") -> str | None:
    return chrome_reason(line, PageContext([*STORY, line], lang))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Comments (0)", "numeric"),
        ("Комментарии (3)", "numeric"),
        ("Send comment", "cue"),
        ("Share on social networks :", "cue"),
        ("Listen to this article", "cue"),
        ("This story has been read 12 times in total", "counter"),
        ("1,204 views", "numeric"),
        ("Статью прочитано 1 204 читателями", "counter"),
        ("Опубликовано", "cue"),
        ("Выпускающий редактор", "cue"),
        ("Read also: Central bank reports record inflation in March", "related"),
        ("Читайте также", "related"),
        ("Follow our Telegram channel and Facebook page to stay up to date with the news.", "promo"),
        ("1 USD = 12000.5", "glyphs"),
        ("Paris: 21°C", "numeric"),
        ("Article ID : 55120", "numeric"),
        ("Home / World / Ministers meet in the capital", "breadcrumb"),
        ("en ru fr", "glyphs"),
        ("•", "glyphs"),
        ("printPage zoomIn", "widget"),
        ("Business Desk 12 March 2021 09:15", "date_line"),
        ("Leaders pose for a photo before the talks in the capital on Friday. REUTERS", "caption"),
        ("The delegations arrive at the airport. Photo: Press office of the regional governor", "caption"),
        ("World  >  Europe", "menu"),
        ("Contact us  ·  Careers  ·  Podcasts", "breadcrumb"),
        ("BREAKING ▸ Port strike enters third day ▸ Storm closes mountain pass ▸", "breadcrumb"),
        ("Search the archive…   Photo galleries   Letters", "menu"),
        ("You are here: Reports » Shipping", "cue"),
        ("Comments are closed for this story.", "notice"),
        ("Media office of the ministry – tel. (+99 12) 345 678", "cue"),
        ("Comments are moderated. Please be polite to other readers.", "notice"),
        ("Please enable JavaScript in your browser settings", "notice"),
        ("Disclaimer: Opinions in this column belong to the author.", "notice"),
        ("Sport   Culture   Science   Opinion", "menu"),
        ("NEWS   U.K.   E.U.   MARKETS   OPINION", "menu"),  # an abbreviation's stops end no sentence
        ("Read this story in Portuguese", "language_link"),
        ("Also available in French", "language_link"),
        ("© 2023 The Daily Example Group. Reproduction of any material requires a link to the site.", "rights"),
        ("Copyright 2021 Example Media Holding, all rights reserved", "rights"),
        ("By Maria Jensen, Oslo", "byline"),
        ("cheap replica handbags buy now free shipping lowest price www.bags-outlet.example", "spam"),
        ("Join our mailing list and receive the week's top stories from the region every Friday!", "promo"),
        ("Sign up for the Harbour Courier newsletter", "promo"),
        ("Подпишитесь на нашу рассылку и получайте главные новости региона каждый день!", "promo"),
        ("Subscribe to the Evening Ledger channel on Telegram!", "promo"),
        ("Stay up-to-date with the latest headlines on the Harbour Courier's WhatsApp channel", "promo"),
        ("(Catch all the Sports News, Breaking News and Latest News Updates on The Daily Example.)", "promo"),
        ("Found a typo? Highlight the text and press Ctrl+Enter", "cue"),
        ("The premier greets farmers at the fair in the northern province. (Photo: Facebook/@RegionalPressDesk)",
         "caption"),
        ("The envoy and the governor at the new bridge on the river. - AGENCYPIX/JOHN MARK TAYLOR", "caption"),
        ("Photo: K. Lindqvist and A. Moreau at the border crossing near the coast (PRESS/AGENCY)", "caption"),
        ("Sign up for the Harbour Courier morning newsletter and get the headlines first.", "promo"),
        ("Support our journalism. The Daily Example is paid for by readers. Give today.", "promo"),
        ("Support independent journalism: donate to the Evening Ledger from $3 a month", "promo"),
        ("Continue reading below", "cue"),
        ("This website uses cookies to improve your experience. Click OK to accept. OK | Settings", "consent"),
        ("The ministers visit the new port terminal in the south. (REGIONPIX photo)", "caption"),
        ("The delegations at the opening of the fair in the capital. PHOTO | ARCHIVE", "caption"),
        ("The envoy at the border crossing near the river. Photo: J. Smith for the Evening Ledger", "caption"),
        ("Ad · Summer sale on ferry tickets to the islands, book by Friday", "advert"),
        ("[Ad] Cheap freight quotes for exporters — from $5 a pallet", "advert"),
        ("Promoted | Open a business account in ten minutes", "advert"),
        ("This article was translated automatically. The outlet does not check the translation.", "notice"),
        ("Live updates   Newest first     Please enable JavaScript to see the timeline", "notice"),
        ("Cite as: Baltic Futures Institute (2030), Working Paper 12.", "notice"),
        ("Comments are the responsibility of the readers who post them.", "notice"),
        ("Have your say. Join the debate under this article.", "notice"),
        ("Text translated from Georgian by machine.", "notice"),
        ("This transcript was produced automatically and checked by our staff.", "notice"),
        ("[This page has been translated from Korean by machine.]", "notice"),
        ("Lithuanian text shall prevail in case of doubt.", "notice"),
        ("Opinions (2) | Registration is required to comment on this article.", "notice"),
        ("Liked this story? Become a supporter of the Valley Herald from EUR 5 a month.", "notice"),
        ("We're pausing our live coverage here. Thank you for following.", "notice"),
        ("Join the Valley Herald on social media for more news.", "promo"),
        ("Up next: Rice prices climb at the Dhaka wholesale market (14.05.2031)", "related"),
        ("More commentaries: On the statement of the river commission (3 May 2031)", "related"),
        ("Minutes of the joint committee (docx, 48 KB)", "file_link"),
        ("Reprint of materials requires a link to the portal.", "rights"),
        ("Hyperlink is obligatory when the site's texts are quoted.", "rights"),
        ("Also in Economy: \"Rice prices at a record\" · \"The port's new cranes\"", "related"),
        ("Most commented: Ferry fares rise on the lake route (12/03/2031)", "related"),
        ("21:05 — That is all for tonight; we will be back tomorrow morning.", "notice"),
        ("Newsletters: the Valley Herald morning briefing in your inbox", "promo"),
        ("Subscribe for NGN 1,500 a month. Already a subscriber? Log in", "promo"),
        ("The envoys at the ferry terminal in Kisumu. (Herald photo: P. Achieng)", "caption"),
    ],
)
def test_chrome_lines_are_recognised(line: str, expected: str) -> None:
    assert reason(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "These include:",
        "Memorandum of Understanding between the two national universities.",
        "“We are ready to cooperate,” the minister said.",
        "Agreement on scientific cooperation between the two academies of sciences",
        "The sides discussed the comments made by experts at the forum in detail.",
        "What was agreed during the talks?",
        "By 2030 the two countries want to double trade.",
        "Join the two delegations at the forum on Friday, the organisers told exporters.",
        "Like the previous session, the talks focused on energy and transport.",
        "The ministers agreed on a discount on rail tariffs for grain, bonus quotas and cheap loans.",
        "The ministers called the use of force at the border unacceptable and agreed to meet again.",
        "Support for the agreement grew in both parliaments after the vote.",
        "The governor met the delegation at the bridge. The talks went on until late.",
        "Italia, Spagna sign loan for Napoli port as Meloni meets Sanchez",  # a detector takes it for Italian
        "Ministers sign grain deal in Lisbon",
        "Both leaders agreed to hold the next summit in Dakar.",
        "Ad-hoc working groups will meet in the capital before the summit.",
        "Ad hoc talks: the ministers met again on Friday to settle the tariff row.",
    ],
)
def test_short_story_lines_survive(line: str) -> None:
    assert reason(line) is None


def test_a_line_in_another_script_is_chrome() -> None:
    assert reason("Читать на русском языке") == "foreign_language"


def test_prose_in_another_language_is_chrome() -> None:
    line = "Uyarı: yorumlar yayınlanmadan önce editörlerimiz tarafından dikkatle kontrol edilmektedir."
    assert reason(line) == "foreign_language"


def test_a_headline_with_foreign_spelled_names_is_not_another_language() -> None:
    assert reason("Đurić, Kovačević open Austrian steel mill near Čačak") is None


def test_a_sentence_ending_in_a_name_with_an_initial_is_not_a_caption() -> None:
    line = "The envoy arrived in the capital on Monday at the invitation of Finance Minister Dr. K. Rao."
    assert reason(line) is None


def test_a_list_of_names_is_not_taken_for_another_language() -> None:
    assert reason("Ilham Aliyev, Emomali Rahmon, Shavkat Mirziyoyev") is None


def test_keyword_spam_without_punctuation_is_chrome() -> None:
    spam = " ".join(["cheap diet pills that work fast best keto gummies online reviews"] * 4)
    assert reason(spam) == "spam"


def test_off_topic_block_with_little_punctuation_is_chrome() -> None:
    block = ("casino bonus codes slots jackpot roulette poker free spins online betting odds, "
             "sportsbook promotions mobile casino apps crypto gambling sites lottery results tonight "
             "welcome package deposit match vip rewards program")
    assert reason(block) == "spam"


def test_a_long_story_paragraph_is_not_spam() -> None:
    paragraph = ("The commission reviewed trade between the countries, which grew by a fifth last year, "
                 "and agreed on projects in energy, transport and agriculture, the ministry said.")
    assert reason(paragraph) is None


def test_a_long_sentence_of_offices_and_names_is_not_spam() -> None:
    # few commas, and names the rest of the page does not repeat, but the grammar of a sentence
    sentence = ("The opening ceremony was attended by Speaker of the Senate of the Federal Parliament of "
                "Ruritania Ilona Petrovna Vasko and Deputy Chairman of the Upper Chamber of Borduria "
                "Stefan Karlovich Ostrov.")
    assert reason(sentence) is None


@pytest.mark.parametrize(
    "line",
    [
        "The views expressed in this column are those of the writer.",
        "— This conversation has been condensed and edited for length.",
        "This interview has been edited for clarity and brevity.",
        "[This statement is reproduced unedited as received from the ministry.]",
        "Lightly edited for style by our desk.",
    ],
)
def test_an_editors_note_on_the_text_itself_is_chrome(line: str) -> None:
    assert reason(line) == "notice"


def test_a_line_of_clock_times_is_a_schedule_widget() -> None:
    assert reason("Market hours: Open 09:30 | Close 16:00") == "schedule"
    assert reason("Iftar 18:42 · Suhoor 04:55") == "schedule"


def test_a_widget_s_label_and_its_one_clock_time_is_a_schedule_widget() -> None:
    assert reason("High tide in Zanzibar: 14:05") == "schedule"
    assert reason("Last ferry to Lamu: 19h30") == "schedule"
    assert reason("Ferry talks resume in Lamu after 14:05 delay") is None


def test_a_sentence_with_two_clock_times_is_story() -> None:
    line = "The crossing opened at 07:00 and closed again at 19:30 after the ministers left the border post."
    assert reason(line) is None


def test_a_labelled_list_of_the_sites_other_items_is_related() -> None:
    assert reason("Other releases: Central bank holds key rate (3 Feb) · Reserves rise in January") == "related"


def test_a_short_line_in_another_language_is_chrome() -> None:
    assert reason("Sitemizde çerez kullanılmaktadır. Kabul et") == "foreign_language"


def test_a_short_headline_with_grammatical_words_stays() -> None:
    assert reason("Talks on the new border crossing resume") is None


def test_an_acknowledgement_of_country_in_a_footer_is_chrome() -> None:
    assert reason("We respectfully acknowledge the Traditional Owners of the lands on which we work.") == "notice"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Was this article helpful?   Yes   No", "notice"),
        ("Did you find this page useful? Rate it", "notice"),
        ("If you find an error in this report, highlight it and tell our editors", "notice"),
        ("This page updates automatically every two minutes.", "notice"),
        ("Transcript provided by Harbour Media Services. Check against delivery.", "notice"),
        ("Contacts: 14 Harbour Road, Port Louis, PL-7702", "notice"),
        ("Reader comment: \"Ferries first, speeches later, and fix the old jetty too\" — Tom, Mahébourg", "notice"),
        ("Download: Annual report (PDF, 2.4 MB) | Annex (CSV)", "related"),
        ("Download the data as a spreadsheet (CSV, 12 KB)", "related"),
        ("Also this week: fishing licence fees rise; a new ferry for Rodrigues.", "related"),
        ("More materials on the topic: Ports, Shipping", "related"),
        ("(Reporting by Anna Lind; Editing by Peter Wolff)", "byline"),
        ("Chart: Harbour Courier, based on customs data", "caption"),
        ("(Item no. 4471) Visitors counter : 2045", "counter"),
        ("Texts of the ministry may be reproduced with a link to the source.", "rights"),
    ],
)
def test_site_lines_under_a_story_are_recognised(line: str, expected: str) -> None:
    assert reason(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Download speeds on the new undersea cable between the islands doubled last year.",
        "The contacts between the two ministries have intensified since the spring.",
        "Also this week, the ministers opened the new ferry terminal in the north.",
        "Other materials on the border dispute were handed over to the court in June.",
        "Reporters were told that the talks would resume in the autumn.",
    ],
)
def test_story_lines_that_open_like_site_lines_stay(line: str) -> None:
    assert reason(line) is None


def test_a_rights_line_in_vietnamese_is_chrome_with_or_without_its_accents() -> None:
    assert reason("Bản quyền thuộc Báo Thương mại Hà Nội") == "rights"
    assert reason("Ban quyen thuoc ve Tap chi Kinh te Hue, 2031.") == "rights"
