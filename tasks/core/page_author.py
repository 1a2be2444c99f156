"""trafilatura's author fallback (trafilatura.metadata.extract_author) in one pass over the page.

trafilatura finds a byline in markup by pruning a copy of the page with two XPath searches
(AUTHOR_DISCARD_XPATHS: comment, sidebar, date and figure parts) and then trying up to three
XPath searches (AUTHOR_XPATHS) in turn. Each is a `//*[...]` over every element whose predicate
calls back into Python for its `re:test` parts: ~10 ms a page, run on the half of the corpus pages
whose meta tags and JSON-LD name nobody (about 14% of cleaning). Here one walk over the copy tests
the same predicates with the same regular expressions (lxml's EXSLT `re:test` is Python's
re.search), then the same elements are deleted in the same order with trafilatura's own
delete_element, and the first candidate of each expression in document order goes through the
same length check and normalize_authors. tests/test_page_author.py checks that trafilatura's
expressions are still the ones translated here and that both give the same elements and author
on every corpus page.
"""
from __future__ import annotations

import re
from copy import deepcopy

from lxml.etree import Element, XPath
from lxml.html import HtmlElement
from trafilatura.json_metadata import normalize_authors
from trafilatura.utils import trim
from trafilatura.xml import delete_element
from trafilatura.xpaths import AUTHOR_XPATHS

# AUTHOR_DISCARD_XPATHS[0]: .//*[self::a or self::div or self::section or self::span][...]
_DROP_TAGS = frozenset(("a", "div", "section", "span"))
_DROP_ID_EQ = "comments"
_DROP_CLASS_EQ = frozenset(("comments", "title", "date"))
_DROP_ID = re.compile(r"^comments|comment-?list|ProductReviews")
_DROP_CLASS = re.compile(r"^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
                         r"article-(?:share|support)|print|category|meta-date|meta-reviewer")
# AUTHOR_DISCARD_XPATHS[1]: //time|//figure
_DROP_ALWAYS = frozenset(("time", "figure"))
# AUTHOR_XPATHS[0]: specific and almost specific (the `rel='me'` part, a child element <rel>, is left to the
# XPath itself on the rare page that has one)
_X0_TAGS = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_X0_CLASS = re.compile(r"author-?name|AuthorName|authorName")
_X0_TESTID = frozenset(("AuthorCard", "AuthorURL"))
# AUTHOR_XPATHS[1]: almost generic and generic
_X1_TAGS = frozenset(("a", "div", "h3", "h4", "p", "span"))
_X1_CLASS_EQ = frozenset(("byline", "username", "byl", "BBL"))
_X1_ID = re.compile(r"author|zuozhe|bianji|xiaobian")
_X1_CLASS = re.compile(r"author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
# AUTHOR_XPATHS[2]: last resort, any element
_X2_ID = re.compile(r"[Aa]uthor")
_X2_CLASS = re.compile(r"[Aa]uthor|screenname|writer|[Bb]yline")
_HAS_REL_CHILD = XPath("boolean(//rel)")


def page_author(tree: HtmlElement) -> str | None:
    """trafilatura.metadata.extract_author(tree): the same author, without its XPath searches."""
    sub = deepcopy(tree)
    drop: list[HtmlElement] = []
    drop_always: list[HtmlElement] = []
    found: tuple[list, list, list] = ([], [], [])
    for el in sub.iter(Element):
        tag = el.tag
        attrib = el.attrib
        if not attrib:
            if tag in _DROP_ALWAYS:
                drop_always.append(el)
            elif tag == "author":
                found[0].append(el)
            continue
        get = attrib.get
        cls = get("class")
        id_ = get("id")
        itemprop = get("itemprop")
        if tag in _DROP_TAGS and el is not sub and (
                id_ == _DROP_ID_EQ or cls in _DROP_CLASS_EQ
                or (id_ is not None and _DROP_ID.search(id_))
                or (cls is not None and _DROP_CLASS.search(cls))
                or "Figure" in (get("data-component") or "")):
            drop.append(el)
        if tag in _DROP_ALWAYS:
            drop_always.append(el)
        if tag == "author" or (tag in _X0_TAGS and (
                get("rel") == "author" or id_ == "author" or cls == "author" or itemprop == "author name"
                or get("data-testid") in _X0_TESTID
                or (cls is not None and _X0_CLASS.search(cls)))):
            found[0].append(el)
        author_prop = itemprop is not None and "author" in itemprop
        if tag in _X1_TAGS and (
                cls in _X1_CLASS_EQ or author_prop
                or (id_ is not None and _X1_ID.search(id_))
                or (cls is not None and _X1_CLASS.search(cls))):
            found[1].append(el)
        if (author_prop or "Byline" in (get("data-component") or "")
                or (id_ is not None and _X2_ID.search(id_))
                or (cls is not None and _X2_CLASS.search(cls))):
            found[2].append(el)
    # as prune_unwanted_nodes: each expression's matches deleted in document order (those inside an
    # already deleted part change nothing left in the page); time and figure after the first expression's
    gone = set()
    for el in drop + drop_always:
        if el.getparent() is not None:  # delete_element leaves the root alone
            gone.add(el)
            delete_element(el)
    if _HAS_REL_CHILD(sub):  # `rel='me'` in AUTHOR_XPATHS[0]: that expression as trafilatura runs it
        found = (AUTHOR_XPATHS[0](sub), found[1], found[2])
    for candidates in found:
        for el in candidates:
            if el in gone or any(a in gone for a in el.iterancestors()):
                continue  # pruned away with a part above
            content = trim(" ".join(el.itertext()))
            if content and 2 < len(content) < 120:
                return normalize_authors(None, content)
    return None
