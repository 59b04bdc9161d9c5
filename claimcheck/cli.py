"""The command line: parse options, call the library, write the output. Nothing else."""

from __future__ import annotations

import json
import sys

import click

from . import batch, fetch, outputs, pipeline, store, summary, tables, two_texts
from . import export as export_module
from .embed import DEFAULT_MODEL
from .engine import ENGINES
from .errors import ClaimcheckError
from .group import DEFAULT_THRESHOLD


def model_options(function):
    """--model, shared by the commands that embed sentences."""
    return click.option(
        "--model",
        default=DEFAULT_MODEL,
        show_default=True,
        help="sentence-transformers model: a name already available offline, or a local path.",
    )(function)


def out_option(function):
    """--out, shared by the batch modes: where the JSON Lines answers go."""
    return click.option(
        "--out",
        "out_file",
        type=click.File("w", encoding="utf-8"),
        default="-",
        help="Where the batch answers go, as JSON Lines (default: standard output).",
    )(function)


def write_rows(rows, source, out_file) -> int:
    """Write answer rows as JSON Lines; report error rows on stderr. Returns how many failed."""
    failures = batch.write_answers(rows, out_file, lambda message: click.echo(f"{source}: {message}", err=True))
    if failures:
        click.echo(f"{failures} line(s) could not be used; the others were answered", err=True)
    return failures


@click.group()
@click.version_option(package_name="claimcheck-figures")
def cli():
    """Find claims whose figures disagree across news articles."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--html", "html_path", type=click.Path(dir_okay=False, writable=True), help="Write the HTML report here.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, writable=True), help="Write the JSON result here.")
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False, writable=True), help="Write the pairs as CSV here.")
@click.option(
    "--threshold",
    type=click.FloatRange(-1.0, 1.0),
    default=DEFAULT_THRESHOLD,
    show_default=True,
    help="Cosine similarity above which two sentences are compared.",
)
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the input files.")
@model_options
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    help="SQLite store of runs and reviews [default: claimcheck.db beside the first output].",
)
@click.option(
    "--out-parquet",
    "parquet_dir",
    type=click.Path(file_okay=False),
    help="Write documents, claims, quantities and pairs as Parquet files into this folder.",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default="local",
    show_default=True,
    help="Where the work runs: worker processes here (local), one process (serial), or a Dask cluster (dask).",
)
@click.option("--address", help="Dask scheduler to use with --engine dask (default: start a local cluster).")
@click.option("--workers", type=click.IntRange(1), help="Worker processes [default: one per core; dask: 2].")
@click.option(
    "--reference",
    type=click.Path(exists=True, dir_okay=False),
    help="CSV or JSON Lines of reference figures (entity, measure, period, value, unit, source, url) to check claims against.",
)
@click.option(
    "--arithmetic/--no-arithmetic",
    default=True,
    show_default=True,
    help="Recompute the calculations sentences state (a change and its levels, a conversion, a total).",
)
@click.option(
    "--strict",
    is_flag=True,
    help="Stop with an error when a sentence, document or pair fails a stage (default: leave it out, with a warning).",
)
@click.option(
    "--urls",
    "urls_file",
    type=click.Path(exists=True, dir_okay=False),
    help="File of web addresses to fetch, one a line (blank lines and # comments ignored).",
)
@click.option("--refetch", is_flag=True, help="Fetch web pages again instead of reading them from the store (--db).")
@click.option(
    "--fetch-timeout",
    type=click.FloatRange(0, min_open=True),
    default=fetch.TIMEOUT,
    show_default=True,
    help="Seconds to wait for a site to answer before listing its page as skipped.",
)
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def run(
    paths,
    html_path,
    json_path,
    csv_path,
    threshold,
    encoding,
    model,
    db_path,
    parquet_dir,
    engine,
    address,
    workers,
    reference,
    arithmetic,
    strict,
    urls_file,
    refetch,
    fetch_timeout,
    quiet,
):
    """Read articles (files, folders or web addresses) and report the figures that disagree.

    Reads .txt, .md, .html, .jsonl, .csv and .parquet, and fetches http(s):// addresses
    (given as PATHS or in --urls FILE); a page that cannot be fetched is listed as skipped
    with why. Fetched pages are kept in the store (--db), so a re-run reads them from
    there: --refetch fetches them again. Without --html, --json or --csv, a
    summary of the flagged pairs is printed. Every run is kept in the store (--db) with
    the reviews of its pairs; the HTML report shows each pair's review and marks new
    pairs. --engine dask runs the same pipeline on a Dask cluster, with the same pairs.

    Example:

        claimcheck run fixtures/ --html report.html --json report.json

        claimcheck run --urls urls.txt --db desk.db --html report.html
    """
    show_progress = not quiet and sys.stderr.isatty()
    db_path = db_path or outputs.default_db(html_path, json_path, csv_path)
    if address and engine != "dask":
        raise click.UsageError("--address names a Dask scheduler: add --engine dask")
    try:
        urls = fetch.read_url_list(urls_file) if urls_file else []
    except ClaimcheckError as error:
        raise click.ClickException(str(error)) from error
    if not paths and not urls:
        raise click.UsageError("give files, folders or web addresses to read, or --urls FILE")
    try:
        outputs.make_parents(html_path, json_path, csv_path, db_path)
        checked = pipeline.check(
            [*paths, *urls],
            threshold=threshold,
            model=model,
            encoding=encoding,
            progress=show_progress,
            cache=db_path,
            engine=engine,
            address=address,
            workers=workers,
            reference=reference,
            arithmetic=arithmetic,
            strict=strict,
            refetch=refetch,
            fetch_timeout=fetch_timeout,
        )
        if parquet_dir:
            checked.to_parquet(parquet_dir)
    except ClaimcheckError as error:
        raise click.ClickException(str(error)) from error
    result = checked.run
    try:
        reviews, new_ids = outputs.keep_run(db_path, result)
        outputs.write_outputs(
            result, html_path=html_path, json_path=json_path, csv_path=csv_path, reviews=reviews, new_ids=new_ids
        )
    except ClaimcheckError as error:
        raise click.ClickException(str(error)) from error
    if quiet:
        return
    to_file = bool(html_path or json_path or csv_path or parquet_dir)
    for line in summary.counts(result):
        click.echo(line, err=to_file)
    for line in summary.notices(result):
        click.echo(line, err=True)
    if not to_file:
        for line in summary.flagged(result):
            click.echo(line)


@cli.command()
@click.argument("sentence_a", required=False)
@click.argument("sentence_b", required=False)
@click.option("--date-a", help="ISO date of the first article (currency rates, 'last year').")
@click.option("--date-b", help="ISO date of the second article.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option(
    "--pairs",
    "pairs_file",
    type=click.File("r", encoding="utf-8"),
    help='JSON Lines of {"id","a","b"} to compare in one batch.',
)
@out_option
@model_options
def compare(sentence_a, sentence_b, date_a, date_b, as_json, pairs_file, out_file, model):
    """Compare the figures of two sentences: verdict, reasons and explanation.

    Example:

        claimcheck compare "MiniMax raised $619 million." "MiniMax raised $620 million."
    """
    if pairs_file is not None:
        if sentence_a or sentence_b:
            raise click.UsageError("give either two sentences or --pairs, not both")
        try:
            write_rows(batch.compare_lines(pairs_file, model=model), pairs_file.name, out_file)
        except ClaimcheckError as error:
            raise click.ClickException(str(error)) from error
        return
    if not sentence_a or not sentence_b:
        raise click.UsageError("give two sentences, or --pairs FILE")
    try:
        pairs = two_texts.compare_texts(sentence_a, sentence_b, date_a=date_a, date_b=date_b, model=model)
    except ClaimcheckError as error:
        raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps([tables.pair_dict(p) for p in pairs], indent=2, ensure_ascii=False))
        return
    for line in batch.verdict_lines(pairs):
        click.echo(line)


@cli.command()
@click.argument("sentence", required=False)
@click.option("--jsonl", "jsonl_file", type=click.File("r", encoding="utf-8"), help='JSON Lines of {"text"}.')
@out_option
def figures(sentence, jsonl_file, out_file):
    """Print the figures claimcheck reads in a sentence, as JSON.

    Example:

        claimcheck figures "Zhipu sought HK$4.35 billion, up 13% on last year."
    """
    if jsonl_file is not None:
        write_rows(batch.figure_rows(jsonl_file), jsonl_file.name, out_file)
        return
    if not sentence:
        raise click.UsageError("give a sentence, or --jsonl FILE")
    rows = list(batch.figure_rows([json.dumps({"text": sentence})]))
    click.echo(json.dumps(rows[0]["quantities"], indent=2, ensure_ascii=False))


def db_option(function):
    """--db, shared by the commands that read the store."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        default="claimcheck.db",
        show_default=True,
        help="The SQLite store written by claimcheck run.",
    )(function)


def open_store(db_path: str):
    """The store at ``db_path``, which a run must have written; its errors as ClickException."""
    try:
        return store.connect_existing(db_path)
    except ClaimcheckError as error:
        raise click.ClickException(str(error)) from error


@cli.command()
@click.argument("pair_id")
@click.argument("decision", type=click.Choice(store.DECISIONS))
@click.option("--reviewer", required=True, help="Who decides (kept with the review).")
@click.option("--note", default="", help="Free text kept with the review.")
@click.option("--reason", default="", help="Why it is not a conflict: a verdict reason or free text.")
@db_option
def review(pair_id, decision, reviewer, note, reason, db_path):
    """Record a decision on a flagged pair, arithmetic finding or reference check; earlier decisions stay as history.

    Example:

        claimcheck review p1e0be5cab504 not_a_conflict --reviewer "Ana" --reason different_time
    """
    connection = open_store(db_path)
    try:
        saved = store.add_review(connection, pair_id, decision, reviewer, note=note, reason=reason)
    except (ValueError, ClaimcheckError) as error:  # a bad decision, or a store another run holds
        raise click.ClickException(f"{db_path}: {error}") from error
    click.echo(f"{saved['pair_id']}: {saved['decision']} by {saved['reviewer']} at {saved['created_at']}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(export_module.FORMATS), required=True, help="Output format.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, writable=True), required=True, help="File to write.")
@click.option("--org", default="claimcheck", show_default=True, help="Reviewing organisation (ClaimReview author).")
@click.option("--org-url", default=None, help="The organisation's web address.")
@db_option
def export(fmt, out_path, org, org_url, db_path):
    """Export reviewed pairs: schema.org ClaimReview JSON-LD, or a CSV of every review.

    Example:

        claimcheck export --format claimreview --out reviews.jsonld --org "Desk Fact Check"
    """
    connection = open_store(db_path)
    try:
        count = export_module.write_export(connection, fmt, out_path, org, org_url)
    except OSError as error:
        raise click.ClickException(f"{out_path}: cannot write ({error.strerror})") from error
    click.echo(f"{count} reviews written to {out_path}", err=True)


@cli.command()
@db_option
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; beyond loopback, --token or --reviewers is required.",
)
@click.option("--port", default=8421, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option(
    "--token",
    "tokens",
    multiple=True,
    metavar="NAME=TOKEN",
    help="A reviewer and the token their requests carry (repeat for more); decisions are kept under NAME.",
)
@click.option(
    "--reviewers",
    "reviewers_file",
    type=click.File("r", encoding="utf-8"),
    help="File of NAME=TOKEN lines, one per reviewer: like --token, with the tokens off the command line.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    help="Another name reviewers reach the server by (a DNS name, a proxy); requests naming others are refused.",
)
def serve(db_path, host, port, tokens, reviewers_file, allow_hosts):
    """Open the review page: the queue of flagged pairs, decided with the keyboard.

    Example:

        claimcheck serve --host 0.0.0.0 --reviewers reviewers.txt
    """
    from .serve import create_app, is_loopback, make_server, read_reviewers

    try:
        reviewers = read_reviewers(tokens, where="--token")
        from_file = read_reviewers(reviewers_file, where=f"{reviewers_file.name}, line") if reviewers_file else {}
    except ValueError as error:
        raise click.UsageError(str(error)) from error
    if set(reviewers) & set(from_file):
        raise click.UsageError("a --token is also in the --reviewers file: give each reviewer one token")
    reviewers |= from_file
    if not is_loopback(host) and not reviewers:
        raise click.UsageError(
            f"--host {host} lets other machines reach the review page: give each reviewer a token with "
            "--reviewers FILE (lines NAME=TOKEN) or --token NAME=TOKEN; make a token with "
            "python -c 'import secrets; print(secrets.token_urlsafe())'"
        )
    open_store(db_path).close()
    try:
        server = make_server(create_app(db_path, reviewers=reviewers, hosts=[host, *allow_hosts]), host, port)
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port} ({error.strerror or error})") from error
    address = f"[{host}]" if ":" in host else host
    tokens_note = f"; {len(reviewers)} reviewer(s), each opening it once with ?token=THEIR_TOKEN" if reviewers else ""
    click.echo(f"Reviewing {db_path} at http://{address}:{port}/{tokens_note} (Ctrl+C to stop)", err=True)
    server.run()
