"""Command line: `timeline build | export | eval | providers | schema`.

Data goes to stdout or the `-o` file; progress and messages go to stderr. Exit codes:
0 clean run, 1 partial run (some documents failed), 2 usage or configuration error,
3 provider error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from timeline import __version__
from timeline.cache import ResultCache, write_atomically
from timeline.config import load_settings, without_credentials
from timeline.continuity import changes, keep_ids, previous_timeline
from timeline.dates import parse_document_date
from timeline.errors import ConfigError, MissingKeyError, ProviderError, TimelineError, validation_message
from timeline.export.labels import controls_escaped, counted
from timeline.interrupts import stopped_like_ctrl_c
from timeline.models import SCHEMA_VERSION, DocumentDate, DocumentDateSource, Problem, Timeline, Usage

if TYPE_CHECKING:  # the pipeline is imported when a build runs: `timeline --help` need not load it
    from timeline.pipeline import DocumentReport

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
BUILD_ENVIRONMENT = """environment:
  TIMELINE_PROFILE, TIMELINE_MODEL, TIMELINE_BASE_URL  as --profile, --model, --base-url
  TIMELINE_CACHE_DIR   the model, result cache and server logs (default: ~/.cache/timeline on Linux)
  TIMELINE_THREADS     threads of the embedded model's server (default: every usable core)
  OPENAI_API_KEY       the key of the openai profile; another profile names its own (api_key_env)

Exit codes: 0 ok, 1 partial run, 2 usage/config error, 3 provider error, 130 interrupted."""


def _stderr(message: str) -> None:
    """Print one message; the file names, titles and server replies in it cannot command the terminal.

    An ESC in a file name or a sidecar title started an escape sequence (a red screen, a cleared one, a
    window title, a hidden link), a carriage return wrote over the line, and a U+202E reversed the rest
    of it: each is shown as its escape ("\\x1b", "\\u202e"), as the build names a file that is not UTF-8.
    """
    print(controls_escaped(message, keep="\n", bidi=True), file=sys.stderr, flush=True)


def _is_terminal(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if callable(isatty) else False
    except (OSError, ValueError):  # a closed or detached stream
        return False


def _profile_overrides(args: argparse.Namespace) -> dict[str, object]:
    overrides: dict[str, object] = {}
    for name in ("model", "base_url", "max_tokens"):
        value = getattr(args, name, None)
        if value is not None:
            overrides[name] = value
    return overrides


def _progress_bar(done: int, total: int, width: int = 24) -> str:
    filled = round(width * done / total) if total else width
    return f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total}"


# documents.FORMAT_BY_SUFFIX's keys (a test keeps them equal), written out so that `--help` does not
# import the HTML extractor
_ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".eml", ".docx", ".pdf")
_READ_SUFFIXES = ", ".join(_ARTICLE_SUFFIXES)


def _check_output(
    output: str | None, inputs: Sequence[str] = (), article_folders: Sequence[str] = ()
) -> None:
    """Refuse an output path that cannot be written, or that is one of the inputs, or that a build of
    an input folder or of `article_folders` (those of the timeline `export` reads) would read as an
    article, before any work is done."""
    if output in (None, "-"):
        return
    assert output is not None
    path = Path(output)
    if not output.strip() or path.is_dir() or output.endswith(("/", os.sep)):
        raise ConfigError(
            f"-o {output!r}: give a file name, e.g. -o {Path(output.strip() or '.') / 'timeline.json'}"
        )
    target = path.resolve()
    for given in inputs:
        folder = Path(given).resolve()
        if folder == target:
            raise ConfigError(f"-o {output}: that is an input of this command; write to another file")
        if folder.is_dir() and _read_as_an_article(target, folder):
            raise ConfigError(f"-o {output}: inside the input folder {given}, {_READ_NEXT_TIME}")
    for given in article_folders:
        if _read_as_an_article(target, Path(given).resolve()):
            raise ConfigError(
                f"-o {output}: inside {given}, the folder of the timeline's articles, {_READ_NEXT_TIME}"
            )
    # The atomic rename replaces a file whatever its own permissions: one the user made read-only to keep
    # it (`chmod a-w`) was replaced all the same, where the shell's `>` would have refused.
    if path.is_file() and not os.access(path, os.W_OK):
        raise ConfigError(
            f"-o {output}: the file is read-only, so it is not replaced; make it writable (chmod u+w) "
            "or choose another output path"
        )
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise ConfigError(f"-o {output}: {folder} is not a writable folder; choose another output path")


_READ_NEXT_TIME = (
    "and the next build of that folder would read it as an article: write it outside the folder, or as .json"
)


def _read_as_an_article(target: Path, folder: Path) -> bool:
    return target.is_relative_to(folder) and target.suffix.lower() in _ARTICLE_SUFFIXES


# What a failed write costs a build: nothing, its replies are cached. Export and eval only read their
# files, which stay untouched; they have no model to speak of.
_AFTER_A_BUILD = (
    "the model's replies are cached, so the same command with {fix} finishes without calling the model again"
)
# ... unless --no-cache kept none: that message promised a free rerun of a run that kept nothing.
_AFTER_AN_UNCACHED_BUILD = (
    "--no-cache kept none of the model's replies: the same command with {fix} asks it again"
)


def _write_output(
    text: str, output: str | None, rerun: str = "the input is untouched; run again with {fix}"
) -> None:
    """`text` to stdout or the -o file; a failed write says `rerun`, its `{fix}` the way out."""
    text = text if text.endswith("\n") else text + "\n"
    if output in (None, "-"):
        if sys.stdout is None:
            raise ConfigError("stdout is closed: give an output file with -o FILE")
        if _is_terminal(sys.stdout):
            # Read by eye, not by a program: an ESC in a quote or a file name (the CSV and the HTML keep
            # the text as it is) would command the terminal, as `ls` knows of a file's name. A pipe or
            # a file gets the text exact.
            text = controls_escaped(text, keep="\n\r\t", bidi=True)
        try:
            # UTF-8 bytes whatever the locale says: the HTML declares UTF-8, the CSV is documented as
            # UTF-8, a JSON is read back as UTF-8; a cp1252 or latin-1 stdout (Windows, a non-UTF-8
            # locale) would garble them or fail on the first character it lacks. Bytes also keep the
            # CSV's CRLF from becoming CR CR LF on Windows.
            buffer = getattr(sys.stdout, "buffer", None)
            if buffer is not None:
                sys.stdout.flush()
                buffer.write(text.encode("utf-8"))
                buffer.flush()
            else:  # a text-only stream put in place of stdout
                sys.stdout.write(text)
                sys.stdout.flush()
        except BrokenPipeError:
            raise  # the reader left (`| head`): main() ends quietly
        except OSError as exc:
            raise ConfigError(
                f"cannot write to stdout ({exc.strerror}); " + rerun.format(fix="-o FILE")
            ) from exc
        return
    assert output is not None
    # Through a symlink to its target (the link stays a link); into a device or pipe as it is
    # (/dev/null, /dev/stdout): a rename would replace them with an ordinary file.
    target = Path(output).resolve()
    try:
        if target.exists() and not target.is_file():
            with target.open("w", encoding="utf-8", newline="") as out:  # as write_atomically does
                out.write(text)
        else:
            write_atomically(target, text)
    except OSError as exc:
        raise ConfigError(
            f"-o {output}: cannot write ({exc.strerror}); " + rerun.format(fix="another -o")
        ) from exc


_FORMAT_OF_SUFFIX = {
    ".json": "json", ".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown",
    ".csv": "csv",
}  # fmt: skip


def _implied_format(output: str | None) -> str | None:
    """The format the -o file's extension names, if any."""
    return _FORMAT_OF_SUFFIX.get(Path(output).suffix.lower()) if output not in (None, "-") else None


_GIVE_FORMAT = "give --format (json, html, timelinejs, markdown or csv)"


def _check_format(fmt: str | None, output: str | None) -> None:
    """Refuse an -o extension that names no format when --format does not name one, before any work:
    `timeline build -o out.txt` wrote JSON into a .txt file (export refused it), which the next build
    of that folder would read as an article."""
    suffix = Path(output).suffix if output not in (None, "-") else ""
    if fmt is None and suffix and _implied_format(output) is None:
        raise ConfigError(f"-o: {suffix} names no format ({', '.join(_FORMAT_OF_SUFFIX)} do): {_GIVE_FORMAT}")


def _output_format(fmt: str | None, output: str | None) -> str:
    """--format, else the one the -o file's extension names, else JSON; a mismatch is said."""
    implied = _implied_format(output)
    if fmt is None:
        return implied or "json"
    if implied is not None and implied != fmt and not (fmt == "timelinejs" and implied == "json"):
        _stderr(f"note: writing {fmt} into {output}, whose extension suggests {implied} (--format {implied})")
    return fmt


def _render(timeline: Timeline, fmt: str, base: Path | Sequence[Path] | None) -> str:
    from timeline.export import load_texts, render

    texts = (
        load_texts(timeline, base, warn=lambda message: _stderr(f"export: {message}"))
        if fmt == "html"
        else None
    )
    return render(timeline, fmt, texts, warn=lambda message: _stderr(f"export: {message}"))


def _checked_inputs(args: argparse.Namespace) -> DocumentDate | None:
    """Refuse a build whose paths, output or --published are wrong before any model call, not in a
    summary after the run; the --published date when given."""
    _check_output(args.output, args.inputs)
    _check_format(args.format, args.output)
    missing = [given for given in args.inputs if not os.path.lexists(given)]
    if missing:
        raise ConfigError(f"no such file or folder: {', '.join(missing)}; check the path")
    if args.published is None:
        return None
    try:
        return parse_document_date(args.published, DocumentDateSource.cli)
    except ValueError as exc:
        raise ConfigError(f"--published: {exc}") from exc


def _progress_reporters(
    args: argparse.Namespace,
) -> tuple[Callable[[int, int, DocumentReport], None], Callable[[str, int, int, float], None]]:
    """The build's progress lines on stderr: one per document, and one per part of a long one."""

    def on_document(done: int, total: int, report: DocumentReport) -> None:
        if args.quiet:
            return
        if report.error:
            detail = f"FAILED: {report.error}"
        elif report.note:
            detail = report.note
        elif report.cached:
            detail = f"cached, {counted(report.events, 'event')}"
        else:
            detail = f"{report.seconds:.1f}s, {_tokens(report.usage)}, {counted(report.events, 'event')}"
        _stderr(f"{_progress_bar(done, total)} {report.document}: {detail}")

    def on_part(document: str, number: int, parts: int, seconds: float) -> None:
        # A 300 KB file is a hundred requests: the document's line alone came after all of them.
        if not args.quiet:
            _stderr(f"  {document}: part {number} of {parts}, {seconds:.1f}s")

    return on_document, on_part


def cmd_build(args: argparse.Namespace) -> int:
    from timeline.pipeline import Builder, BuildSettings
    from timeline.prompts import PromptLibrary
    from timeline.providers import LazyModel, check_key

    settings = load_settings(args.config, profile=args.profile, overrides=_profile_overrides(args))
    profile = settings.active()
    try:
        check_key(profile)  # at once, not at the first request once the documents are read
    except MissingKeyError as exc:
        raise ConfigError(exc.how_to_fix()) from exc
    cache_dir = settings.cache_folder()
    published = _checked_inputs(args)
    on_document, on_part = _progress_reporters(args)
    build_settings = BuildSettings(
        provider_label=profile.name,
        model_name=profile.model,
        sampling=profile.sampling_key(),
        max_tokens=profile.max_tokens,
        second_look=profile.second_look,
        published=published,
        cache=None if args.no_cache else ResultCache(cache_dir / "results"),
        cache_advice=settings.cache_advice(),
        on_document=on_document,
        on_part=on_part,
    )
    if not args.quiet:
        _stderr(
            f"timeline {__version__}: profile '{profile.name}' ({profile.model}), config: {settings.source}"
        )
    with LazyModel(profile, cache_dir, progress=lambda m: None if args.quiet else _stderr(m)) as model:
        builder = Builder(model, PromptLibrary(), build_settings)
        try:
            timeline = builder.build([Path(p) for p in args.inputs])
        finally:  # for main's words on a stopped run, which must not promise a cache that was not written
            args.cache_failure = builder.cache_failure
    if not timeline.documents and timeline.summary.documents == 0:
        reasons = "; ".join(p.message for p in timeline.problems)
        raise ConfigError(
            "no documents found in "
            + ", ".join(args.inputs)
            + f" ({_READ_SUFFIXES} files)"
            + (f": {reasons}" if reasons else "")
        )
    if _keeps_previous_output(timeline, args.output):
        _print_summary(timeline, args, wrote=False)
        _stderr(
            f"every document failed, so {args.output} was kept as it was, not replaced by a timeline of "
            "failures (its problems are listed above)"
        )
        return EXIT_PARTIAL
    previous = _previous_output(args.output)
    timeline = keep_ids(timeline, previous)
    rerun = _AFTER_AN_UNCACHED_BUILD if args.no_cache else _AFTER_A_BUILD
    try:
        text = _render(timeline, _output_format(args.format, args.output), Path.cwd())
    except ConfigError as exc:  # a format that cannot show this timeline, known only after the run
        raise ConfigError(f"{exc}; " + rerun.format(fix="another --format")) from exc
    _write_output(text, args.output, rerun)
    _print_summary(timeline, args)
    if previous is not None and not args.quiet:
        _stderr(f"since the previous {args.output}: {changes(timeline, previous)}")
    return EXIT_PARTIAL if timeline.summary.documents_failed else EXIT_OK


def _previous_output(output: str | None) -> Timeline | None:
    """The timeline the -o file holds, whose entries' ids the new one keeps (see `timeline.continuity`)."""
    if output in (None, "-"):
        return None
    assert output is not None
    target = Path(output).resolve()
    return previous_timeline(target) if target.is_file() else None


def _keeps_previous_output(timeline: Timeline, output: str | None) -> bool:
    """Whether a run that gave nothing leaves the -o file it would replace: a server refusing every
    request replaced last week's timeline with one of no events. A run in which only some documents
    failed is written (a rerun asks again only for those); with no file there is nothing to lose."""
    if output in (None, "-") or timeline.summary.documents_failed < timeline.summary.documents:
        return False
    assert output is not None
    return Path(output).resolve().is_file()  # not a device or pipe such as /dev/null: nothing kept there


def _print_summary(timeline: Timeline, args: argparse.Namespace, wrote: bool = True) -> None:
    from timeline.pipeline import SHOWN_WHEN_QUIET

    if args.quiet:
        for problem in timeline.problems:
            if problem.kind in SHOWN_WHEN_QUIET:  # --quiet silences progress, not what was not read
                _stderr(_problem_line(problem))
        return
    s, usage = timeline.summary, timeline.provenance.usage
    _stderr(
        f"{counted(s.documents, 'document')} ({s.documents_failed} failed), {counted(s.events, 'event')} "
        f"({s.events_extracted} extracted, {s.events_dropped_ungrounded} dropped as ungrounded, "
        f"{s.events_aligned} aligned, {counted(s.headlines_replaced, 'headline')} replaced by their quote), "
        f"{_tokens(usage)} in {counted(usage.requests, 'request')} ({counted(usage.reasks, 're-ask')}, "
        f"{counted(usage.cached_documents, 'document')} from cache"
        f"{_truncations(usage.truncated_replies)}), "
        f"{timeline.provenance.duration_s:.1f}s"
    )
    for problem in timeline.problems:
        _stderr(f"  {_problem_line(problem)}")
    if wrote and args.output not in (None, "-"):
        _stderr(f"wrote {args.output}")


def _tokens(usage: Usage) -> str:
    """'3617+1170 tokens', and how many replies the server sent without counts: 0+0 is not a count."""
    counted = f"{usage.prompt_tokens}+{usage.completion_tokens} tokens"
    if not usage.replies_without_usage:
        return counted
    if not usage.prompt_tokens and not usage.completion_tokens:
        return "tokens not reported by the server"
    return f"{counted} ({usage.replies_without_usage} replies without token counts left out)"


def _problem_line(problem: Problem) -> str:
    """'kind: message', naming the document when the message does not."""
    if problem.document is None or problem.document in problem.message:
        return f"{problem.kind}: {problem.message}"
    return f"{problem.kind}: {problem.document}: {problem.message}"


def _truncations(count: int) -> str:
    return f", {count} cut off at max_tokens and sent again" if count else ""


def load_timeline(path: Path) -> Timeline:
    """A timeline JSON file, or a config error saying which field is wrong and how."""
    if path.is_dir():  # "cannot read (Is a directory)" said what, not which file to give
        raise ConfigError(f"{path}: a folder, not a timeline file: give the JSON file `timeline build` wrote")
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte-order mark left by an editor is fine
    except FileNotFoundError as exc:  # a mistyped name, or a build not run yet: say which way out
        raise ConfigError(
            f"{path}: cannot read ({exc.strerror}): check the path, or write it with "
            f"`timeline build ARTICLES... -o {path}`"
        ) from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text, so not a timeline JSON file") from exc
    try:
        timeline = Timeline.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the file"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise ConfigError(
            f"{path}: not a timeline JSON file: {where}: {validation_message(first)}{more}; "
            "write it with `timeline build`"
        ) from exc
    major = timeline.schema_version.split(".")[0]
    if major != SCHEMA_VERSION.split(".")[0]:
        raise ConfigError(
            f"{path}: schema {timeline.schema_version}, but this timeline {__version__} reads "
            f"{SCHEMA_VERSION.split('.')[0]}.x; rebuild it with this version"
        )
    return timeline


def cmd_export(args: argparse.Namespace) -> int:
    _check_output(args.output, [args.timeline])
    _check_format(args.format, args.output)  # "or an -o file with its extension" to one who gave one
    if args.format is None and _implied_format(args.output) is None:
        raise ConfigError(f"{_GIVE_FORMAT}, or an -o file with its extension")
    path = Path(args.timeline)
    timeline = load_timeline(path)
    # Articles are looked for where the build ran (the paths are as given to it), then beside the file.
    base = [Path.cwd(), path.parent]
    # nor may it write over one of the timeline's articles (`-o seeds/000.txt` replaced the article)
    articles = [folder / document.path for document in timeline.documents for folder in base]
    found = [article for article in articles if article.is_file()]
    # nor be written beside them: the next day's build of that folder read the report as an article,
    # whose quotes of the others came back as events citing it (build refuses such an -o too)
    folders = dict.fromkeys(_shown(article.parent) for article in found)
    # nor into a folder the build was given, above its articles' own: with articles in days/mon and
    # days/tue, a report in days/ was read by the next `timeline build days`
    folders.update(dict.fromkeys(_input_folders(timeline, base)))
    _check_output(args.output, [args.timeline, *map(str, found)], list(folders))
    try:
        text = _render(timeline, _output_format(args.format, args.output), base)
    except ConfigError as exc:  # a format that cannot show this timeline: name the file
        raise ConfigError(f"{path}: {exc}") from exc
    _write_output(text, args.output)
    return EXIT_OK


def _input_folders(timeline: Timeline, bases: Sequence[Path]) -> list[str]:
    """The folders the build was given (provenance.inputs), where they are now: an absolute one as it
    is; a relative one in each of `bases` that holds the timeline's articles, where the build ran (a
    "." from another folder is not the current one)."""
    relative = [
        Path(document.path) for document in timeline.documents if not Path(document.path).is_absolute()
    ]
    ran_in = [base for base in bases if any((base / path).is_file() for path in relative)]
    folders: list[str] = []
    for given in map(Path, timeline.provenance.inputs):
        for folder in [given] if given.is_absolute() else [base / given for base in ran_in]:
            if folder.is_dir():
                folders.append(_shown(folder))
    return folders


def _shown(folder: Path) -> str:
    """A folder as the user would name it: relative to the current one when below it ("." said nothing)."""
    absolute = Path(os.path.abspath(folder))
    below = absolute != Path.cwd() and absolute.is_relative_to(Path.cwd())
    return str(absolute.relative_to(Path.cwd())) if below else str(absolute)


# The eval report's two forms, by the -o extension when --json does not say: `eval -o r.json` wrote the
# text report into a .json file, where build and export choose their format by the extension.
_REPORT_AS_TEXT = ("", ".txt", ".md")


def _eval_as_json(as_json: bool, output: str | None) -> bool:
    """--json, else whether the -o file's extension is .json; an extension naming neither report is a
    usage error before any work (a .csv would have held the text report)."""
    if as_json or output is None or output == "-":
        return as_json
    suffix = Path(output).suffix.lower()
    if suffix != ".json" and suffix not in _REPORT_AS_TEXT:
        raise ConfigError(
            f"-o: {Path(output).suffix} names no report format (.json writes JSON; .txt, .md or none the "
            "text): give one of those, or --json"
        )
    return suffix == ".json"


def cmd_eval(args: argparse.Namespace) -> int:
    from timeline.evaluate import evaluate, format_report, load_gold, load_texts_for

    _check_output(args.output, [args.timeline, args.gold])
    as_json = _eval_as_json(args.json, args.output)
    timeline = load_timeline(Path(args.timeline))
    gold = load_gold(Path(args.gold))
    texts = load_texts_for(gold, Path.cwd(), built=timeline.documents)
    report = evaluate(timeline, gold, texts)
    _write_output(report.model_dump_json(indent=2) if as_json else format_report(report), args.output)
    return EXIT_OK


def cmd_providers(args: argparse.Namespace) -> int:
    from timeline.providers import provider_for

    refused: str | None = None
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        if not os.environ.get("TIMELINE_MODEL"):
            raise
        # TIMELINE_MODEL refused for the default `local` profile: the build's error sends the user here
        # to choose another profile, so list them all, the default one not usable and why.
        settings = load_settings(
            args.config, environ={k: v for k, v in os.environ.items() if k != "TIMELINE_MODEL"}
        )
        refused = str(exc)
    # A default profile that does not exist is an error here too; one that cannot run (an embedded
    # profile naming another model) is listed below as not usable, with why.
    if settings.profile not in settings.profiles:
        settings.active()
    _stderr(f"config: {settings.source}")
    # The cache's folder moves with the platform, TIMELINE_CACHE_DIR and cache_dir: a user asking where
    # their results are kept, or how to start afresh, had only the Linux default in the README.
    _stderr(f"result cache: {settings.cache_folder() / 'results'} (delete that folder to clear it)")
    for name, profile in sorted(settings.profiles.items()):
        try:
            status = provider_for(profile).status(profile, settings.cache_folder())
            usable, reason = status.usable, status.reason
        except ConfigError as exc:
            usable, reason = False, str(exc)
        if refused is not None and name == settings.profile:
            usable, reason = False, refused
        marker = "*" if name == settings.profile else " "
        state = "usable" if usable else "not usable"
        print(f"{marker} {name:<20} {profile.kind:<18} {profile.model:<36} {state}: {reason}")
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from timeline.schema_export import default_schema_dir, stale_schemas, write_schemas

    folder = Path(args.dir) if args.dir else default_schema_dir()
    if folder.exists() and not folder.is_dir():  # a traceback when writing; "no such folder" for --check
        raise ConfigError(f"--dir {folder}: a file, not a folder; give the folder the schemas go in")
    if args.check and not folder.is_dir():
        raise ConfigError(f"--dir {folder}: no such folder")
    if args.check:
        stale = stale_schemas(folder)
        if stale:
            _stderr(f"schemas out of date in {folder}: {', '.join(stale)}; run `timeline schema` and commit")
            return EXIT_PARTIAL
        _stderr(f"schemas in {folder} match the models")
        return EXIT_OK
    try:
        written = write_schemas(folder)
    except OSError as exc:  # a read-only checkout or installation: a message, not a traceback
        raise ConfigError(
            f"--dir {folder}: cannot write the schemas there ({exc.strerror}); "
            "give a writable folder with --dir"
        ) from exc
    for path in written:
        _stderr(f"wrote {path}")
    return EXIT_OK


# What -o does to what is there, said where it is given: a first-day user's report was replaced unasked.
_OUTPUT_REPLACED = "an existing file is replaced without asking and missing folders are created"


def build_parser() -> argparse.ArgumentParser:
    from timeline.export import FORMATS

    parser = argparse.ArgumentParser(
        prog="timeline",
        description="Turn a folder of news articles into a grounded, dated, deduplicated event timeline.",
        epilog="Exit codes: 0 ok, 1 partial run, 2 usage/config error, 3 provider error, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log library messages to stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # -v after the command too ("timeline build -v ..."); SUPPRESS keeps a -v given before it
    verbose = argparse.ArgumentParser(add_help=False)
    verbose.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=argparse.SUPPRESS,
        help="log library messages to stderr",
    )

    build = commands.add_parser(
        "build",
        parents=[verbose],
        help="extract a timeline from documents",
        description="Read every document, extract dated events with the model, ground, date and merge them.",
        epilog=BUILD_ENVIRONMENT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    build.add_argument("inputs", nargs="+", metavar="PATH", help=f"folders and/or files ({_READ_SUFFIXES})")
    build.add_argument(
        "-o", "--output", help=f"output file (default: stdout); written atomically; {_OUTPUT_REPLACED}"
    )
    build.add_argument(
        "--format", choices=FORMATS, help="output format (default: from the -o extension, else json)"
    )
    build.add_argument("--config", type=Path, help="config file (default: ./timeline.toml if present)")
    build.add_argument(
        "--profile",
        help="provider profile (default: TIMELINE_PROFILE, else [timeline] profile in the config, "
        "else local)",
    )
    build.add_argument("--model", help="override the profile's model (or TIMELINE_MODEL)")
    build.add_argument(
        "--base-url", dest="base_url", help="override the profile's base_url (or TIMELINE_BASE_URL)"
    )
    build.add_argument(
        "--max-tokens",
        dest="max_tokens",
        type=int,
        help="reply token limit per request (each part of a long article is one request)",
    )
    build.add_argument(
        "--published",
        help="publication date for all inputs, read as a sidecar's date is: YYYY, YYYY-MM, YYYY-MM-DD, "
        "'24 October 2024', an ISO time stamp or an RFC 2822 date (see README, Documents)",
    )
    build.add_argument("--no-cache", action="store_true", help="ignore and do not write the result cache")
    build.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress or summary on stderr; failed, unsupported and missing inputs still shown",
    )
    build.set_defaults(handler=cmd_build)

    export = commands.add_parser(
        "export",
        parents=[verbose],
        help="convert a timeline JSON to another format",
        description="Write a timeline JSON as html (a self-contained viewer showing each quote in its "
        "article, read again from the path the build recorded: export from the folder the build ran in, "
        "or keep the articles where they were), markdown, csv (one row per source), timelinejs or json.",
    )
    export.add_argument("timeline", help="a timeline JSON written by `timeline build`")
    export.add_argument("--format", choices=FORMATS, help="output format (default: from the -o extension)")
    export.add_argument("-o", "--output", help=f"output file (default: stdout); {_OUTPUT_REPLACED}")
    export.set_defaults(handler=cmd_export)

    evaluation = commands.add_parser(
        "eval",
        parents=[verbose],
        help="score a timeline against a gold file",
        description="Score a timeline against a hand-made gold file: an entry matches a gold event when one "
        "of its quotes overlaps one of the event's anchors. Reports recall, precision (duplicates count as "
        "matches and are counted apart), date accuracy at the gold's precision, modifier and kind "
        "accuracy, duplicates, merged entries, quotes verbatim at their offsets, entries citing page "
        "furniture, and Kendall tau-b of the order the dates give. The gold's documents_dir is looked for "
        "in the current folder, then beside the gold file and in each folder above it; its documents "
        "must be the files the timeline was built from. A bad gold file or document is an error (exit "
        "code 2) and prints no score.",
    )
    evaluation.add_argument("timeline", help="a timeline JSON written by `timeline build`")
    evaluation.add_argument("--gold", required=True, help="gold JSON (see schemas/gold.schema.json)")
    evaluation.add_argument(
        "--json",
        action="store_true",
        help="write the report as JSON (every count and unrounded share), whatever the -o extension",
    )
    evaluation.add_argument(
        "-o",
        "--output",
        help="output file (default: stdout); without --json its extension chooses the report: .json "
        "JSON, .txt, .md or none the text, another is refused; " + _OUTPUT_REPLACED,
    )
    evaluation.set_defaults(handler=cmd_eval)

    providers = commands.add_parser(
        "providers",
        parents=[verbose],
        help="list provider profiles and whether each is usable",
        description="List the provider profiles (built-in and the config's), the default one marked *, and "
        "whether each can run, with why; no server is contacted. The config file read and the result "
        "cache's folder are named on stderr.",
    )
    providers.add_argument("--config", type=Path, help="config file (default: ./timeline.toml if present)")
    providers.set_defaults(handler=cmd_providers)

    schema = commands.add_parser(
        "schema",
        parents=[verbose],
        help="write (or --check) the JSON schemas in schemas/",
        description="Write the JSON schemas of the timeline, the gold file and the model's reply from the "
        "models, or with --check compare them with the files there.",
    )
    schema.add_argument("--check", action="store_true", help="exit 1 when the committed schemas are stale")
    schema.add_argument(
        "--dir", help="schema folder (default: the checkout's schemas/, else schemas/ in the current folder)"
    )
    schema.set_defaults(handler=cmd_schema)
    return parser


class _NoCredentials(logging.Filter):
    """-v shows library log lines, and httpx2's name each request's URL: with a base_url such as
    http://user:password@host/v1 that printed the password on every request."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a library's malformed call: logging reports it when emitting
            return True
        record.msg, record.args = controls_escaped(without_credentials(message), keep="\n", bidi=True), ()
        return True


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.ERROR, stream=sys.stderr)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_NoCredentials())
    if not args.verbose:
        # instructor logs each failed attempt; we report failures ourselves, once, with a fix.
        logging.getLogger("instructor").setLevel(logging.CRITICAL)
    try:
        # SIGTERM and SIGHUP end a run as Ctrl-C does: exit 130, partial output never written,
        # finished documents cached
        with stopped_like_ctrl_c():
            return int(args.handler(args))
    except KeyboardInterrupt:
        if getattr(args, "no_cache", False):
            _stderr("interrupted (--no-cache: nothing was kept)")
        elif failure := getattr(args, "cache_failure", None):
            _stderr(f"interrupted: {failure}")
        else:
            _stderr("interrupted: finished documents are cached; run the same command again to resume")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (`timeline export ... | head`): nothing more to say to it,
        # and Python's own flush at exit would raise again.
        with contextlib.suppress(OSError, ValueError):  # no file descriptor (stdout replaced)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PARTIAL
    except TimelineError as exc:
        _stderr(f"error: {without_credentials(str(exc))}")
        if isinstance(exc, ProviderError) and getattr(args, "no_cache", True) is False:
            _stderr(
                getattr(args, "cache_failure", None)
                or "finished documents are cached: once the provider works, the same command resumes"
            )
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
