"""Linking sentences to context entries, and harvesting entries from an article."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.context import (
    Entry,
    EntryError,
    Linker,
    entry_from_dict,
    entry_to_dict,
    harvest,
    link_article,
    surname,
    variants,
)
from reader.analysis.sentences import split
from reader.resources import seeds_dir

ENTRIES = [
    Entry("berri", "Nabih Berri", "person", "speaker of parliament"),
    Entry("mikati", "Najib Mikati", "person", "prime minister"),
    Entry("un", "United Nations", "organisation", aliases=("U.N.",)),
    Entry("res1701", "U.N. Security Council Resolution 1701", "document", aliases=("Resolution 1701",)),
    Entry("us", "United States", "place", aliases=("U.S.",)),
    Entry("israel", "Israel", "place"),
    Entry("hezbollah", "Hezbollah", "organisation"),
    Entry("vdl", "Ursula von der Leyen", "person"),
]


def linked(text: str, entries=ENTRIES) -> list[list[tuple[str, str]]]:
    sentences = split(text, 0, len(text))
    return [[(m.entry_id, text[m.start:m.end]) for m in ms] for ms in Linker(entries).mentions(text, sentences)]


def flat(text: str, entries=ENTRIES) -> list[tuple[str, str]]:
    return [m for ms in linked(text, entries) for m in ms]


def test_possessives_with_either_apostrophe_link_and_longer_words_do_not() -> None:
    text = "Hezbollah's fighters moved. Hezbollah’s leaders spoke. Israelis voted. Israel’s army waited."
    assert flat(text) == [("hezbollah", "Hezbollah"), ("hezbollah", "Hezbollah"), ("israel", "Israel")]


def test_case_matters_for_acronyms_and_all_caps_headlines_still_link() -> None:
    assert flat("Tell us what the US wants.") == [("us", "US")]
    assert flat("The us and them debate.") == []
    assert flat("HEZBOLLAH REJECTS PLAN") == [("hezbollah", "HEZBOLLAH")]
    assert flat("The israel file.") == []  # a name in lower case is not the name


def test_dotted_and_undotted_variants() -> None:
    assert variants("U.N.") >= {"U.N.", "UN", "U.N"}
    assert "UN Security Council Resolution 1701" in variants("U.N. Security Council Resolution 1701")
    assert flat("The UN said so. The U.N. agreed.") == [("un", "UN"), ("un", "U.N.")]
    assert flat("Aid came from the U.S.") == [("us", "U.S.")]


def test_longest_match_wins() -> None:
    text = "Both sides cited U.N. Security Council Resolution 1701 again."
    assert flat(text) == [("res1701", "U.N. Security Council Resolution 1701")]


def test_surname_only_after_the_full_name() -> None:
    text = "Berri stayed silent. Later Nabih Berri spoke. Berri’s aides agreed, and von der Leyen did not."
    assert linked(text) == [[], [("berri", "Nabih Berri")], [("berri", "Berri")]]
    text2 = "Ursula von der Leyen arrived. Von der Leyen left; von der Leyen returned."
    assert ("vdl", "von der Leyen") in flat(text2)
    assert surname("Martin Luther King Jr.") == "King"
    assert surname("Hezbollah") is None


def test_shared_surname_goes_to_the_person_named_last() -> None:
    entries = [Entry("a", "Anna Smith", "person"), Entry("b", "Bob Smith", "person")]
    text = "Anna Smith met Bob Smith. Smith said yes."
    assert linked(text, entries)[1] == [("b", "Smith")]


def test_mentions_are_grouped_by_sentence_and_never_cross_one() -> None:
    text = "The talks involved Israel. The United\nNations stayed out. Najib Mikati agreed."
    a, b = text.index("The United"), text.index("Najib")
    sentences = [(0, a - 1), (a, b - 1), (b, len(text))]
    result = Linker(ENTRIES).mentions(text, sentences)
    assert [[m.entry_id for m in ms] for ms in result] == [["israel"], ["un"], ["mikati"]]
    # a mention cut by a sentence boundary belongs to neither sentence
    cut = [(0, a + 7), (a + 8, len(text))]
    assert [[m.entry_id for m in ms] for ms in Linker(ENTRIES).mentions(text, cut)] == [["israel"], ["mikati"]]
    assert Linker([]).mentions(text, sentences) == [(), (), ()]


def test_many_entries_one_automaton() -> None:
    entries = [Entry(f"e{i}", f"Person{i} Name{i}", "person") for i in range(3000)] + ENTRIES
    text = "Person2999 Name2999 met Najib Mikati. Then Name2999 left."
    assert flat(text, entries) == [("e2999", "Person2999 Name2999"), ("mikati", "Najib Mikati"),
                                   ("e2999", "Name2999")]


# --------------------------------------------------------------------------- harvesting

ARTICLE = (
    "Talks were relayed by U.S. envoy Amos Hochstein to Lebanese caretaker Prime Minister Najib Mikati. "
    "The fighting pits Israel against Iran-backed militant group Hezbollah. "
    "Diplomats talk to the militia through the group’s ally, Lebanese speaker of parliament Nabih Berri. "
    "Mikati’s office said nothing. "
    "Sami Haddad, a senior adviser to the finance minister, disagreed. "
    "The United Nations Interim Force in Lebanon (UNIFIL) reported shelling. "
    "Hezbollah, which has ministers in the cabinet, declined to comment."
)


def harvested() -> dict[str, Entry]:
    sentences = split(ARTICLE, 0, len(ARTICLE))
    return {e.name: e for e in harvest(ARTICLE, sentences)}


def test_harvest_title_noun_phrases() -> None:
    found = harvested()
    assert found["Amos Hochstein"].description == "U.S. envoy"
    assert found["Najib Mikati"].description == "Lebanese caretaker Prime Minister"
    assert found["Najib Mikati"].kind == "person"
    assert found["Hezbollah"].description == "Iran-backed militant group"
    assert found["Hezbollah"].kind == "organisation"
    berri = found["Nabih Berri"]
    assert berri.description == "Lebanese speaker of parliament; the group’s ally"
    assert berri.provenance == "harvested" and berri.source_text.startswith("Diplomats talk")
    s, e = berri.source_span
    assert ARTICLE[s:e] == "the group’s ally, Lebanese speaker of parliament Nabih Berri"


def test_harvest_appositives_and_acronyms() -> None:
    found = harvested()
    assert found["Sami Haddad"].description == "senior adviser to the finance minister"
    unifil = found["United Nations Interim Force in Lebanon"]
    assert unifil.aliases == ("UNIFIL",)


def test_harvest_leaves_plain_mentions_alone() -> None:
    found = harvested()
    assert "Israel" not in found and "Mikati" not in found and "Diplomats" not in found
    assert "Talks" not in found and "The" not in found


def test_harvested_entries_link_surnames_when_the_store_knows_nothing() -> None:
    sentences = split(ARTICLE, 0, len(ARTICLE))
    local, mentions = link_article(Linker([]), ARTICLE, sentences)
    assert "Najib Mikati" in {e.name for e in local}
    office = mentions[3]
    assert [(ARTICLE[m.start:m.end], m.entry_id) for m in office] == [("Mikati", "harvested:najib-mikati")]


def test_store_entries_win_over_harvested_duplicates() -> None:
    sentences = split(ARTICLE, 0, len(ARTICLE))
    local, mentions = link_article(Linker(ENTRIES), ARTICLE, sentences)
    names = {e.name for e in local}
    assert "Najib Mikati" not in names and "Amos Hochstein" in names
    assert [m.entry_id for m in mentions[3]] == ["mikati"]


# --------------------------------------------------------------------------- records

def test_entry_dict_round_trip_and_validation() -> None:
    e = Entry("x", "Some Body", "person", "desc", ("SB",), ("https://example.org",), "harvested",
              "Some Body said.", (0, 9))
    assert entry_from_dict(entry_to_dict(e)) == e
    assert entry_from_dict({"name": "UN Resolution 242", "kind": "resolution"}).kind == "document"
    with pytest.raises(EntryError, match="kind"):
        entry_from_dict({"name": "X", "kind": "planet"})
    with pytest.raises(EntryError, match="name"):
        entry_from_dict({"kind": "person"})


def test_seed_entries_are_valid_and_cover_the_demo_article() -> None:
    data = json.loads((seeds_dir() / "context.json").read_text(encoding="utf-8"))
    entries = [entry_from_dict(d, default_provenance="seed") for d in data["entries"]]
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    assert all(e.description for e in entries)
    text = (seeds_dir() / "lebanon-ceasefire.txt").read_text(encoding="utf-8")
    sentences = split(text, 0, len(text))
    mentioned = {m.entry_id for ms in Linker(entries).mentions(text, sentences) for m in ms}
    assert {"amos-hochstein", "najib-mikati", "nabih-berri", "hezbollah", "hamas", "reuters",
            "unscr-1701", "us-embassy-beirut", "beirut"} <= mentioned


@pytest.mark.parametrize("sentence, expected", [
    ("The company said Dr. Jane Roe, its chief executive, resigned.", {"Jane Roe": "Dr.; its chief executive"}),
    ("Mr. Obama spoke to reporters.", {}),  # a courtesy title defines nothing
    ("Mr. Smith, the mayor, said no.", {"Smith": "mayor"}),
    ("The State Department and the Justice Department declined to comment.", {}),  # bodies, not names
    ("He is the director of the Dunmore Institute now.", {}),  # "X of the Name" defines X, not Name
    ("Vice President Thomas J. Keller Jr. arrived.", {"Thomas J. Keller Jr": "Vice President"}),  # initials
    ("He praised former secretary of State Ana Ortiz on Monday.",
     {"Ana Ortiz": "former secretary of State"}),
    ("Interim party Chairwoman Lena Alder spoke.", {"Lena Alder": "Interim party Chairwoman"}),
    ("Retired General Reveals Secret Plan For Border Wall", {}),  # a title-case headline
    ("Ann Lee, a lawyer for the union that sued, spoke.", {}),  # a relative clause: not a clean appositive
    ("Ann Lee, a lawyer for the union, spoke.", {"Ann Lee": "lawyer for the union"}),
    ("The State of Virginia sued.", {}),
])
def test_harvest_classes_of_phrases(sentence: str, expected: dict[str, str]) -> None:
    found = {e.name: e.description for e in harvest(sentence, split(sentence, 0, len(sentence)))}
    assert found == expected


_NAMES = st.lists(st.from_regex(r"[A-Z][a-z]{3,7} [A-Z][a-z]{3,8}", fullmatch=True), min_size=1, max_size=6,
                  unique=True)


@settings(max_examples=40, deadline=None)
@given(names=_NAMES, picks=st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["", "'s", "’s"])),
                                    min_size=1, max_size=8))
def test_every_written_name_is_found_with_its_offsets(names: list[str], picks) -> None:
    entries = [Entry(f"e{i}", n, "organisation") for i, n in enumerate(names)]
    parts, expected, pos = [], [], 0
    for k, suffix in picks:
        name = names[k % len(names)]
        piece = f"Yesterday {name}{suffix} office replied."
        start = pos + len("Yesterday ")
        expected.append((f"e{names.index(name)}", start, start + len(name)))
        parts.append(piece)
        pos += len(piece) + 1
    text = " ".join(parts)
    sentences = [(m.start(), m.end()) for m in re.finditer(r"Yesterday[^.]*\.", text)]
    got = [(m.entry_id, m.start, m.end) for ms in Linker(entries).mentions(text, sentences) for m in ms]
    assert got == expected


def test_harvested_names_keep_their_particles():
    from reader.analysis.context import harvest

    text = "Brazilian President Luiz Inacio Lula da Silva said on Monday that talks would resume."
    (entry,) = harvest(text, [(0, len(text))])
    assert entry.name == "Luiz Inacio Lula da Silva" and entry.description == "Brazilian President"
