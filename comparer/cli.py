"""The ``comparer`` command: a thin adapter over the library functions.

Each command parses options, calls one public function and writes its result. Errors a user
can cause become one line on stderr and exit code 2 (``--debug`` shows the traceback).
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from typer.core import TyperArgument, TyperCommand

from comparer.errors import ComparerError
from comparer.options import ALL_PAIRS_MAX_DOCS, CheckFormat, EmbedderName, OutputFormat

if TYPE_CHECKING:  # the heavy modules load inside the commands, so --help answers at once
    from comparer.align import Alignment
    from comparer.corpus import Corpus


class _Argument(TyperArgument):
    """A positional argument shown by its metavar alone (``PATH...``), without typer's
    ``<list[Path]>`` type and ``{paths}...`` usage form."""

    def display_type(self, ctx: Any) -> str:
        return ""

    def display_type_rich(self, ctx: Any) -> None:
        return None

    def _usage_display_name(self) -> str:
        return self.display_name_raw


class _Command(TyperCommand):
    """A command whose arguments show as their metavars (see :class:`_Argument`), and whose
    ``--against`` takes every path up to the next option (``--against a b c``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument):
                param.__class__ = _Argument

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, spread_option(args, "--against"))


def spread_option(args: list[str], name: str) -> list[str]:
    """``--against a b c`` → ``--against a --against b --against c``: the values after ``name``
    up to the next option (or ``--``) are each given to it."""
    out, taking = [], False
    for arg in args:
        if arg.startswith("-"):
            taking = arg == name
            out.append(arg)
        elif taking and out[-1] != name:
            out += [name, arg]
        else:
            out.append(arg)
    return out


app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,  # plain click help: no rich import for --help, no <bool> type column
    help="Compare Chinese local-government policy documents clause by clause.",
)
_state = {"quiet": False, "debug": False, "skip_bad": False}

Paths = Annotated[list[Path], typer.Argument(
    metavar="PATH...", help="Files or folders (a folder's manifest.csv is used).")]
OutOpt = Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help=(
    "Write to this file instead of stdout; without --format, its extension (.csv or .jsonl) "
    "gives the format."))]
#: The output format an ``--out`` file's extension implies when ``--format`` is not given.
EXTENSION_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".xlsx": "xlsx", ".docx": "docx"}


def _format_opt(default: str, choices: str) -> Any:
    return typer.Option("--format", "-f", show_default=False, metavar="FORMAT", help=(
        f"{choices}; default: from --out's extension, else {default}."))


@app.callback()
def _main(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or notes on stderr.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks and debug logging.")] = False,
    skip_bad: Annotated[bool, typer.Option("--skip-bad", help=(
        "Leave out files that cannot be read (with a warning each) instead of stopping."))] = False,
) -> None:
    _state.update(quiet=quiet, debug=debug, skip_bad=skip_bad)
    level = logging.DEBUG if debug else logging.ERROR if quiet else logging.WARNING
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("comparer: %(message)s"))
    root = logging.getLogger("comparer")
    root.handlers[:] = [handler]
    root.setLevel(level)


def emit(text: str, out: Path | None) -> None:
    """Write command output to ``out`` atomically, or to stdout."""
    if out is None:
        sys.stdout.write(text)
    else:
        from comparer.io import write_atomic

        write_atomic(out, text)
        if not _state["quiet"]:
            typer.echo(f"wrote {out}", err=True)


def usage_error(message: str) -> Exception:
    """A usage error for the command being run (one line on stderr, exit code 2)."""
    return _usage_errors().UsageError(message)


def out_format(fmt: str | None, out: Path | None, default: str, allowed: list[str]) -> str:
    """The output format: ``--format`` when given, else the one ``--out``'s extension implies
    (:data:`EXTENSION_FORMATS`), else ``default``. A ``--format`` that contradicts the
    extension, or an extension this command cannot write, is a usage error."""
    implied = EXTENSION_FORMATS.get(out.suffix.lower()) if out is not None else None
    if fmt is None:
        if implied is not None and implied not in allowed:
            raise usage_error(f"--out {out}: this command writes {', '.join(allowed[:-1])} or "
                              f"{allowed[-1]}, not {implied}; give --out a matching extension")
        return implied or default
    if implied is not None and implied != fmt:
        raise usage_error(f"--format {fmt} contradicts --out {out} (a {out.suffix} file); give one "
                          f"that matches, or leave out --format to take it from the extension")
    return fmt


def tabular_format(fmt: OutputFormat | None, out: Path | None, default: OutputFormat) -> OutputFormat:
    """:func:`out_format` for the commands that write table, csv or jsonl."""
    return OutputFormat(out_format(fmt and fmt.value, out, default.value, [f.value for f in OutputFormat]))


def read_corpus(paths: list[Path]) -> Corpus:
    """Load documents, with a progress bar on stderr unless ``--quiet``."""
    from comparer.corpus import load_corpus
    from comparer.progress import progress_bar

    with progress_bar("reading", disabled=_state["quiet"]) as step:
        return load_corpus(paths, progress=step, skip_errors=_state["skip_bad"])


def render(records: list[dict[str, Any]], fmt: OutputFormat | str,
           columns: list[str] | None = None, headers: dict[str, str] | None = None) -> str:
    """:func:`comparer.io.render`, loaded when a command has a result to write."""
    from comparer.io import render as render_records

    return render_records(records, fmt, columns=columns, headers=headers)


@app.command("segment", cls=_Command)
def segment_cmd(
    paths: Paths,
    fmt: Annotated[Optional[OutputFormat], _format_opt("table", "table, csv or jsonl")] = None,
    out: OutOpt = None,
) -> None:
    """Cut documents into clauses with their section, item, units and deadline."""
    fmt = tabular_format(fmt, out, OutputFormat.TABLE)
    corpus = read_corpus(paths)
    if fmt is OutputFormat.JSONL:
        text = render([c.to_record() for c in corpus.clause_list], fmt)
    elif fmt is OutputFormat.TABLE:
        cols = ["clause_id", "kind", "lead_units", "deadline", "text"]
        text = render([c.to_row() for c in corpus.clause_list], fmt, columns=cols)
    else:
        text = render([c.to_row() for c in corpus.clause_list], fmt)
    emit(text, out)


EmbedderOpt = Annotated[EmbedderName, typer.Option("--embedder", "-e", metavar="NAME",
                        help="How clauses are embedded: tfidf, sentence-transformers or hybrid.")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", "-m", metavar="MODEL",
                     help="sentence-transformers model name or local folder (for sentence-transformers/hybrid).")]
ThresholdOpt = Annotated[Optional[float], typer.Option("--threshold", "-t", min=0.0, max=1.0, metavar="X", help=(
    "Lowest probability of a match (matching model; default 0.5). With --embedder "
    "sentence-transformers or hybrid: lowest cosine similarity (default 0.12)."))]
TopKOpt = Annotated[Optional[int], typer.Option("--top-k", min=1, metavar="K", help=(
    "Candidates per clause and document (matching model; default 5). With another embedder: a "
    "pair is kept when one clause is among the other's k best in that document (default 2)."))]
LabelsOpt = Annotated[Optional[Path], typer.Option("--labels", metavar="FILE", help=(
    "Your own labels (a review.xlsx filled in, see `comparer review`): labelled pairs are fixed "
    "and the matching model is refit with them."))]


def read_labels_opt(labels: Path | None) -> dict[tuple[str, str], bool] | None:
    """The pairs labelled in ``--labels``'s workbook, or None without one."""
    from comparer.review import read_labels

    return None if labels is None else read_labels(labels)


def build_embedder(embedder: EmbedderName, model: str | None) -> Any:
    """The embedder of ``--embedder`` and ``--model``; ``--model`` without a model embedder is a
    usage error rather than silently ignored."""
    from comparer.embed import make_embedder

    if model is not None and embedder is EmbedderName.TFIDF:
        raise usage_error(f"--model {model} needs --embedder sentence-transformers or hybrid "
                          "(the default, tfidf, uses no model)")
    return make_embedder(embedder, model)


def run_alignment(paths: list[Path], embedder: EmbedderName, model: str | None,
                  threshold: float | None, top_k: int | None,
                  labels: Path | None = None) -> tuple[Corpus, Alignment]:
    """Load, embed and align, with progress bars unless ``--quiet``."""
    from comparer.align import align
    from comparer.progress import progress_bar

    emb = build_embedder(embedder, model)
    given = read_labels_opt(labels)
    corpus = read_corpus(paths)
    with progress_bar("aligning", disabled=_state["quiet"]) as step:
        return corpus, align(corpus, emb, threshold=threshold, top_k=top_k, progress=step,
                             labels=given)


@app.command("align", cls=_Command)
def align_cmd(
    paths: Paths,
    embedder: EmbedderOpt = EmbedderName.TFIDF,
    model: ModelOpt = None,
    threshold: ThresholdOpt = None,
    top_k: TopKOpt = None,
    labels: LabelsOpt = None,
    fmt: Annotated[Optional[OutputFormat], _format_opt("jsonl", "table, csv or jsonl")] = None,
    out: OutOpt = None,
) -> None:
    """Align the same obligations across every pair of documents."""
    fmt = tabular_format(fmt, out, OutputFormat.JSONL)
    _, result = run_alignment(paths, embedder, model, threshold, top_k, labels)
    emit(render(result.records(), fmt, columns=list(result.to_frame().columns)), out)


@app.command("matrix", cls=_Command)
def matrix_cmd(
    paths: Paths,
    embedder: EmbedderOpt = EmbedderName.TFIDF,
    model: ModelOpt = None,
    threshold: ThresholdOpt = None,
    top_k: TopKOpt = None,
    labels: LabelsOpt = None,
    fmt: Annotated[Optional[OutputFormat], _format_opt("table", "table, csv or jsonl")] = None,
    out: OutOpt = None,
) -> None:
    """Coverage matrix: obligation groups × documents (clause ids, blank = absent)."""
    fmt = tabular_format(fmt, out, OutputFormat.TABLE)
    from comparer.labels import doc_label

    corpus, alignment = run_alignment(paths, embedder, model, threshold, top_k, labels)
    cov = alignment.coverage()
    names = {d.doc_id: doc_label(d) for d in corpus.documents}  # the table's headers: place and year
    emit(render(cov.to_dict("records"), fmt, columns=list(cov.columns), headers=names), out)


def _doc_corpus(ref: str, corpus_dir: Path) -> Corpus:
    """A file if ``ref`` is a path that exists, else the document with id ``ref`` in ``corpus_dir``."""
    from comparer.corpus import Corpus

    if Path(ref).exists():
        return read_corpus([Path(ref)])
    if not corpus_dir.is_dir():
        raise ComparerError(f"{ref!r} is not a file, and the folder to look it up as a document id "
                            f"({corpus_dir}; set it with --corpus DIR) does not exist")
    corpus = read_corpus([corpus_dir])
    try:
        return Corpus((corpus.segmentation(ref),))
    except KeyError:
        ids = ", ".join(d.doc_id for d in corpus.documents)
        raise ComparerError(f"{ref!r} is neither a file nor a document id in {corpus_dir} ({ids})") from None


def _changes_source(old: str, new: str, corpus_dir: Path) -> tuple[Corpus, str, str]:
    """The corpus ``changes`` aligns and the two ids: the whole ``--corpus`` when both are its
    document ids (so the figures are the report's), else the two files."""
    if not Path(old).exists() and not Path(new).exists() and corpus_dir.is_dir():
        corpus = read_corpus([corpus_dir])
        ids = [d.doc_id for d in corpus.documents]
        for ref in (old, new):
            if ref not in ids:
                raise ComparerError(f"{ref!r} is neither a file nor a document id in {corpus_dir} "
                                    f"({', '.join(ids)})")
        if old == new:
            raise ComparerError(f"OLD and NEW are the same document ({old})")
        return corpus, old, new
    a, b = _doc_corpus(old, corpus_dir), _doc_corpus(new, corpus_dir)
    if a.documents[0].doc_id == b.documents[0].doc_id:
        raise ComparerError(f"OLD and NEW are the same document ({a.documents[0].doc_id})")
    return a + b, a.documents[0].doc_id, b.documents[0].doc_id


@app.command("changes", cls=_Command)
def changes_cmd(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier document: a file, or a document id in --corpus.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later document: a file, or a document id in --corpus.")],
    corpus_dir: Annotated[Path, typer.Option("--corpus", metavar="DIR", help="Folder where document ids are looked up.")] = Path("corpora"),
    fmt: Annotated[Optional[OutputFormat], _format_opt("table", "table, csv or jsonl")] = None,
    out: OutOpt = None,
    embedder: EmbedderOpt = EmbedderName.TFIDF,
    model: ModelOpt = None,
    threshold: ThresholdOpt = None,
    top_k: TopKOpt = None,
    labels: LabelsOpt = None,
) -> None:
    """Year-over-year changes: each clause unchanged, changed, added or dropped."""
    from comparer.changes import changes

    fmt = tabular_format(fmt, out, OutputFormat.TABLE)
    emb = build_embedder(embedder, model)
    given = read_labels_opt(labels)
    source, old_id, new_id = _changes_source(old, new, corpus_dir)
    result = changes(source, old_id, new_id, emb, threshold=threshold, top_k=top_k, labels=given)
    if fmt is OutputFormat.CSV:
        emit(render(result.to_frame().to_dict("records"), fmt), out)
    else:  # jsonl, and the table for people (changes as Chinese lines: 目标：≥1次 → ≥2次)
        emit(render(result.records(), fmt), out)


@app.command("check", cls=_Command)
def check_cmd(
    plan: Annotated[Path, typer.Argument(metavar="PLAN", help="The plan to check (any supported format).")],
    against: Annotated[list[Path], typer.Option("--against", metavar="PATH...", help=(
        "Reference documents or folders, one or several (--against a.docx b.docx corpora/)."))],
    k: Annotated[Optional[int], typer.Option("--k", metavar="N", help="References an item needs to be standard.")] = None,
    checklist: Annotated[Optional[Path], typer.Option("--checklist", metavar="FILE", help="Items file (lines or CSV column 'item').")] = None,
    fmt: Annotated[Optional[str], _format_opt("table", "table, csv, jsonl, xlsx or docx")] = None,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help=(
        "Write to this file instead of stdout; without --format, its extension (.csv, .jsonl, "
        ".xlsx, .docx) gives the format."))] = None,
    labels: LabelsOpt = None,
) -> None:
    """The drafter's check: which standard items the plan states, states weakly, may state
    (待核实), or misses."""
    from comparer.check import check

    from comparer.check_output import check_rows, doc_names

    kind = check_format(fmt, out)
    if kind in (CheckFormat.XLSX, CheckFormat.DOCX) and out is None:
        raise ComparerError(f"--format {kind.value} writes a file; give it with --out FILE.{kind.value}")
    given = read_labels_opt(labels)
    plan_corpus, refs = read_corpus([plan]), read_corpus(against)
    result = check(plan_corpus, refs, k=k, checklist=checklist, labels=given)
    documents = plan_corpus.documents + refs.documents
    if kind is CheckFormat.XLSX:
        result.write_xlsx(out)
    elif kind is CheckFormat.DOCX:
        result.write_docx(out, documents)
    else:
        emit(render(check_rows(result, kind.value, doc_names(documents)), kind.value), out)
        return
    if not _state["quiet"]:
        typer.echo(f"wrote {out}", err=True)


def check_format(fmt: str | None, out: Path | None) -> CheckFormat:
    """The check's output format from ``--format`` and ``--out`` (see :func:`out_format`)."""
    try:
        kind = CheckFormat(fmt) if fmt is not None else None
    except ValueError:
        raise ComparerError(f"unknown format {fmt!r}; expected one of "
                            f"{', '.join(f.value for f in CheckFormat)}") from None
    return CheckFormat(out_format(kind and kind.value, out, "table", [f.value for f in CheckFormat]))


@app.command("report", cls=_Command)
def report_cmd(
    paths: Paths,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Folder for report.html, report.xlsx and CSV tables.")],
    embedder: EmbedderOpt = EmbedderName.TFIDF,
    model: ModelOpt = None,
    threshold: ThresholdOpt = None,
    labels: LabelsOpt = None,
    pairs: Annotated[int, typer.Option("--pairs", min=0, metavar="N", help=(
        "Show every document pair side by side up to this many documents; above, only "
        "year-over-year pairs and each document's most similar one (all pairs stay in "
        "alignments.csv)."))] = ALL_PAIRS_MAX_DOCS,
    no_cache: Annotated[bool, typer.Option("--no-cache", help=(
        "Compute the report even when the report cache holds it for the same documents, options "
        "and code (COMPARER_CACHE=off turns every cache off)."))] = False,
) -> None:
    """Write an HTML report, an Excel workbook and CSV tables comparing the documents."""
    from comparer.progress import progress_bar
    from comparer.report import build_report

    emb = build_embedder(embedder, model)
    corpus = read_corpus(paths)
    before = _stamps(out)
    with progress_bar("report", disabled=_state["quiet"]) as step:
        build_report(corpus, out, emb, threshold, progress=step, all_pairs_max=pairs,
                     labels=read_labels_opt(labels), cache=not no_cache)
    if not _state["quiet"]:
        written = [name for name, stamp in _stamps(out).items() if before.get(name) != stamp]
        typer.echo(f"wrote {len(written)} files in {out}: {', '.join(written)}", err=True)


@app.command("review", cls=_Command)
def review_cmd(
    paths: Paths,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE", help="The workbook to write (.xlsx).")],
    n: Annotated[int, typer.Option("--n", min=1, metavar="N", help="How many pairs to list.")] = 50,
    labels: LabelsOpt = None,
) -> None:
    """List the pairs the matching model is least sure of, to label 同 or 不同 in Excel; pass the
    filled-in file back with --labels to align, matrix, changes, check or report."""
    from comparer.review import write_review

    if out.suffix.lower() != ".xlsx":
        raise usage_error(f"--out {out}: review writes an Excel workbook; give it a .xlsx name")
    _, result = run_alignment(paths, EmbedderName.TFIDF, None, None, None, labels)
    write_review(result, out, n)
    if not _state["quiet"]:
        typer.echo(f"wrote {out}", err=True)


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file of ``folder`` → (inode, mtime): a file replaced since has another stamp."""
    if not folder.is_dir():
        return {}
    stats = {p.name: p.stat() for p in folder.iterdir() if p.is_file()}
    order = {"report.html": 0, "report.xlsx": 1}
    return {n: (st.st_ino, st.st_mtime_ns) for n, st in
            sorted(stats.items(), key=lambda kv: (order.get(kv[0], 2), kv[0]))}


def _usage_errors() -> Any:
    """Click's exception module: typer ≥ 0.25 vendors click as ``typer._click``."""
    try:
        from typer._click import exceptions
    except ImportError:  # older typer runs on click itself
        from click import exceptions
    return exceptions


def main() -> None:
    """Console entry point: run the app, turning comparer and usage errors into one-line messages."""
    ex = _usage_errors()
    try:
        code = app(standalone_mode=False)
    except ComparerError as e:
        if _state["debug"]:
            raise
        typer.echo(f"comparer: error: {e}", err=True)
        sys.exit(2)
    except ex.NoArgsIsHelpError as e:
        typer.echo(e.ctx.get_help() if e.ctx else e.format_message(), err=True)
        sys.exit(2)
    except ex.UsageError as e:
        where = f" (see: {e.ctx.command_path} --help)" if e.ctx else ""
        typer.echo(f"comparer: error: {e.format_message()}{where}", err=True)
        sys.exit(e.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("comparer: interrupted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
