"""Boilerplate stripping: each rule on a short page written for it, the seed, and invariants."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis import boilerplate as bp
from reader.document import Block, Document
from reader.ingest.text import parse

SEED = Path(__file__).resolve().parent.parent / "seeds" / "lebanon-ceasefire.txt"

# Four paragraphs of a made-up story, used as the body of the pages below.
BODY = [
    "The river authority said on Thursday that it would open the old sluice gates for the first time "
    "in forty years, after a wet autumn left the reservoir close to the top of its banks.",
    "Engineers have spent the summer testing the gates, which were built in 1953 and last moved in "
    "1984, when a flood reached the edge of the market square.",
    "Residents of the low streets near the bridge were told to move their cars by Friday evening, "
    "and the council said it would keep the sports hall open overnight for anyone who wanted to leave.",
    "A spokeswoman for the authority said the release would be slow and that the river was not "
    "expected to rise by more than half a metre in the town.",
]
HEADLINE = "River authority to open old sluice gates"
NAV = ["Home", "News", "Sport", "Weather", "Business", "Culture", "Opinion", "Video"]


def strip_text(text: str, fmt: str = "text") -> list[tuple[str, Block]]:
    doc = parse(text)
    if fmt != "text":
        doc = Document(text=doc.text, blocks=doc.blocks, format=fmt)
    return [(doc.block_text(b), b) for b in bp.strip(doc)]


def page(*parts: list[str] | str) -> str:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return "\n".join(lines) + "\n"


def reason_of(result: list[tuple[str, Block]], text: str) -> str | None:
    matches = [b for t, b in result if t == text]
    assert matches, f"no block {text!r}"
    return matches[0].reason


def kept_body(result: list[tuple[str, Block]]) -> list[str]:
    return [t for t, b in result if b.kept and b.kind != "title"]


def stats(text: str) -> bp.Stats:
    return bp.block_stats([text, *BODY])[0]


# --- the page as a whole -----------------------------------------------------------------


def test_a_news_page_keeps_the_body_and_names_the_rest():
    text = page(
        f"{HEADLINE} - The Valley Courier",
        NAV,
        HEADLINE,
        "By Jane Marsh",
        "March 4, 2021 9:12 am",
        "Share on Facebook",
        BODY,
        "Related stories",
        "Flood defences to get new funding from the county",
        "Bridge repairs delayed until spring after storm damage",
        "© 2019 The Valley Courier. All rights reserved.",
        "Privacy Policy",
    )
    result = strip_text(text)
    assert kept_body(result) == BODY
    titles = [t for t, b in result if b.kind == "title"]
    assert titles == [HEADLINE]
    assert reason_of(result, f"{HEADLINE} - The Valley Courier") == bp.REPEATED_TITLE
    assert reason_of(result, "Sport") == bp.NAVIGATION
    assert reason_of(result, "By Jane Marsh") == bp.BYLINE
    assert reason_of(result, "March 4, 2021 9:12 am") == bp.BYLINE
    assert reason_of(result, "Share on Facebook") == bp.SHARE
    assert reason_of(result, "Related stories") == bp.RELATED
    assert reason_of(result, "Bridge repairs delayed until spring after storm damage") == bp.RELATED
    assert reason_of(result, "© 2019 The Valley Courier. All rights reserved.") == bp.LEGAL
    assert reason_of(result, "Privacy Policy") == bp.LEGAL


def test_every_reason_is_one_of_the_documented_ones():
    text = page(HEADLINE, NAV, BODY, "Leave a Reply", "Great piece, thanks for writing it.", "Copyright 2019")
    for _, block in strip_text(text):
        assert block.kept or block.reason in bp.REASONS


def test_short_lines_inside_the_body_stay():
    body = [BODY[0], "What residents should do", "- move cars from the low streets", "- keep sandbags by the door",
            BODY[1], BODY[2]]
    result = strip_text(page(HEADLINE, NAV, body, "Related stories", "Other news of the week"))
    assert kept_body(result) == body


def test_advertisement_and_captions_inside_the_body_are_stripped():
    body = [BODY[0], "Advertisement", BODY[1], "The sluice gates in 1984. (Photo: Valley Archive)", BODY[2]]
    result = strip_text(page(HEADLINE, NAV, body))
    assert kept_body(result) == [BODY[0], BODY[1], BODY[2]]
    assert reason_of(result, "Advertisement") == bp.ADVERTISEMENT
    assert reason_of(result, "The sluice gates in 1984. (Photo: Valley Archive)") == bp.CAPTION


def test_a_list_of_links_under_a_heading_inside_the_body_is_stripped():
    links = ["Flood defences to get new funding from the county", "Bridge repairs delayed until spring"]
    body = [BODY[0], BODY[1], "More:", *links, BODY[2], "How the gates work", BODY[3]]
    result = strip_text(page(HEADLINE, NAV, body))
    assert kept_body(result) == [BODY[0], BODY[1], BODY[2], "How the gates work", BODY[3]]
    assert reason_of(result, links[1]) == bp.RELATED


def test_an_author_bio_after_the_body_is_stripped():
    bio = "Jane Marsh is a senior reporter at the Valley Courier. She has covered the river for ten years."
    result = strip_text(page(HEADLINE, NAV, BODY, bio, "Facebook", "Twitter"))
    assert kept_body(result) == BODY
    assert reason_of(result, bio) == bp.AUTHOR_BIO


def test_a_line_above_a_bare_credit_is_a_caption():
    caption = "The old sluice gates seen from the bridge."
    body = [BODY[0], caption, "(Image credit: Valley Archive)", BODY[1], BODY[2]]
    result = strip_text(page(HEADLINE, NAV, body))
    assert kept_body(result) == [BODY[0], BODY[1], BODY[2]]
    assert reason_of(result, caption) == bp.CAPTION


def test_cookie_notice_and_newsletter_are_stripped():
    cookie = "We use cookies to give you the best experience on our website. By continuing you agree to this."
    signup = "Sign up for our daily newsletter and get the top stories in your inbox."
    result = strip_text(page(HEADLINE, cookie, NAV, BODY, signup))
    assert kept_body(result) == BODY
    assert reason_of(result, cookie) == bp.COOKIES
    assert reason_of(result, signup) == bp.SHARE


def test_comments_never_join_the_article_even_when_longer():
    comment = (
        "I have lived by the river for thirty years and I think the authority should have done this a long "
        "time ago, because every winter the water comes closer to the houses and nobody listens to us."
    )
    thread = []
    for n in range(8):
        thread += [f"Reader {n} on November 20, 2019 at 9:1{n} am said:", comment + f" ({n})"]
    text = page(HEADLINE, NAV, BODY[:2], "12 Comments", thread)
    result = strip_text(text)
    assert kept_body(result) == BODY[:2]
    assert reason_of(result, "12 Comments") == bp.COMMENTS
    assert all(b.reason == bp.COMMENTS for t, b in result if t.startswith(comment[:20]))


def test_a_menu_after_the_comments_is_a_menu():
    comment = "Thanks for the report, we moved the car last night and the street is already wet."
    text = page(HEADLINE, NAV, BODY, "Leave a Reply", "Sam Okafor", comment, NAV)
    result = strip_text(text)
    assert reason_of(result, "Sam Okafor") == bp.COMMENTS
    assert reason_of(result, comment) == bp.COMMENTS
    tail = result[-len(NAV) :]
    assert [b.reason for _, b in tail] == [bp.NAVIGATION] * len(NAV)


def test_a_comment_count_in_the_byline_is_not_the_comment_section():
    text = page(HEADLINE, NAV, "By Jane Marsh | 0 Comments", BODY)
    assert kept_body(strip_text(text)) == BODY


def test_a_closing_one_liner_joins_the_body():
    body = [*BODY, "Nobody was hurt."]
    result = strip_text(page(HEADLINE, NAV, body, "Share on Facebook", "Related stories", "Other news of the week"))
    assert kept_body(result) == body


def test_a_list_closing_the_article_joins_the_body():
    steps = ["1) Move your car from the low streets", "2) Put sandbags by the door", "3) Charge your phone"]
    body = [*BODY[:3], "Here is what the council asks residents to do:", *steps]
    result = strip_text(page(HEADLINE, NAV, body, "Share on Facebook", "Most read", "1) Other story of the week"))
    assert kept_body(result) == body


def test_short_one_line_paragraphs_do_not_split_the_body():
    lines = ["“Is it safe?” she asked.", "“Nobody knows,” he said.", "They waited.", "The water rose.",
             "Then it stopped.", "Nobody spoke for a while.", "“Now we go,” she said."]
    body = [BODY[0], *lines, BODY[1]]
    assert kept_body(strip_text(page(HEADLINE, NAV, body, "Share on Facebook"))) == body


def test_a_sentence_about_comment_is_prose():
    body = [*BODY[:2], "The authority declined to comment.", BODY[2]]
    assert kept_body(strip_text(page(HEADLINE, NAV, body))) == body


def test_teasers_and_repeated_blocks_are_not_the_body():
    teasers = [
        "Flood defences get new funding The county will spend more on walls along the river, officials said...",
        "Bridge repairs delayed The work on the old bridge will not start until the spring, when the water...",
    ]
    result = strip_text(page(HEADLINE, NAV, BODY, "More news", teasers, teasers))
    assert kept_body(result) == BODY


def test_a_page_without_prose_keeps_what_no_rule_strips():
    text = page("Shopping list", "eggs", "flour", "milk", "Share on Facebook")
    result = strip_text(text)
    assert [t for t, b in result if b.kept] == ["Shopping list", "eggs", "flour", "milk"]


def test_a_title_given_by_the_source_marks_its_repeat_not_the_first_block():
    parsed = parse(page("Flood warning lifted for the valley", BODY, HEADLINE, BODY[3]))
    doc = Document(text=parsed.text, blocks=parsed.blocks, format="html", title=f"{HEADLINE} | Valley Courier")
    out = bp.strip(doc)
    assert [doc.block_text(b) for b in out if b.kind == "title"] == [HEADLINE]
    assert out[0].kept and out[0].kind == "paragraph"


def test_html_and_markdown_get_line_rules_only():
    text = page(NAV, BODY[:1], "Advertisement", "A short closing line")
    result = strip_text(text, fmt="html")
    assert [t for t, b in result if not b.kept] == ["Advertisement"]


# --- each line rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "line", "reason"),
    [
        (bp.skip_link, "Skip to main content", bp.NAVIGATION),
        (bp.placeholder_text, "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", bp.PLACEHOLDER),
        (bp.comment_form, "Your email address will not be published. Required fields are marked *", bp.COMMENT_FORM),
        (bp.form_field, "Name (required)", bp.COMMENT_FORM),
        (bp.avatar, "riverwatcher Avatar", bp.AVATAR),
        (bp.cookie_notice, "This site uses cookies. By browsing you agree to our cookie policy.", bp.COOKIES),
        (bp.legal_footer, "Copyright © 2021 Valley Media Ltd", bp.LEGAL),
        (bp.legal_footer, "Terms of Use", bp.LEGAL),
        (bp.advertisement, "ADVERTISEMENT", bp.ADVERTISEMENT),
        (bp.advertisement, "Story continues below advertisement", bp.ADVERTISEMENT),
        (bp.share_line, "Click to share on Twitter (Opens in new window)", bp.SHARE),
        (bp.share_line, "Follow us on Instagram", bp.SHARE),
        (bp.image_caption, "The old gates. (Image: Valley Archive)", bp.CAPTION),
        (bp.image_caption, "Photo: Jane Marsh / Valley Courier", bp.CAPTION),
        (bp.byline, "By Jane Marsh and Tom Reed", bp.BYLINE),
        (bp.byline, "Posted on March 3, 2020", bp.BYLINE),
        (bp.byline, "12/03/2020 14:05", bp.BYLINE),
        (bp.byline, "Wednesday November 20, 2019 | Jane Marsh", bp.BYLINE),
        (bp.byline, "4 Mar 2021, 09:10", bp.BYLINE),
        (bp.related_marker, "You might also like", bp.RELATED),
        (bp.related_marker, "More Great Valley Stories", bp.RELATED),
        (bp.author_bio, "Jane Marsh is a staff writer at the Valley Courier covering rivers and roads.", bp.AUTHOR_BIO),
        (bp.author_bio, "Tom Reed (tom@example.org) is the editor of the Courier.", bp.AUTHOR_BIO),
        (bp.related_marker, "READ MORE: Bridge repairs delayed", bp.RELATED),
        (bp.comment_marker, "Leave a Reply", bp.COMMENTS),
        (bp.comment_marker, "[ 167 comments ]", bp.COMMENTS),
        (bp.comment_marker, "5 thoughts on “River authority to open old sluice gates”", bp.COMMENTS),
        (bp.comment_marker, "Tom on May 3, 2019 at 5:23 pm said:", bp.COMMENTS),
    ],
)
def test_rule_fires(rule, line, reason):
    assert rule(stats(line)) == reason


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        (bp.comment_marker, "The authority declined to comment."),
        (bp.byline, "By the time the water arrived, most people had left their homes and gone to the hall."),
        (bp.byline, "June 9 – Riverside Park @ The Old Mill Stage"),
        (bp.byline, "May 5 people were hurt in the crash"),
        (bp.share_line, "Residents share the cost of the sandbags with the council."),
        (bp.legal_footer, "The council said the privacy of residents would be respected."),
        (bp.advertisement, "Advertising revenue at the local paper fell by a third last year."),
        (bp.cookie_notice, "She baked cookies for the volunteers."),
        (bp.related_marker, "Related to the flood, the council has opened a hall."),
        (bp.author_bio, "The mayor is a former reporter who worked for the paper."),
    ],
)
def test_rule_spares_prose(rule, line):
    assert rule(stats(line)) is None


def test_prose_scores_positive_and_menus_negative():
    assert bp.content_score(stats(BODY[0])) > 20
    assert bp.content_score(stats("Weather")) < 0
    assert bp.content_score(stats("Flood defences to get new funding from the county")) < 0


def test_teaser_and_title_case_lede_are_not_prose():
    assert not stats("The river rose by half a metre overnight and the council said that it was...").prose
    assert bp.headline_prefixed("Council Votes To Close The Old Bridge The city council voted on Tuesday to close it")
    assert not bp.headline_prefixed("The city council voted on Tuesday to close the Elm Street bridge for good.")


def test_main_region_is_the_best_run_and_stops_at_a_wall():
    assert bp.main_region([-1, 5, -2, 4, -10, 3]) == (1, 4)
    assert bp.main_region([-1, -2]) == (0, 0)
    walls = [False, False, False, True, False, False]
    assert bp.main_region([-1, 50, -2, -1, 90, 90], walls, min_total=40) == (1, 2)
    # a wall before any run worth an article does not stop the search (nor the run)
    assert bp.main_region([-1, 5, -2, -1, 90, 90], walls, min_total=40) == (1, 6)


def test_title_is_the_repeat_nearest_the_body():
    texts = [f"{HEADLINE} | Valley Courier", "Home", HEADLINE, *BODY, HEADLINE]
    sts = bp.block_stats(texts)
    matches = bp.title_matches(sts)
    assert matches == [0, 2, len(texts) - 1]
    assert bp.pick_title(matches, 3) == (2, [0, len(texts) - 1])


def test_a_skip_link_on_the_first_line_is_not_the_title():
    result = strip_text(page("Skip to main content", NAV, BODY))
    assert all(b.kind != "title" for _, b in result)
    assert reason_of(result, "Skip to main content") == bp.NAVIGATION


def test_a_long_first_paragraph_is_not_a_title():
    result = strip_text(page(BODY))
    assert all(b.kind != "title" for _, b in result)
    assert kept_body(result) == BODY


# --- the seed article ----------------------------------------------------------------------


def test_seed_keeps_title_once_and_nine_paragraphs_and_strips_the_rest():
    text = SEED.read_text(encoding="utf-8")
    result = strip_text(text)
    titles = [t for t, b in result if b.kind == "title" and b.kept]
    assert titles == ["US asked Lebanon to declare unilateral ceasefire with Israel, sources say"]
    body = kept_body(result)
    assert len(body) == 9
    assert body[0].startswith("The U.S. asked Lebanon") and body[-1].startswith("But a unilateral declaration")
    last = max(i for i, (t, b) in enumerate(result) if b.kept)
    after = result[last + 1 :]
    assert [b.reason for _, b in after] == [
        bp.AVATAR, bp.COMMENTS, bp.COMMENT_FORM, bp.COMMENTS, bp.PLACEHOLDER,
    ]
    assert reason_of(result, "US asked Lebanon to declare unilateral ceasefire with Israel, sources say") in (
        None, bp.REPEATED_TITLE,
    )


# --- invariants ----------------------------------------------------------------------------

line = st.one_of(
    st.sampled_from([*NAV, *BODY, HEADLINE, "Leave a Reply", "12 Comments", "Advertisement", "© 2020 X", "..."]),
    st.text(max_size=40),
)
pages = st.lists(line, max_size=25).map("\n".join)


@given(pages)
def test_strip_keeps_the_blocks_and_explains_every_stripped_one(text):
    doc = parse(text)
    out = bp.strip(doc)
    assert [(b.start, b.end) for b in out] == [(b.start, b.end) for b in doc.blocks]
    assert all(0 <= b.start <= b.end <= len(text) for b in out)
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))
    assert all((b.reason is None) == b.kept for b in out)
    assert all(b.kept or b.reason in bp.REASONS for b in out)
    assert sum(1 for b in out if b.kind == "title") <= 1


@given(st.text(max_size=400))
def test_strip_never_raises(text):
    for fmt in ("text", "markdown", "html"):
        doc = parse(text)
        bp.strip(Document(text=doc.text, blocks=doc.blocks, format=fmt))


def test_empty_document():
    assert bp.strip(Document(text="", blocks=())) == ()


# --- an article's text with no page around it -----------------------------------------------

#: A made-up clean article: a live blog with time markers, a sentence naming an agency's poll,
#: one naming a society, a quote introduced on a line of its own, an editor's note broken
#: around its links, and a reader's letter with its sign-off.
CLEAN_ARTICLE = "\n\n".join(
    [
        "Council delays vote on harbour bridge",
        "The city council on Tuesday postponed its vote on the harbour bridge, saying it needed more time "
        "to study the rising costs of the project.",
        '"We will not be rushed," said council member Ana Ruiz, who chairs the finance committee. '
        '"Not on a project of this size."',
        "A Reuters/Ipsos poll released Friday found that 54 percent of residents back the bridge, down from "
        "61 percent in the spring.",
        "The Associated Press interviewed a dozen residents who live near the site, and most said they "
        "feared the noise.",
        "12:15 p.m.",
        "The mayor said she would meet the contractors next week to go over the figures line by line.",
        "1:40 p.m.",
        "Protesters gathered outside city hall and chanted for an hour before leaving peacefully.",
        "The Harbour Historical Society said the bridge would cross land of great historical value to the town.",
        "He said:",
        '"The costs keep rising, and nobody can tell us why they keep rising."',
        "Editor's note: This story was updated to\n"
        "include\n"
        "comments from the mayor's office, which\n"
        "responded after it was first published.",
        "To the editor: I have lived by the harbour for thirty years, and the bridge will change it for the worse.",
        "Maria Lopez\nPortsmouth, N.H.\n",
    ]
)


def test_a_clean_article_loses_nothing():
    result = strip_text(CLEAN_ARTICLE)
    assert [(t, b.reason) for t, b in result if not b.kept] == []
    texts = [t for t, _ in result]
    assert "12:15 p.m." in texts and "Maria Lopez" in texts and "Portsmouth, N.H." in texts
    note = [t for t in texts if t.startswith("Editor's note")]
    assert note == [CLEAN_ARTICLE[CLEAN_ARTICLE.index("Editor's") : CLEAN_ARTICLE.index("published.") + 10]]


def test_a_clean_article_still_loses_what_a_precise_rule_names():
    text = CLEAN_ARTICLE.replace("1:40 p.m.\n", "1:40 p.m.\n\nShare this article\n")
    text += "\nFollow us on Twitter\n"
    result = strip_text(text)
    assert [(t, b.reason) for t, b in result if not b.kept] == [
        ("Share this article", bp.SHARE), ("Follow us on Twitter", bp.SHARE),
    ]


def test_chrome_free_tells_an_article_from_a_page_dump():
    def chrome_free(text: str) -> bool:
        doc = parse(text)
        stats = bp.block_stats([doc.block_text(b) for b in doc.blocks])
        return bp.chrome_free(stats, bp._menu_runs(stats))

    assert chrome_free(CLEAN_ARTICLE)
    assert chrome_free(page(HEADLINE, BODY))
    assert not chrome_free(page(HEADLINE, NAV, BODY))
    # mostly short lines: a list, not an article
    assert not chrome_free(page(HEADLINE, [f"{w} news today." for w in NAV], BODY[0]))


def test_a_clean_text_still_ends_at_a_comment_section():
    comment = "I walked past the gates this morning and the water was already over the path, so much for slow."
    result = strip_text(page(HEADLINE, BODY, "Leave a Reply", comment, "Another reader says the council was right."))
    assert kept_body(result) == BODY
    assert reason_of(result, comment) == bp.COMMENTS


def test_live_blog_times_inside_a_page_are_kept_and_the_date_line_above_it_is_not():
    body = [BODY[0], "12:15 p.m.", BODY[1], "11:40 a.m. ET", BODY[2], BODY[3]]
    dateline = "March 4, 2021 9:12 am"
    result = strip_text(page(HEADLINE, NAV, dateline, body, "Related stories", "Other news of the week"))
    assert kept_body(result) == body
    assert reason_of(result, dateline) == bp.BYLINE


def test_one_time_line_is_a_date_line():
    result = strip_text(page(HEADLINE, NAV, BODY[0], "12:15 p.m.", BODY[1], BODY[2]))
    assert reason_of(result, "12:15 p.m.") == bp.BYLINE


def test_the_body_grows_over_a_subheading_followed_by_prose():
    tail = "Officials said the gates stay open until spring."
    result = strip_text(page(HEADLINE, NAV, BODY, "What comes next now", tail, "Facebook", "Twitter", "Email"))
    assert kept_body(result) == [*BODY, "What comes next now", tail]


@pytest.mark.parametrize(
    ("rule", "line", "reason"),
    [
        (bp.image_caption, "Residents fill sandbags on Friday. (AP Photo/Jane Marsh)", bp.CAPTION),
        (bp.image_caption, "Residents fill sandbags on Friday. REUTERS/Jane Marsh/File Photo", bp.CAPTION),
        (bp.image_caption, "Residents fill sandbags on Friday. Jane Marsh/Getty Images", bp.CAPTION),
        (bp.image_caption, "Residents fill sandbags on Friday. (AFP)", bp.CAPTION),
        (bp.image_caption, "Image copyright Valley Archive", bp.CAPTION),
        (bp.image_caption, "The Associated Press", bp.CAPTION),
        (bp.image_caption, "Getty/Instagram.", bp.CAPTION),
        (bp.legal_footer, "© Valley Media Ltd", bp.LEGAL),
        (bp.legal_footer, "By using this site you agree to our Terms of Use and Privacy Policy.", bp.LEGAL),
        (bp.legal_footer, "This copy is for your personal, non-commercial use only.", bp.LEGAL),
        (bp.comment_marker, "Bob says:", bp.COMMENTS),
        (bp.byline, "Updated: 4 Mar 2021, 09:12", bp.BYLINE),
        (bp.byline, "Published 4 hours ago", bp.BYLINE),
    ],
)
def test_rule_fires_on_its_shape(rule, line, reason):
    assert rule(stats(line)) == reason


@pytest.mark.parametrize(
    ("rule", "line"),
    [
        (bp.image_caption, "A Reuters/Ipsos poll released Friday found that most residents back the bridge."),
        (bp.image_caption, "The Associated Press interviewed a dozen residents who live near the site."),
        (bp.image_caption, "Reuters reported the sale on Monday, citing two people close to the talks."),
        (bp.image_caption, "The data goes into the electronic patient record (ePA)"),
        (bp.legal_footer, "He joined the Harbour Historical Society as one of its young protegÃ©s in 1990."),
        (bp.legal_footer, "The network changed its privacy policy last week, regulators said in a statement."),
        (bp.legal_footer, "The band lost a copyright case over the song in 2019, the court said."),
        (bp.comment_marker, "He said:"),
        (bp.comment_marker, "The statement said:"),
        (bp.comment_marker, "Clinton said:"),
        (bp.byline, "Updated Council Plans for the Harbour Bridge Unveiled"),
        (bp.comment_marker, "Ana Ruiz wrote:"),
    ],
)
def test_rule_spares_prose_that_only_names_its_word(rule, line):
    assert rule(stats(line)) is None


def test_live_blog_times_over_a_headline_and_its_text_are_kept():
    entries = ["2:45 p.m.", "Mayor to meet contractors", BODY[0], "1:30 p.m.", "Gates tested", BODY[1]]
    result = strip_text(page(HEADLINE, NAV, entries, BODY[2], "Related stories", "Other news of the week"))
    assert kept_body(result) == [*entries, BODY[2]]


@pytest.mark.parametrize("intro", ["Clinton said:", "Ana Ruiz wrote:", "Ruiz says:"])
def test_a_name_introducing_a_quote_does_not_end_the_article(intro):
    quote = '"We will open the gates when the water reaches the mark, and not before," she said on the radio.'
    result = strip_text(page(HEADLINE, BODY[0], BODY[1], intro, quote, BODY[2], BODY[3]))
    assert [t for t, b in result if not b.kept] == []


def test_a_thread_of_comment_heads_ends_the_article():
    comments = ["bob says:", "Great piece, thanks for writing it up so clearly.", "riverfan says:",
                "The council should have opened the gates a month ago, everybody knew it."]
    result = strip_text(page(HEADLINE, BODY, comments))  # no page around it: the wall alone ends it
    assert kept_body(result) == BODY
    assert {b.reason for t, b in result if t in comments} == {bp.COMMENTS}


@pytest.mark.parametrize("heading", ["Discussion", "What do you think?"])
def test_a_comment_like_heading_with_no_comments_after_it_is_the_articles(heading):
    for nav in ([], NAV):
        result = strip_text(page(HEADLINE, nav, BODY[0], BODY[1], heading, BODY[2], BODY[3]))
        assert kept_body(result) == [BODY[0], BODY[1], heading, BODY[2], BODY[3]]


def test_a_comment_like_heading_over_a_thread_ends_the_article():
    thread = ["Discussion", "bob says:", "Great piece, thanks for writing it up so clearly.", "riverfan says:",
              "The council should have opened the gates a month ago, everybody knew it."]
    result = strip_text(page(HEADLINE, BODY, thread))
    assert kept_body(result) == BODY
    assert reason_of(result, "Discussion") == bp.COMMENTS
