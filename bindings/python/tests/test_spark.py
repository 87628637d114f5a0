"""The Spark job on a small corpus we write, in local mode (local[2]): its
Parquet output equals what the Rust examples print for the same documents.

Needs pyspark and pyarrow, and Java for Spark; skipped without them."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from conftest import REPO, SAMPLE, rust_example, rust_structure, rust_tokens

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)

JOB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "spark_job.py")

# Lines we wrote: vowelled text, tatweel, Persian letters, digits, emoji and
# combining marks, URLs, hashtags, mixed scripts.
LINES = [
    "قالَ المُدِيرُ: إنَّ الاجتماعَ سيُعقَد غداً في تمام الساعة ٣٫٥ مساءً.",
    "الحمــــد لله على نعمة الصحة 😀👍🏽",
    "زار الرئيس مدينة جدة يوم 12/05/2024، وأعلن عن مشاريع جديدة بقيمة 1,200 مليون ريال.",
    "تابعونا على https://example.com/ar و #الاقتصاد_السعودي و @news_sa",
    "کتاب فارسی و كتاب عربي",
    "e\u0301cole و café و 👨\u200d👩\u200d👧 عائلة",
    "هل ستأتي؟ نعم، سآتي!",
    "مؤتمر قائد إلى أعلى مستشفى",
]
ARTICLE = """عنوان المقالة التجريبية

هذه فقرة أولى تشرح الموضوع بإيجاز، وتنتهي بنقطة.

أهم النقاط

  • النقطة الأولى في القائمة.
  • النقطة الثانية 😀 في القائمة.

فقرة أخيرة تختم المقالة.
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    with open(SAMPLE, encoding="utf-8") as f:
        sample_lines = [s for s in f.read().split("\n") if s.strip()]
    lines = root / "lines" / "lines.txt"
    lines.parent.mkdir()
    lines.write_text("\n".join(LINES + sample_lines) + "\n", encoding="utf-8")
    articles = root / "articles"
    articles.mkdir()
    shutil.copy(SAMPLE, articles / "news-article.txt")
    shutil.copy(os.path.join(REPO, "tests", "data", "spec-sheet.txt"), articles / "spec-sheet.txt")
    (articles / "ours.txt").write_text(ARTICLE, encoding="utf-8")
    jsonl = root / "docs.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        for i, line in enumerate(LINES):
            f.write(json.dumps({"id": i, "text": line}, ensure_ascii=False) + "\n")
    return root


def run_job(*args):
    env = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    result = subprocess.run(
        [sys.executable, JOB, "--master", "local[2]", *args],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    print(result.stdout.strip())
    return result.stdout


def read(path):
    return pq.read_table(str(path)).to_pylist()


def test_lines_normalized_and_tokenized_as_the_examples_do(corpus, tmp_path):
    path = str(corpus / "lines" / "lines.txt")
    out = tmp_path / "lines.parquet"
    run_job(path, "--output", str(out), "--ops", "normalize,tokenize", "--preset", "search")
    rows = sorted(read(out), key=lambda r: r["id"])
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")[:-1]
    assert [r["text"] for r in rows] == lines
    normalized = rust_example("normalize", "--preset", "search", path).split("\n")[:-1]
    assert [r["normalized"] for r in rows] == normalized
    tokens = rust_tokens(path)
    for r in rows:
        assert [(t["text"], t["kind"], t["start"], t["end"]) for t in r["tokens"]] == tokens[r["text"]]
    print(f"{len(rows)} lines: normalize and tokenize equal the Rust examples")


def test_files_parsed_as_the_extract_example_does(corpus, tmp_path):
    out = tmp_path / "files.parquet"
    run_job(str(corpus / "articles"), "--per-file", "--output", str(out), "--ops", "parse")
    rows = read(out)
    assert len(rows) == 3
    for r in rows:
        name = r["source"].rsplit("/", 1)[-1]
        assert json.loads(r["structure"]) == rust_structure(str(corpus / "articles" / name)), name
    print(f"{len(rows)} files: parse equals the extract example")


def test_jsonl_with_rules(corpus, tmp_path):
    out = tmp_path / "jsonl.parquet"
    run_job(str(corpus / "docs.jsonl"), "--format", "jsonl", "--output", str(out),
            "--ops", "normalize", "--rules", "diacritics,alef")
    rows = sorted(read(out), key=lambda r: r["id"])
    lines_file = corpus / "jsonl-lines.txt"
    lines_file.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    expected = rust_example("normalize", "--ops", "diacritics,alef", str(lines_file)).split("\n")[:-1]
    assert [r["text"] for r in rows] == LINES
    assert [r["normalized"] for r in rows] == expected
    print(f"{len(rows)} JSON lines: normalize --rules diacritics,alef equals the example")
