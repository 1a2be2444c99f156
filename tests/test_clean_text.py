"""Tests for the plain-text cleaner: gold labels on the seeds, plus articles in other house styles."""
import json
from pathlib import Path

import pytest

from tasks.core.clean_text import clean_plain_text

ROOT = Path(__file__).resolve().parents[1]
GOLD = [json.loads(line) for line in (ROOT / "tests/data/seed-cleaning.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()]
TEXT_LABELS = ("standfirst", "body", "subheading")


def _seed(doc_id: str) -> str:
    return (ROOT / "seeds" / f"{doc_id}.txt").read_text(encoding="utf-8")


def _labels(doc) -> list[str]:
    return [label for label, _ in doc.lines]


# ---------------------------------------------------------------- seeds against the gold

@pytest.mark.parametrize("gold", GOLD, ids=[g["doc"] for g in GOLD])
def test_seed_line_labels_match_gold(gold):
    doc = clean_plain_text(_seed(gold["doc"]))
    expected = [(line["label"], line["text"]) for line in gold["lines"]]
    assert len(doc.lines) == len(expected)
    for got, want in zip(doc.lines, expected):
        assert got == want


@pytest.mark.parametrize("gold", GOLD, ids=[g["doc"] for g in GOLD])
def test_seed_metadata_matches_gold(gold):
    doc = clean_plain_text(_seed(gold["doc"]))
    meta = gold["meta"]
    first_line = gold["lines"][0]["text"] if gold["lines"][0]["label"] == "title" else None
    assert doc.title == (meta["title"] or first_line)
    assert doc.wire_agency == meta["wire_agency"]
    assert doc.outlet == meta["outlet"]


@pytest.mark.parametrize("gold", GOLD, ids=[g["doc"] for g in GOLD])
def test_seed_text_is_standfirst_body_and_subheadings_in_order(gold):
    doc = clean_plain_text(_seed(gold["doc"]))
    expected = "\n".join(line["text"] for line in gold["lines"] if line["label"] in TEXT_LABELS)
    assert doc.text == expected


def test_seed_details():
    afp = clean_plain_text(_seed("000_40a16710a1f689f1"))
    assert "Aliyev meets with the military leadership" not in afp.text
    assert afp.text.startswith("At least 49 Armenian soldiers were killed yesterday")
    assert not afp.text.endswith("via Google news")

    tnd = clean_plain_text(_seed("001_c1af84971c6ad053"))
    assert "-Reuters" not in tnd.text and "All rights reserved." not in tnd.text
    assert tnd.text.split("\n")[-1].startswith("France will bring up the clashes")

    tvn = clean_plain_text(_seed("002_b0015fb7dc1699af"))
    assert "Conflict between Armenia and Azerbaijan" in tvn.text.split("\n")
    assert "ROMAN ISMAYILOV" not in tvn.text
    assert tvn.wire_agency is None  # photo agencies are not the story's wire agency

    svt = clean_plain_text(_seed("003_310b3c18aa1c30c3"))
    assert svt.dateline == "15:05•Updated 15:18"
    assert svt.published_at is None

    rt = clean_plain_text(_seed("004_1445dcf91f606683"))
    assert rt.text.split("\n")[0].startswith("At least 50 Azerbaijani soldiers")


# ---------------------------------------------------------------- other house styles

REUTERS = """Ukraine says Russian drone attack kills three in Odesa

By Tom Balmforth and Max Hunder

March 3, 2024 10:15 AM GMT

KYIV, March 3 (Reuters) - A Russian drone attack on the southern port city of Odesa killed three people and wounded at least eight, regional governor Oleh Kiper said on Sunday.

Kiper said a residential building was hit and rescuers were still searching the rubble.

Russia's defence ministry said its forces had shot down 38 Ukrainian drones overnight, but did not comment on the Odesa strike, the AFP news agency reported.

Reporting by Tom Balmforth; Editing by Alex Richardson

Our Standards: The Thomson Reuters Trust Principles.
"""


def test_reuters_lead_byline_and_signoff():
    doc = clean_plain_text(REUTERS)
    assert _labels(doc) == ["title", "credit", "dateline", "body", "body", "body", "credit", "boilerplate"]
    assert doc.title == "Ukraine says Russian drone attack kills three in Odesa"
    assert doc.author == "Tom Balmforth and Max Hunder"
    assert doc.wire_agency == "Reuters"  # from "(Reuters) -", not from "the AFP news agency reported"
    assert doc.dateline == "March 3, 2024 10:15 AM GMT"
    assert doc.published_at == "2024-03-03"
    assert doc.text.startswith("KYIV, March 3 (Reuters) - A Russian drone attack")
    assert len(doc.text.split("\n")) == 3


AP = """Russian strikes on Kharkiv kill 2 and injure dozens, officials say
Updated 2 hours ago
Share this article
KYIV, Ukraine (AP) — Russian missiles slammed into the center of Kharkiv on Thursday, killing two people and injuring at least 30 others, Ukrainian officials said.
Firefighters work at the site of a missile strike in Kharkiv, Ukraine, Thursday, May 23, 2024.
(AP Photo/Andrii Marienko)
The attack damaged a printing house and several apartment blocks, Gov. Oleh Syniehubov said on Telegram.
Read more: Ukraine's allies debate sending troops
The Russian Defense Ministry did not immediately comment.
Copyright 2024 The Associated Press. All rights reserved.
"""


def test_ap_dateline_photo_credit_and_read_more():
    doc = clean_plain_text(AP)
    assert _labels(doc) == ["title", "dateline", "boilerplate", "body", "caption", "credit", "body",
                            "boilerplate", "body", "boilerplate"]
    assert doc.wire_agency == "AP"
    assert doc.dateline == "Updated 2 hours ago"
    assert doc.outlet is None  # the copyright holder is the agency, not the publishing outlet
    assert "Read more" not in doc.text and "Firefighters work" not in doc.text


GUARDIAN = """Flooding in Brazil: death toll rises to 143 as rains continue

Rescue teams search for survivors in Rio Grande do Sul as thousands remain cut off

Residents are evacuated by boat in Porto Alegre on Tuesday.
Photo: Anselmo Cunha/AFP/Getty Images

The death toll from devastating floods in southern Brazil has risen to 143, with 125 people still missing, the civil defence agency said on Wednesday.

More than 80,000 people have been forced from their homes in Rio Grande do Sul state, where rivers burst their banks after a week of torrential rain.

What happens next?

Forecasters warned that more rain was expected over the weekend, raising fears of further landslides.

"We are facing the worst climate disaster in the history of our state," Governor Eduardo Leite told reporters.

Sign up for our newsletter

Related: Brazil floods: before and after satellite images

© 2024 Guardian News & Media Limited or its affiliated companies. All rights reserved.
"""


def test_standfirst_caption_photo_credit_question_subheading_and_footer():
    doc = clean_plain_text(GUARDIAN)
    assert _labels(doc) == ["title", "standfirst", "caption", "credit", "body", "body", "subheading", "body",
                            "body", "boilerplate", "boilerplate", "boilerplate"]
    assert doc.outlet == "Guardian News & Media"
    assert doc.wire_agency is None  # "AFP" inside a photo credit is the picture's agency
    assert doc.text.split("\n")[0] == "Rescue teams search for survivors in Rio Grande do Sul as thousands remain cut off"
    assert "What happens next?" in doc.text


INDIAN = """Five killed as landslide hits village in Uttarakhand

Updated: May 12, 2024 14:30 IST

At least five people were killed and three others are missing after a landslide struck a village in Uttarakhand's Chamoli district on Sunday, officials said.

The State Disaster Response Force (SDRF) has launched a rescue operation, according to the district magistrate.

Chief Minister Pushkar Singh Dhami said the government would provide all possible help to the affected families.

(With inputs from PTI)

Follow us on Twitter and Facebook
"""


def test_with_inputs_from_agency_signoff():
    doc = clean_plain_text(INDIAN)
    assert _labels(doc) == ["title", "dateline", "body", "body", "body", "credit", "boilerplate"]
    assert doc.wire_agency == "PTI"
    assert doc.published_at == "2024-05-12"


ANADOLU = """Israeli army detains 25 Palestinians in West Bank raids

Anadolu Agency

Palestinian prisoners' groups say number of detainees since Oct. 7 has reached 8,000

RAMALLAH, West Bank

The Israeli army detained at least 25 Palestinians in overnight raids across the occupied West Bank, according to prisoners' groups.

The Palestinian Prisoners' Society said in a statement that the raids targeted several towns, including Hebron and Nablus.

Raids continue

The Israeli army has not commented on the arrests, writes AFP.

You can share this story on social media:
"""


def test_agency_credit_place_dateline_and_mentioned_agency():
    doc = clean_plain_text(ANADOLU)
    assert _labels(doc) == ["title", "credit", "standfirst", "dateline", "body", "body", "subheading", "body",
                            "boilerplate"]
    assert doc.wire_agency == "Anadolu"  # not AFP, which is only quoted in a sentence
    assert doc.dateline == "RAMALLAH, West Bank"


BLOG = """Advertisement
Drought pushes Kenya's herders to the brink
Millions of livestock have died as the rains failed for a fifth season, aid agencies say
By Amina Yusuf | Nairobi
The worst drought in four decades has killed more than 2.5 million livestock in northern Kenya, according to the National Drought Management Authority.
Herders in Marsabit county said they had lost almost all of their cattle since January.
"We have nothing left," said Halima Dida, a mother of six.
Drought-stricken cattle near Marsabit, Kenya. Photo: Tony Karumba/AFP via Getty Images
The United Nations said 4.4 million people in Kenya now need food aid.
Share this article
Leave a Comment
Your email address will not be published. Required fields are marked *
"""


def test_inline_caption_credit_byline_with_place_and_comment_footer():
    doc = clean_plain_text(BLOG)
    assert _labels(doc) == ["boilerplate", "title", "standfirst", "credit", "body", "body", "body", "caption",
                            "body", "boilerplate", "boilerplate", "boilerplate"]
    assert doc.title == "Drought pushes Kenya's herders to the brink"
    assert doc.author == "Amina Yusuf"
    assert doc.wire_agency is None
    assert doc.text.count("\n") == 4


AP_BYLINE = """Protesters clash with police in Tbilisi
Thousands of people rallied outside parliament for a third night
By JOHN DOE, Associated Press
TBILISI, Georgia — Thousands of protesters gathered outside Georgia's parliament on Wednesday.
Posted 5h ago
Police used water cannon and tear gas, the interior ministry said.
Key points
The bill requires media to register as foreign agents.
— Associated Press writer Jane Roe contributed to this report.
"""


def test_byline_with_agency_and_contributed_signoff():
    doc = clean_plain_text(AP_BYLINE)
    assert _labels(doc) == ["title", "standfirst", "credit", "body", "dateline", "body", "subheading", "body",
                            "credit"]
    assert doc.author == "JOHN DOE"
    assert doc.wire_agency == "AP"
    assert doc.dateline == "Posted 5h ago"
    assert "contributed" not in doc.text


# ---------------------------------------------------------------- edge cases

@pytest.mark.parametrize("raw", ["", "   \n\n \t\n", "\u00a0\r\n\u00a0"])
def test_empty_input(raw):
    doc = clean_plain_text(raw)
    assert doc.title is None and doc.text == "" and doc.lines == []
    assert doc.wire_agency is None and doc.outlet is None and doc.dateline is None


def test_single_paragraph_is_body_without_title():
    para = "Police said two people were injured when a car struck a bus shelter in the town centre on Friday."
    doc = clean_plain_text(para + "\n")
    assert doc.title is None
    assert doc.lines == [("body", para)]
    assert doc.text == para


def test_every_line_body_without_blank_lines():
    paras = [
        "The city council voted on Tuesday to close two public libraries, citing a budget shortfall of nearly"
        " $4 million that officials said could not be covered by reserves this year.",
        "Residents who attended the meeting criticised the decision, arguing that the libraries serve"
        " thousands of children who have no other place to study.",
        "The mayor said the buildings would be sold and that the proceeds would go towards road repairs.",
    ]
    doc = clean_plain_text("\n".join(paras))
    assert doc.title is None
    assert _labels(doc) == ["body"] * 3
    assert doc.text == "\n".join(paras)


def test_windows_line_endings_and_non_breaking_spaces():
    raw = ("Wildfire forces evacuation of 2,000 residents\r\n\r\nBy Jane Smith\r\n\r\n"
           "\u00a0About 2,000\u00a0residents were ordered to leave their homes on Saturday as a wildfire spread"
           " across the hills, fire officials said.\u00a0\r\n\u00a0\r\nNo injuries have been reported so far.\r\n")
    doc = clean_plain_text(raw)
    assert _labels(doc) == ["title", "credit", "body", "body"]
    assert doc.title == "Wildfire forces evacuation of 2,000 residents"
    assert doc.author == "Jane Smith"
    first = doc.text.split("\n")[0]
    assert first.startswith("About 2,000\u00a0residents")  # inner text kept exactly, outer spaces stripped
    assert first.endswith("fire officials said.")
    assert "\r" not in doc.text


def test_body_sentences_with_boilerplate_words_stay_body():
    raw = ("Union leaders reject pay offer\n\n"
           "Union leaders on Monday rejected the government's latest pay offer, saying it fell far short of"
           " inflation.\n\n"
           "The union said it would share the details with members and urged them to follow the ballot"
           " closely, adding that a strike could follow within weeks if talks failed.\n\n"
           "Netflix added 9 million subscriptions in the quarter, and its newsletter for investors said"
           " growth would slow.\n\n"
           "Copyright lawyers said the company had also changed its privacy policy and terms of use.\n\n"
           "The Reuters Agency believes the strike could cost the economy millions, writes AFP.\n\n"
           "Ministers said the offer was final.\n")
    doc = clean_plain_text(raw)
    assert _labels(doc) == ["title", "body", "body", "body", "body", "body", "body"]
    assert doc.wire_agency is None and doc.outlet is None


def test_list_items_and_mid_story_ads_are_not_headings():
    raw = ("Storm leaves thousands without power\n\n"
           "A powerful storm swept across the region overnight, officials said on Monday.\n\n"
           "The worst-hit areas were:\n\n"
           "Northern districts\n\nThe coastal strip\n\nThe river valley\n\n"
           "Advertisement\n\n"
           "Repair crews expect to restore power to most homes by Wednesday, the utility said.\n\n"
           "Schools stay shut\n\n"
           "The education department said all schools in the affected areas would remain closed until Thursday.\n")
    doc = clean_plain_text(raw)
    assert _labels(doc) == ["title", "body", "body", "body", "body", "body", "boilerplate", "body", "subheading",
                            "body"]
    assert "Advertisement" not in doc.text


BBC = """Gaza: Aid convoy comes under fire, UN says
Image source, Reuters
Image caption, Trucks wait at the Rafah crossing on Sunday
By David Gritten
BBC News
A UN aid convoy came under fire in central Gaza on Sunday, the agency's chief said.
"This is unacceptable," he wrote on X.
— Philippe Lazzarini (@UNLazzarini) March 3, 2024
pic.twitter.com/abc123
Israel's military said it was looking into the reports.
The investigation continues.
More on this story
"""


def test_bbc_image_source_caption_and_embedded_tweet():
    doc = clean_plain_text(BBC)
    assert _labels(doc) == ["title", "credit", "caption", "credit", "credit", "body", "body", "boilerplate",
                            "boilerplate", "body", "body", "boilerplate"]
    assert doc.author == "David Gritten"
    assert doc.wire_agency is None  # "Reuters" here is only the picture's source
    assert doc.text.endswith("The investigation continues.")


def test_title_case_subheading_and_trailing_list_after_colon():
    raw = ("Band announces farewell tour\n\n"
           "The band said on Friday it would play its final shows next summer after five decades on the road.\n\n"
           "Press Freedom Under Threat\n\n"
           "The singer told reporters the tour would raise money for independent journalism.\n\n"
           "The tour dates are:\n\n"
           "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\n"
           "June 10 -- Credit Union Amphitheatre, Tampa, PA\n"
           "June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA\n")
    doc = clean_plain_text(raw)
    assert _labels(doc) == ["title", "body", "subheading", "body", "body", "body", "body", "body"]
    assert doc.text.endswith("Alpharetta, GA")


def test_dated_byline_repeated_headline_and_bracketed_reuters_credits():
    raw = ("On recent controversial events\n\n"
           "On recent controversial events\n\n"
           "Tuesday 15 October 2019 by Bradley M. Kuhn\n\n"
           "The board said on Monday it had accepted the resignation of its chairman after weeks of protests.\n\n"
           "Members said they would elect a new chairman at the annual meeting in December.\n\n"
           "(Reporting by Will Dunham; Editing by Tom Brown)\n\n"
           "© Reuters\n\n"
           "Share on Twitter\n")
    doc = clean_plain_text(raw)
    assert _labels(doc) == ["title", "boilerplate", "credit", "body", "body", "credit", "boilerplate", "boilerplate"]
    assert doc.author == "Bradley M. Kuhn"
    assert doc.dateline == "Tuesday 15 October 2019" and doc.published_at == "2019-10-15"
    assert doc.wire_agency == "Reuters" and doc.outlet is None


def test_numeric_date_stamps():
    """A stamp in figures dates the text when its order is plain: the year first, a part above 12, or dots (the
    day first); a slashed date with both parts up to 12 is left unread (the US and Britain order them apart)."""
    def dated(stamp):
        return clean_plain_text(f"Fire destroys old dairy warehouse\n\n{stamp}\n\n"
                                "A fire on Tuesday destroyed the town's historic dairy warehouse, officials said.\n").published_at
    assert dated("Published: 2012.08.08 09:01 AM") == "2012-08-08"
    assert dated("Article posted on 08.07.2012") == "2012-07-08"
    assert dated("Posted 12/25/2013 10:20 AM") == "2013-12-25"
    assert dated("Originally published 05/03/2013 at 10:20 AM EDT") is None
