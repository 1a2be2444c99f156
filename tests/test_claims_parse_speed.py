"""The parser's speed-ups change no parse, and the cheap pre-checks send to it exactly the sentences it can read."""
from __future__ import annotations

import gzip
import importlib
import importlib.util

import pytest

from tasks.core.claims import parse
from tasks.core.claims.parse_gates import needs_parse, worth_parsing

pytestmark = pytest.mark.skipif(parse.load_parser() is None, reason="no spaCy English model installed")


def _corpus_sentences(corpus, n_pages: int = 6) -> list[str]:
    from tasks.core.claims.sentences import split_spans
    from tasks.core.clean_html import clean_html
    from tasks.core.decode import decode_bytes

    out = []
    for page in sorted((corpus / "pages").glob("*.html.gz"))[:n_pages]:
        text = clean_html(decode_bytes(gzip.decompress(page.read_bytes()))).text
        out += [text[a:b] for a, b in split_spans(text)]
    return out


def test_numpy_products_parse_as_blis_does(corpus):
    """The pipeline with numpy's matrix products gives every token the tag, head and label of spaCy's stock ops."""
    texts = [t for t in _corpus_sentences(corpus) if needs_parse(t)][:80]
    assert len(texts) >= 40
    fast = parse.parse_sentences(texts)
    name = parse.model_name()
    stock_nlp = next(importlib.import_module(m).load(exclude=parse._EXCLUDE) for m in parse._MODELS
                     if importlib.util.find_spec(m) is not None)
    assert type(stock_nlp.get_pipe("parser").model.ops) is not type(parse.load_parser().get_pipe("parser").model.ops)
    stock = list(stock_nlp.pipe([t[:parse.MAX_CHARS] for t in texts]))
    got = [(t.text, t.tag_, t.dep_, t.head.i) for d in fast for t in d]
    want = [(t.text, t.tag_, t.dep_, t.head.i) for d in stock for t in d]
    assert len(got) > 1000 and got == want, name


@pytest.mark.parametrize("sent, parse_first, parse_later", [
    ("Officials who spoke with The Huffington Post said the talks had failed.", True, True),
    ("I think the talks have failed.", False, False),  # the speaker would be "I": no row
    ("We don't really believe that it will work.", False, False),
    ("The bodies were found in the river on Monday.", False, False),  # a passive without its agent
    ("The men were charged with murder by prosecutors on Friday.", True, True),
    ("All those reviews came back clear, and the F.B.I. has said it had no information.", True, True),
    ("About four in 10 said they were angry.", False, True),  # the rules first; the parse if they name no one
    ("Some said they have cringed.", False, True),
    ("She was saying that it is fine.", True, True),
    ("Edward Said taught at Columbia for forty years.", False, False),  # a capitalised verb form mid-sentence
    ("The state of the economy was the main topic.", False, False),
    ("Mrs. Clinton's tax plan would raise $1.1 trillion, according to the Tax Policy Center.", False, True),
])
def test_which_sentences_are_parsed(sent, parse_first, parse_later):
    assert needs_parse(sent) is parse_first
    assert worth_parsing(sent) is parse_later


def test_a_sentence_parses_the_same_alone_or_in_a_batch(corpus):
    """The parse of a sentence does not depend on the sentences batched with it (one call per article today; what
    makes batching several articles' sentences into one call, half the cost per sentence, safe)."""
    texts = [t for t in _corpus_sentences(corpus) if needs_parse(t)][:40]
    assert len(texts) >= 20
    sig = lambda d: [(t.text, t.tag_, t.dep_, t.head.i) for t in d]  # noqa: E731
    together = [sig(d) for d in parse.parse_sentences(texts)]
    alone = [sig(parse.parse_sentences([t])[0]) for t in texts]
    reversed_batch = [sig(d) for d in parse.parse_sentences(texts[::-1])][::-1]
    assert together == alone == reversed_batch


def test_annotate_is_nlp_pipe(corpus):
    """parse._annotate (each component on each batch, the parser on the whole batch) gives every token the tag, head
    and label nlp.pipe gives, across batch boundaries."""
    texts = [t for t in _corpus_sentences(corpus) if worth_parsing(t)][:150]
    assert len(texts) > parse._BATCH
    nlp = parse.load_parser()
    sig = lambda ds: [(t.text, t.tag_, t.dep_, t.head.i) for d in ds for t in d]  # noqa: E731
    with parse._one_blas_thread():
        want = sig(nlp.pipe([parse._parser_text(t[:parse.MAX_CHARS]) for t in texts], batch_size=parse._BATCH))
    got = sig(parse.parse_sentences(texts))
    assert len(got) > 2000 and got == want


def test_sentences_the_extractor_skips_are_not_parsed(monkeypatch):
    """A headline repeated at the top of the body and a promo line ("SEE MORE: ...") are read once / never, so they
    are parsed once / never; the rows are those of the article without the repeats."""
    from tasks.core.claims import extract as extract_mod

    head = "Officials who spoke with The Huffington Post said the talks had failed."
    promo = "SEE MORE: Officials who spoke with The Huffington Post said the talks had failed again."
    tail = "Union leaders who met the minister said the strike would go on."
    seen: list[str] = []
    real = extract_mod.parse_sentences

    def recording(texts):
        seen.extend(texts)
        return real(texts)

    monkeypatch.setattr(extract_mod, "parse_sentences", recording)
    ex = extract_mod.extract_claims(head, f"{head}\n{promo}\n{tail}")
    # (the parser sees "Post" masked: parse_gates.mask_names)
    assert sum(t.startswith("Officials who spoke") for t in seen) == 1, seen
    assert not any(t.startswith("SEE MORE") for t in seen) and tail in seen, seen
    plain = extract_mod.extract_claims(head, tail)
    rows = lambda e: [(c.claimant_key, c.reporting_verb, c.rule) for c in e.claims]  # noqa: E731
    assert rows(ex) == rows(plain) and len(rows(ex)) == 2


def test_gate_words_are_lower_case_ascii_words():
    """parse_gates' set test on patterns.lower_words ([a-z]+ runs) stands in front of the token loops: a cue form or
    stance adjective with another character ('follow-up', 'naïve') would never pass it, and its sentences never
    reach the parser."""
    import re

    from tasks.core.claims.cue_words import cue_forms, stance_adjectives

    odd = [w for w in [*cue_forms(), *stance_adjectives()] if not re.fullmatch(r"[a-z]+", w)]
    assert not odd


def test_layernorm_forward_is_bitwise_thincs():
    """parse._layernorm_forward (prediction only) gives exactly thinc's LayerNorm output, small and large batches."""
    import numpy
    from thinc.api import LayerNorm
    from thinc.layers.layernorm import forward

    rng = numpy.random.default_rng(7)
    model = LayerNorm(96)
    model.initialize(X=numpy.zeros((2, 96), dtype="float32"))
    model.set_param("G", rng.standard_normal(96).astype("float32"))
    model.set_param("b", rng.standard_normal(96).astype("float32"))
    for rows in (1, 9, 300):
        X = (rng.standard_normal((rows, 96)) * rng.uniform(0.1, 40)).astype("float32")
        assert numpy.array_equal(parse._layernorm_forward(model, X, False)[0], forward(model, X, False)[0])


def test_gather_add_is_bitwise_thincs():
    """The parser's HashEmbed row sums (numpy takes) equal thinc's cpu_gather_add exactly, signed zeros and all."""
    import numpy
    from thinc.backends.numpy_ops import NumpyOps

    rng = numpy.random.default_rng(3)
    ops = parse._numpy_gemm_ops()
    for n_rows, n in ((5000, 1), (2500, 37), (1000, 900)):
        table = (rng.standard_normal((n_rows, 96)) * rng.uniform(0.01, 50)).astype("float32")
        table[::7] = -0.0
        keys = rng.integers(0, n_rows, (n, 4)).astype("uint32")
        assert type(ops).gather_add is not NumpyOps.gather_add
        got, want = ops.gather_add(table, keys), NumpyOps().gather_add(table, keys)
        assert got.dtype == want.dtype and numpy.array_equal(got, want)
        assert numpy.array_equal(numpy.signbit(got), numpy.signbit(want))


def test_maxout_forward_is_thincs():
    """parse._maxout_forward (prediction only) gives thinc's Maxout output: the same product and bias, and the largest
    piece of each unit, small and large batches, with ties between pieces."""
    import numpy
    from thinc.api import Maxout
    from thinc.layers.maxout import forward

    rng = numpy.random.default_rng(11)
    for n_pieces in (2, 3):
        model = Maxout(96, 288, nP=n_pieces)
        model.initialize(X=numpy.zeros((2, 288), dtype="float32"))
        for rows in (1, 9, 300, 1200):
            X = (rng.standard_normal((rows, 288)) * rng.uniform(0.1, 40)).astype("float32")
            got, want = parse._maxout_forward(model, X, False)[0], forward(model, X, False)[0]
            assert got.shape == want.shape == (rows, 96) and got.dtype == want.dtype and numpy.array_equal(got, want)
        W = model.get_param("W")
        W[:, 1] = W[:, 0]  # every unit's second piece ties its first
        model.set_param("W", W)
        X = rng.standard_normal((50, 288)).astype("float32")
        assert numpy.array_equal(parse._maxout_forward(model, X, False)[0], forward(model, X, False)[0])


@pytest.mark.parametrize("sent, names, want", [
    ("Trump said Trumpet and Bush, Pence.", {"Trump", "Bush", "Pence"}, "Kowal said Trumpet and Kowa, Kowal."),
    ("Mr. Pence met May and Mayes in May.", {"May", "Mayes", "Pence"}, "Mr. Kowal met Kow and Kowal in Kow."),
    ("Nothing to mask here.", {"Trump"}, "Nothing to mask here."),
    ("Lynch, Lynchburg and O'Lynch", {"Lynch"}, "Kowal, Lynchburg and O'Kowal"),
])
def test_mask_names_masks_whole_words_in_one_pass(sent, names, want):
    """One pattern for all of an article's names masks what one substitution per name did: whole words only, the
    same length."""
    import re

    from tasks.core.claims.parse_gates import _MASK, mask_names

    one_by_one = sent
    for name in names:
        one_by_one = re.sub(rf"\b{name}\b", _MASK[:len(name)], one_by_one)
    assert mask_names(sent, frozenset(names)) == one_by_one == want


def test_word_lemmas_is_lemminflects_and_read_only():
    from lemminflect import getAllLemmas

    from tasks.core.claims.inflections import word_lemmas

    for w in ("trump", "said", "publicly", "kowalczyk", "Having"):
        assert dict(word_lemmas(w)) == getAllLemmas(w)
    with pytest.raises(TypeError):
        word_lemmas("said")["VERB"] = ("x",)


def test_cached_embedding_rows_are_the_chains_own(corpus, monkeypatch):
    """The tok2vec's embedding rows from parse._embed_cache are the rows the embedding chain itself computes for the
    same tokens (equal up to the last bits a row's batch can change), with a cold cache, a warm one, and one emptied
    when full; and the parse reads the same tags, heads and labels either way."""
    import numpy

    nlp = parse.load_parser()
    embed = nlp.get_pipe("tok2vec").model.layers[0]
    chain_forward = embed._func.args[0]  # the chain's own forward, which load_parser wrapped
    texts = [t for t in _corpus_sentences(corpus, 3) if needs_parse(t)][:30]
    docs = [nlp.make_doc(t) for t in texts]
    want = chain_forward(embed, docs, False)[0]
    sig = lambda ds: [(t.text, t.tag_, t.dep_, t.head.i) for d in ds for t in d]  # noqa: E731
    monkeypatch.setattr(parse._EmbedCache, "LIMIT", 200)  # fills and empties several times over these tokens
    for cold in (True, False, False):
        if cold:
            parse._embed_cache.clear()
        got = [row for i in range(0, len(docs), 5) for row in embed._func(embed, docs[i:i + 5], False)[0]]
        assert [g.shape for g in got] == [w.shape for w in want]
        assert all(numpy.allclose(g, w, rtol=1e-5, atol=1e-5) for g, w in zip(got, want))
    assert len(parse._embed_cache.index) <= 200
    cached = sig(parse.parse_sentences(texts))
    embed._func, wrapped = chain_forward, embed._func
    try:
        plain = sig(parse.parse_sentences(texts))
    finally:
        embed._func = wrapped
    assert len(cached) > 500 and cached == plain
