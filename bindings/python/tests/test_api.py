"""The Python API: results, the Rust examples' outputs, errors."""


import pytest

import arabic_text
from conftest import SAMPLE, rust_example, rust_structure, rust_tokens


def test_normalize_presets_and_ops():
    assert arabic_text.normalize("أَهْلاً بِكُمْ فِي ﻻ الـعـربـيـة") == "اهلا بكم في لا العربيه"
    assert arabic_text.normalize("إلى المدرسةِ", ops=["diacritics", "alef"]) == "الى المدرسة"
    assert arabic_text.normalize("إلى المدرسةِ", preset="light") == "إلى المدرسةِ"
    assert arabic_text.normalize("كـتـاب إلى", preset="light", ops=["alef"]) == "كتاب الى"
    assert arabic_text.normalize("مدرسة", preset="none") == "مدرسة"
    assert arabic_text.normalize("") == ""


def test_unchanged_text_is_returned_itself():
    text = "العربيه"
    assert arabic_text.normalize(text) is text


def test_normalizer_class():
    n = arabic_text.Normalizer(ops=["tatweel", "alef_maksura"])
    assert n.rules == ["tatweel", "alef_maksura"]
    assert n("علـى") == n.normalize("علـى") == "علي"
    assert n.normalize_batch(["علـى", "إلى"]) == ["علي", "إلي"]
    assert arabic_text.Normalizer().rules == arabic_text.Normalizer("search").rules
    assert "alef" in repr(arabic_text.Normalizer())


def test_names():
    assert arabic_text.PRESETS == ["search", "light", "default", "none"]
    assert "teh_marbuta" in arabic_text.RULES and len(arabic_text.RULES) == 13


def test_tokenize():
    text = "قال: 😀 مرحباً #عربي"
    tokens = arabic_text.tokenize(text)
    assert [(t.text, t.kind, t.start, t.end) for t in tokens] == [
        ("قال", "word", 0, 3),
        (":", "punctuation", 3, 4),
        ("😀", "symbol", 5, 6),
        ("مرحباً", "word", 7, 13),
        ("#عربي", "hashtag", 14, 19),
    ]
    assert tokens[0] == arabic_text.tokenize("قال")[0]
    assert tokens[0] != tokens[1]
    assert len({tokens[0], arabic_text.tokenize("قال")[0]}) == 1
    assert repr(tokens[2]) == "Token(text='😀', kind='symbol', start=5, end=6)"
    assert arabic_text.tokenize("") == []


def test_sentences():
    text = "بدأ الاجتماع. ثم انتهى!"
    got = [(s.text, s.start, s.end) for s in arabic_text.sentences(text)]
    assert got == [("بدأ الاجتماع.", 0, 13), ("ثم انتهى!", 14, 23)]


def test_parse_matches_the_extract_example(sample_text):
    assert arabic_text.parse(sample_text) == rust_structure(SAMPLE)
    doc = arabic_text.parse(sample_text)
    for block in doc["blocks"]:
        start, end = block["span"]
        if "text" in block:
            assert block["text"] in sample_text[start:end]


def test_normalize_and_tokenize_match_the_examples(sample_text):
    lines = sample_text.split("\n")
    for preset in ("search", "light"):
        rust = rust_example("normalize", "--preset", preset, SAMPLE).split("\n")
        assert arabic_text.normalize_batch(lines, preset) == rust
    rust = rust_example("normalize", "--ops", "diacritics,alef", SAMPLE).split("\n")
    assert [arabic_text.normalize(s, ops=["diacritics", "alef"]) for s in lines] == rust
    expected = rust_tokens(SAMPLE)
    for line in lines:
        assert [(t.text, t.kind, t.start, t.end) for t in arabic_text.tokenize(line)] == expected[line]


def test_batches_equal_single_calls(sample_text):
    texts = sample_text.split("\n") * 20 + ["", "😀", "a\u0301b"]
    for threads in (None, 1, 2, 3):
        assert arabic_text.normalize_batch(texts, threads=threads) == [arabic_text.normalize(t) for t in texts]
        assert arabic_text.tokenize_batch(texts, threads=threads) == [arabic_text.tokenize(t) for t in texts]
        docs = ["\n\n".join(texts[i : i + 7]) for i in range(0, len(texts), 7)]
        assert arabic_text.parse_batch(docs, threads=threads) == [arabic_text.parse(d) for d in docs]
    assert arabic_text.normalize_batch([]) == []
    assert arabic_text.tokenize_batch(()) == []
    assert arabic_text.parse_batch([]) == []


@pytest.mark.parametrize(
    "call",
    [
        lambda: arabic_text.normalize("x", preset="tashkeel"),
        lambda: arabic_text.Normalizer(preset="Search"),
        lambda: arabic_text.normalize_batch(["x"], preset="nope"),
    ],
)
def test_unknown_preset_names_the_valid_ones(call):
    with pytest.raises(ValueError, match="valid presets: search, light, default, none"):
        call()


@pytest.mark.parametrize(
    "call",
    [
        lambda: arabic_text.normalize("x", ops=["tashkeel"]),
        lambda: arabic_text.Normalizer(ops=["alef", "Alef"]),
        lambda: arabic_text.normalize_batch(["x"], ops=["x"]),
    ],
)
def test_unknown_rule_names_the_valid_ones(call):
    with pytest.raises(ValueError, match="valid rules: diacritics, quranic_marks, .*, whitespace"):
        call()


@pytest.mark.parametrize("bad", [None, 3, b"bytes", ["list"], 1.5])
@pytest.mark.parametrize(
    "fn",
    [arabic_text.normalize, arabic_text.tokenize, arabic_text.sentences, arabic_text.parse,
     arabic_text.Normalizer().normalize],
)
def test_non_str_raises_type_error(fn, bad):
    with pytest.raises(TypeError):
        fn(bad)


@pytest.mark.parametrize("fn", [arabic_text.normalize_batch, arabic_text.tokenize_batch, arabic_text.parse_batch])
def test_batch_of_non_str_raises_type_error(fn):
    with pytest.raises(TypeError):
        fn(["ok", 3])
    with pytest.raises(TypeError):
        fn("a str is not a list of str")
    with pytest.raises(TypeError):
        fn(None)
    with pytest.raises(ValueError, match="threads"):
        fn(["ok"], threads=0)


def test_ops_must_be_a_list_of_names():
    with pytest.raises(TypeError):
        arabic_text.normalize("x", ops="alef")


def test_lone_surrogate_is_an_error_not_a_crash():
    with pytest.raises(UnicodeEncodeError):
        arabic_text.normalize("\ud800")
    with pytest.raises(UnicodeEncodeError):
        arabic_text.tokenize_batch(["ok", "\udfff"])


def test_tokens_keep_their_source_alive():
    tokens = arabic_text.tokenize("".join(["كلمة ", "أخرى"]))
    assert [t.text for t in tokens] == ["كلمة", "أخرى"]


def test_tokens_sequence_of_a_batch():
    text = "قال: 😀 مرحباً #عربي"
    (tokens,) = arabic_text.tokenize_batch([text])
    listed = arabic_text.tokenize(text)
    assert isinstance(tokens, arabic_text.Tokens)
    assert tokens == listed and listed == tokens and not (tokens != listed)
    assert len(tokens) == 5 and tokens[0] == listed[0] and tokens[-1] == listed[-1]
    assert tokens[1:3] == listed[1:3] and list(tokens) == listed == tokens.to_list()
    assert tokens.texts == [t.text for t in listed]
    assert tokens.kinds == [t.kind for t in listed]
    assert tokens.starts == [t.start for t in listed] and tokens.ends == [t.end for t in listed]
    assert "Token(text='😀'" in repr(tokens)
    with pytest.raises(IndexError):
        tokens[5]
    with pytest.raises(IndexError):
        tokens[-6]
    import collections.abc

    assert isinstance(tokens, collections.abc.Sequence)
