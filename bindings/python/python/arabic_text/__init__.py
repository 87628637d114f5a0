"""Arabic text in Python: normalize, tokenize with string offsets, and read
the structure of plain-text articles, backed by the ``arabic-text`` Rust crate.

>>> import arabic_text
>>> arabic_text.normalize("أَهْلاً بِكُمْ فِي ﻻ الـعـربـيـة")
'اهلا بكم في لا العربيه'
>>> arabic_text.normalize("إلى المدرسةِ", ops=["diacritics", "alef"])
'الى المدرسة'
>>> t = arabic_text.tokenize("قال: 😀 مرحباً")[2]
>>> t
Token(text='😀', kind='symbol', start=5, end=6)

Every ``start``/``end`` is an index into the Python string, so
``text[t.start:t.end] == t.text`` holds for every token, sentence and block.

Presets (``PRESETS``): ``search`` (the default: every folding rule except
``hamza``, ``punctuation`` and ``whitespace``), ``light`` (presentation
forms, tatweel, invisible characters), ``default`` (same as ``search``),
``none``. Rules (``RULES``) name one folding each and are added to the
preset; rules given without a preset start from ``none``.

The ``*_batch`` functions take a list of strings and run on all cores with
the GIL released; ``threads=`` sets how many threads. ``tokenize_batch``
gives each text's tokens as a ``Tokens`` sequence, which builds ``Token``
objects only when they are read and also offers them as columns.

``Analyzer`` splits words into clitics and stems for search and gives each a
key (``والكتاب`` and ``كتابهم`` both key as ``كتاب``); a ``Lexicon`` learned
from the user's own text decides the doubtful splits.
"""

import collections.abc as _abc

from ._native import (
    PRESETS,
    RULES,
    Analyzer,
    Lexicon,
    Normalizer,
    Sentence,
    Token,
    Tokens,
    normalize,
    normalize_batch,
    parse,
    parse_batch,
    sentences,
    tokenize,
    tokenize_batch,
)

__all__ = [
    "PRESETS",
    "RULES",
    "Analyzer",
    "Lexicon",
    "Normalizer",
    "Sentence",
    "Token",
    "Tokens",
    "normalize",
    "normalize_batch",
    "parse",
    "parse_batch",
    "sentences",
    "tokenize",
    "tokenize_batch",
]

_abc.Sequence.register(Tokens)
