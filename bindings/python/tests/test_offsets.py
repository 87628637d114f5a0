"""Offsets are Python string indices: `text[start:end] == text` for every
token, sentence and block, whatever the text (Hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

import arabic_text

# Arabic letters, harakat, tatweel and Arabic punctuation, Latin, digits,
# emoji (with skin tones and ZWJ), combining marks, spaces and newlines and
# list bullets, beside anything else Hypothesis picks.
PIECES = st.sampled_from(
    ["كتب", "الْعَرَبِيَّةُ", "ـ", "،", "؟", "٣٫٥", "abc", "2020", "😀", "👍🏽", "👨\u200d👩\u200d👧",
     "e\u0301", "\u200f", " ", "\n", "\n\n", "  • ", "1. ", ":", ".", "https://example.com/ar", "#وسم", "@user"]
)
TEXT = st.one_of(st.text(), st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=40).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_token_and_sentence_offsets_slice_the_text(text):
    for t in arabic_text.tokenize(text):
        assert text[t.start : t.end] == t.text
        assert t.kind in ("word", "number", "punctuation", "symbol", "url", "email", "hashtag", "mention")
    for s in arabic_text.sentences(text):
        assert text[s.start : s.end] == s.text


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_block_spans_slice_the_text(text):
    doc = arabic_text.parse(text)
    for block in doc["blocks"]:
        start, end = block["span"]
        assert 0 <= start <= end <= len(text)
        piece = text[start:end]
        if block["type"] in ("heading", "paragraph"):
            assert block["text"] in piece
        elif block["type"] == "list":
            assert all(item in piece for item in block["items"])
        else:
            assert all(cell in piece for row in block["rows"] for cell in row)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, max_size=40), st.sampled_from([None, 1, 2]))
def test_batches_equal_single_calls(texts, threads):
    assert arabic_text.normalize_batch(texts, threads=threads) == [arabic_text.normalize(t) for t in texts]
    assert arabic_text.tokenize_batch(texts, threads=threads) == [arabic_text.tokenize(t) for t in texts]
    assert arabic_text.parse_batch(texts, threads=threads) == [arabic_text.parse(t) for t in texts]


@settings(max_examples=200, deadline=None)
@given(TEXT, st.sampled_from(arabic_text.PRESETS), st.lists(st.sampled_from(arabic_text.RULES), max_size=4))
def test_normalize_never_fails_and_is_idempotent(text, preset, ops):
    n = arabic_text.Normalizer(preset, ops)
    once = n(text)
    assert isinstance(once, str)
    assert n(once) == once


LINE = TEXT.map(lambda s: s.replace("\n", " ").replace("\r", " ").replace("\x0b", " ").replace("\x0c", " ")
                .replace("\x1c", " ").replace("\x1d", " ").replace("\x1e", " ").replace("\x85", " ")
                .replace("\u2028", " ").replace("\u2029", " "))


@settings(max_examples=3, deadline=None)
@given(st.lists(LINE, min_size=200, max_size=200), st.sampled_from(["search", "light"]))
def test_normalize_equals_the_example_on_any_text(tmp_path_factory, lines, preset):
    """The str built from the Rust result (through UTF-16) is the text the
    Rust `normalize` example prints, emoji and combining marks included."""
    from conftest import rust_example

    path = tmp_path_factory.mktemp("lines") / "lines.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = rust_example("normalize", "--preset", preset, str(path)).split("\n")[:-1]
    assert arabic_text.normalize_batch(lines, preset) == expected
    assert [arabic_text.normalize(s, preset) for s in lines] == expected
