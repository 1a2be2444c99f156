"""Pure cross-article logic: wire-copy signatures and links, story groups, actor merging."""
from __future__ import annotations


import pytest

from conftest import CORPUS
from tasks.core import wire
from tasks.core.actors_merge import ActorRow, merge_actors, stored_key


def truth_texts(n: int) -> list[str]:
    """The first n long ground-truth bodies of the shared corpus (real news English)."""
    folder = CORPUS / "truth"
    if not folder.is_dir():
        pytest.skip(f"shared corpus truth texts not found at {folder} (set NEWSCLAIMS_SHARED)")
    out = []
    for f in sorted(folder.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        if len([p for p in text.split("\n\n") if p.strip()]) >= 10 and len(text.split()) >= 500:
            out.append(text)
        if len(out) == n:
            return out
    pytest.skip("not enough long truth texts in the shared corpus")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_trimmed_copy_is_a_near_duplicate_and_an_unrelated_story_is_not():
    story, other = truth_texts(2)
    copy = "\n\n".join(paragraphs(story)[:-1])
    sigs = {"a": wire.sign_text(story), "b": wire.sign_text(copy), "c": wire.sign_text(other)}
    assert wire.jaccard(sigs["a"].minhash, sigs["b"].minhash) >= 0.8
    assert wire.jaccard(sigs["a"].minhash, sigs["c"].minhash) < 0.1
    links = wire.find_links({"b": sigs["b"]}, {"a": sigs["a"], "c": sigs["c"]})
    assert [(l.article_id, l.other_article_id, l.rule) for l in links] == [("a", "b", "near_duplicate")]


def test_same_credit_and_shared_sentences_link_a_cut_wire_story():
    story, own, other = truth_texts(3)
    kept = paragraphs(story)[:4]  # the outlet kept the top of the wire story inside its own text
    wrapped = "\n\n".join(paragraphs(own) + kept)
    a, b = wire.sign_text(story, "AFP"), wire.sign_text(wrapped, "Agence France-Presse")
    shared = len(set(a.sentence_hashes) & set(b.sentence_hashes))
    assert shared >= wire.SHARED_SENTENCES and wire.jaccard(a.minhash, b.minhash) < wire.NEAR_DUPLICATE
    assert [l.rule for l in wire.find_links({"b": b}, {"a": a})] == ["same_wire_sentences"]
    # the same overlap without a common credit is not enough: shared lines are mostly boilerplate
    assert wire.find_links({"b": wire.sign_text(wrapped, "Reuters")}, {"a": a}) == []
    assert wire.find_links({"b": wire.sign_text(wrapped)}, {"a": wire.sign_text(story)}) == []


def test_short_texts_get_no_minhash_and_never_match_each_other():
    a, b = wire.sign_text("Breaking news."), wire.sign_text("")
    assert a.minhash is None and b.minhash is None
    assert wire.find_links({"a": a}, {"b": b}) == []


def test_signatures_are_deterministic_across_calls():
    text = truth_texts(1)[0]
    assert wire.sign_text(text) == wire.sign_text(text)


def test_wire_credit_reads_agencies_from_credit_outlet_or_domain():
    assert wire.wire_credit("Agence France-Presse") == wire.wire_credit("AFP") == "afp"
    assert wire.wire_credit(None, "ReutersIndia") == wire.wire_credit(None, None, "http://uk.reuters.com/a") == "reuters"
    assert wire.wire_credit(None, "Associated Press") == "ap"
    assert wire.wire_credit(None, "CNN", "https://edition.cnn.com/x") is None


def test_story_groups_are_connected_components_with_stable_ids():
    groups = wire.group_stories(["d", "c", "b", "a", "e"], [("c", "d"), ("a", "c")])
    assert groups == {"a": ("a", 3), "c": ("a", 3), "d": ("a", 3), "b": ("b", 1), "e": ("e", 1)}


def _actor(key: str, country: str | None = None, kind: str = "person") -> ActorRow:
    return ActorRow(f"id:{key}", key, kind, country)


def test_surname_maps_to_the_unique_full_name_with_a_compatible_country():
    actors = [_actor("person:nikol pashinyan", "AM"), _actor("person:pashinyan"), _actor("person:mr pashinyan", "AM"),
              _actor("person:smith", "US"), _actor("person:anna smith", "GB"), _actor("country:AM", "AM", "country")]
    got = {(a.actor_id, a.canonical_actor_id, a.rule) for a in merge_actors(actors)}
    assert got == {("id:person:pashinyan", "id:person:nikol pashinyan", "surname_of_full_name"),
                   ("id:person:mr pashinyan", "id:person:nikol pashinyan", "surname_of_full_name")}


def test_ambiguous_surname_is_not_merged():
    actors = [_actor("person:ilham aliyev", "AZ"), _actor("person:heydar aliyev", "AZ"), _actor("person:aliyev", "AZ")]
    assert merge_actors(actors) == []
    # a country rules one candidate out: the other is then unique
    actors = [_actor("person:ilham aliyev", "AZ"), _actor("person:john aliyev", "US"), _actor("person:aliyev", "AZ")]
    assert [a.canonical_actor_id for a in merge_actors(actors)] == ["id:person:ilham aliyev"]


def test_stored_key_carries_the_articles_country():
    assert stored_key("person:fauzi", "ID") == "person:fauzi@ID"
    assert stored_key("person:fauzi", None) == "person:fauzi"
    assert stored_key("country:AM", "AM") == "country:AM"


def test_full_name_groups_by_country_and_a_one_word_name_does_not():
    actors = [_actor("person:barack obama@US", "US"), _actor("person:president barack obama@US", "US"),
              _actor("person:barack obama", "US"),  # stored before keys carried the country: the same person
              _actor("person:obama"), _actor("person:fauzi@ID", "ID"), _actor("person:fauzi")]
    got = {(a.actor_id, a.canonical_actor_id, a.rule) for a in merge_actors(actors)}
    canon = "id:person:barack obama@US"
    assert got == {("id:person:president barack obama@US", canon, "same_name_same_country"),
                   ("id:person:barack obama", canon, "same_name_same_country"),
                   ("id:person:obama", canon, "surname_of_full_name")}
    # a full name in an article that gives no country reads as the one country known for it
    actors = [_actor("person:barack obama@US", "US"), _actor("person:barack obama"), _actor("person:obama")]
    got = {(a.actor_id, a.canonical_actor_id, a.rule) for a in merge_actors(actors)}
    assert got == {("id:person:barack obama", canon, "full_name_without_country"),
                   ("id:person:obama", canon, "surname_of_full_name")}


def test_full_name_without_country_is_left_alone_when_two_countries_are_known():
    actors = [_actor("person:kurt volker@US", "US"), _actor("person:kurt volker@UA", "UA"),
              _actor("person:kurt volker"), _actor("person:volker")]
    assert merge_actors(actors) == []
    # an alias always points at a canonical that is not itself an alias
    actors = [_actor("person:kurt volker@US", "US"), _actor("person:kurt volker"),
              _actor("person:ambassador kurt volker"), _actor("person:volker")]
    got = merge_actors(actors)
    assert {a.canonical_actor_id for a in got} == {"id:person:kurt volker@US"}
    assert len(got) == 3
