"""Baselines for ``bench/bench.py``; not part of the API.

``copy_str`` copies its ``str`` argument into a new ``str`` through the
same path as ``normalize`` (borrowed as UTF-8, built anew): the floor any
binding pays to cross the boundary. ``copy_str_utf16`` copies through the
path ``normalize`` and the batch functions return their strings by (UTF-8 transcoded to
UTF-16 in Rust, which CPython decodes faster). ``tokenize_tuples`` is the naive
tokenizer binding, one ``(text, kind, start, end)`` tuple per token.
"""

from ._native import _copy_str as copy_str
from ._native import _copy_str_utf16 as copy_str_utf16
from ._native import _tokenize_tuples as tokenize_tuples

__all__ = ["copy_str", "copy_str_utf16", "tokenize_tuples"]
