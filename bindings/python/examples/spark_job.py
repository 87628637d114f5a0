"""Run arabic_text over a corpus on Spark and write Parquet.

    spark-submit spark_job.py INPUT... --output DIR [options]
    python spark_job.py INPUT... --output DIR --master 'local[2]' [options]

INPUT are files, directories or globs Spark can read (local paths, hdfs://,
s3a://, ...). A document is one line of a text file (the default), a whole
text file (--per-file), or the --text-field of each JSON line (--format
jsonl). Each Spark partition goes through the installed `arabic_text` wheel
in Arrow batches (`mapInArrow`), and the output keeps the input's columns
and adds, per --ops:

- normalized: str, `arabic_text.normalize_batch(texts, preset, ops)`
- tokens: list of {text, kind, start, end}, `arabic_text.tokenize_batch`
- structure: str, the JSON of `arabic_text.parse_batch` ({"title", "blocks"})

Every start, end and span is an index into the document as a Python str
(a code point count). Text input also gets `source` (the file) and, per
line, `id` (increasing in file order, not consecutive).

On a cluster, install the same wheel on every node that runs executors
(it holds a compiled module, so --py-files cannot ship it): in the node
image, a bootstrap script, or a packed virtualenv sent with --archives. One
abi3 wheel serves every CPython from 3.10 on the same platform, e.g.

    pip install arabic_text-0.1.0-cp310-abi3-manylinux_*.whl   # on each node
    spark-submit --master yarn spark_job.py s3a://bucket/news/*.txt \\
        --output s3a://bucket/news-parquet --ops normalize,tokenize
"""

import argparse
import json
import time

import pyarrow as pa

OPS = ("normalize", "tokenize", "parse")
TOKEN_TYPE = pa.struct(
    [("text", pa.string()), ("kind", pa.string()), ("start", pa.int64()), ("end", pa.int64())]
)


def process(batches, text_column, ops, preset, rules, threads):
    """The Arrow batches with the result columns added: runs on the executors."""
    import arabic_text

    normalizer = arabic_text.Normalizer(preset, rules) if "normalize" in ops else None
    for batch in batches:
        texts = batch.column(text_column).to_pylist()
        present = [t for t in texts if t is not None]
        columns, names = list(batch.columns), list(batch.schema.names)
        if normalizer is not None:
            done = iter(normalizer.normalize_batch(present, threads=threads))
            columns.append(pa.array([None if t is None else next(done) for t in texts], pa.string()))
            names.append("normalized")
        if "tokenize" in ops:
            columns.append(_token_column(texts, arabic_text.tokenize_batch(present, threads=threads)))
            names.append("tokens")
        if "parse" in ops:
            done = iter(arabic_text.parse_batch(present, threads=threads))
            docs = [None if t is None else json.dumps(next(done), ensure_ascii=False) for t in texts]
            columns.append(pa.array(docs, pa.string()))
            names.append("structure")
        yield pa.RecordBatch.from_arrays(columns, names=names)


def _token_column(texts, tokens):
    """The list<struct<text, kind, start, end>> column of `tokens` (one
    `arabic_text.Tokens` per non-null text), built from its columns."""
    offsets, text, kind, start, end, nulls = [0], [], [], [], [], []
    done = iter(tokens)
    for t in texts:
        nulls.append(t is None)
        if t is not None:
            doc = next(done)
            text += doc.texts
            kind += doc.kinds
            start += doc.starts
            end += doc.ends
        offsets.append(len(text))
    values = pa.StructArray.from_arrays(
        [pa.array(text, pa.string()), pa.array(kind, pa.string()), pa.array(start, pa.int64()),
         pa.array(end, pa.int64())],
        fields=list(TOKEN_TYPE),
    )
    mask = pa.array(nulls, pa.bool_()) if any(nulls) else None
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), values, mask=mask)


def output_schema(input_schema, ops):
    from pyspark.sql.types import ArrayType, LongType, StringType, StructField, StructType

    fields = list(input_schema.fields)
    if "normalize" in ops:
        fields.append(StructField("normalized", StringType()))
    if "tokenize" in ops:
        token = StructType(
            [StructField("text", StringType()), StructField("kind", StringType()),
             StructField("start", LongType()), StructField("end", LongType())]
        )
        fields.append(StructField("tokens", ArrayType(token)))
    if "parse" in ops:
        fields.append(StructField("structure", StringType()))
    return StructType(fields)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--output", required=True, help="Parquet directory (overwritten)")
    parser.add_argument("--format", choices=("text", "jsonl"), default="text")
    parser.add_argument("--per-file", action="store_true", help="text: one document per file, not per line")
    parser.add_argument("--text-field", default="text", help="jsonl: the field holding the document")
    parser.add_argument("--ops", default="normalize,tokenize,parse", help="comma-separated: " + ",".join(OPS))
    parser.add_argument("--preset", default=None, help="normalize preset (default search)")
    parser.add_argument("--rules", default=None, help="comma-separated normalize rules added to the preset")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads per Spark task (Spark already runs a task per core)")
    parser.add_argument("--keep-blank", action="store_true", help="text per line: keep blank lines")
    parser.add_argument("--master", default=None, help="e.g. local[2]; default: spark-submit's")
    parser.add_argument("--batch-size", type=int, default=2048, help="rows per Arrow batch")
    args = parser.parse_args(argv)

    ops = [o.strip() for o in args.ops.split(",") if o.strip()]
    unknown = [o for o in ops if o not in OPS]
    if unknown or not ops:
        parser.error(f"--ops takes {', '.join(OPS)}; got {args.ops!r}")
    rules = [r.strip() for r in args.rules.split(",") if r.strip()] if args.rules else None
    import arabic_text  # fail early, on the driver, for a bad preset or rule

    arabic_text.Normalizer(args.preset, rules)

    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    builder = SparkSession.builder.appName("arabic_text")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.config("spark.sql.execution.arrow.maxRecordsPerBatch", str(args.batch_size)).getOrCreate()
    try:
        if args.format == "jsonl":
            df = spark.read.json(args.inputs)
            if args.text_field not in df.columns:
                parser.error(f"no field {args.text_field!r} in the JSON lines (fields: {', '.join(df.columns)})")
            text_column = args.text_field
        else:
            df = spark.read.text(args.inputs, wholetext=args.per_file).withColumnRenamed("value", "text")
            df = df.withColumn("source", F.input_file_name())
            if not args.per_file:
                df = df.withColumn("id", F.monotonically_increasing_id())
                if not args.keep_blank:
                    df = df.filter(F.trim(F.col("text")) != "")
            text_column = "text"

        preset, threads = args.preset, args.threads
        out = df.mapInArrow(
            lambda batches: process(batches, text_column, ops, preset, rules, threads),
            output_schema(df.schema, ops),
        )
        start = time.perf_counter()
        out.write.mode("overwrite").parquet(args.output)
        seconds = time.perf_counter() - start
        count = spark.read.parquet(args.output).count()
        print(f"{count} documents in {seconds:.2f} s ({count / seconds:.0f} documents/s, "
              f"{spark.sparkContext.master}), ops {','.join(ops)} -> {args.output}")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
