"""The search analysis: keys, pieces with string offsets, the lexicon."""

from hypothesis import given, strategies as st

import arabic_text


def test_clitics_come_off_and_keys_meet():
    analyzer = arabic_text.Analyzer()
    text = "😀 والكتاب في المكتبة وكتابهم الجديد"
    terms = analyzer.terms(text)
    keys = {t["text"]: t["key"] for t in terms}
    assert keys["والكتاب"] == keys["وكتابهم"] == "كتاب"
    assert "في" not in keys, "stopwords are left out by default"
    for t in terms:
        assert text[t["start"] : t["end"]] == t["text"]
        assert "".join(p["text"] for p in t["pieces"]) == t["text"]
        for p in t["pieces"]:
            assert text[p["start"] : p["end"]] == p["text"]
    roles = [p["role"] for p in terms[0]["pieces"]]
    assert roles == ["proclitic", "article", "stem"]
    kept = arabic_text.Analyzer(stopwords=False).terms(text)
    assert any(t["text"] == "في" and t["stopword"] for t in kept)
    assert [t["position"] for t in kept] == list(range(len(kept)))
    assert analyzer.key("بالكتابين") == "كتاب"


def test_the_lexicon_learns_saves_and_loads():
    lexicon = arabic_text.Lexicon()
    lexicon.observe("قال الرجل إنه قال ما قال")
    assert lexicon.count("قال") == 3
    copy = arabic_text.Lexicon.loads(lexicon.dumps())
    assert len(copy) == len(lexicon) and copy.count("قال") == 3
    learned = arabic_text.Analyzer(lexicon=copy)
    assert learned.terms("وقال")[0]["key"] == "قال"


def test_a_bad_lexicon_raises_value_error():
    import pytest

    with pytest.raises(ValueError):
        arabic_text.Lexicon.loads("كلمة\tليس رقما\n")


@given(st.text(alphabet=st.sampled_from(list("والكتبهمفيبلنا😀 ،.\u064e\u200d")), max_size=60))
def test_pieces_tile_words_at_string_indices(text):
    for t in arabic_text.Analyzer(stopwords=False).terms(text):
        assert text[t["start"] : t["end"]] == t["text"]
        assert t["key"]
        assert "".join(p["text"] for p in t["pieces"]) == t["text"]
