"""The commands of the calls before a training: `models create`, `images add MODEL FILE...`, `jobs get JOB`.

`images add` checks every file before it sends anything (it exists, is a regular file, is an image by its
first bytes), then adds them one at a time by `training_images.add_file` (a file of 6 MB or more through
`/uploads`), with a progress line on stderr for each: redrawn in place on a terminal, a plain line
otherwise. A file that fails after others were added says how many were, and that the rest were not sent.

`_images` is loaded only when `images add` runs: the other commands start without it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from ._cli_options import non_blank
from ._errors import ScenarioError
from ._progress import terminal_columns

if TYPE_CHECKING:
    from ._client import Scenario
    from ._images import ImageFile

__all__ = ["CREATE_OPTIONS", "FileFailed", "add_commands", "check_files", "run_workflow"]

CREATE_OPTIONS = {
    "type_": "--type",
    "name": "--name",
    "short_description": "--short-description",
    "class_slug": "--class-slug",
    "base_model_id": "--base-model-id",
    "collection_ids": "--collection-id",
}
"""The body fields of `POST /models` that `models create` takes, by the generated model's name, and their option."""

_ORIGINAL_ASSETS = "ask for the model's original assets, without transformation (the API's originalAssets)"


class FileFailed(Exception):
    """`images add` failed at one file: the message says which, and what was added before it.

    `cause` is what failed, and decides the exit code.
    """

    def __init__(self, message: str, cause: Exception) -> None:
        super().__init__(message)
        self.cause = cause


def add_commands(commands: argparse._SubParsersAction[Any]) -> None:
    """The parsers of `models create`, `images add` and `jobs get`, under the command line's `commands`."""
    models = commands.add_parser("models", help="create a model").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    create = models.add_parser("create", help="create a model: it starts `new`, with no training images")
    create.add_argument("--type", dest="type_", required=True, type=non_blank, metavar="TYPE", help="e.g. flux.1-lora")
    create.add_argument("--name", metavar="NAME")
    create.add_argument("--short-description", metavar="TEXT")
    create.add_argument("--class-slug", type=non_blank, metavar="SLUG")
    create.add_argument("--base-model-id", type=non_blank, metavar="ID")
    create.add_argument("--collection-id", dest="collection_ids", action="append", type=non_blank, metavar="ID")
    _common(create, original_assets=True)

    images = commands.add_parser("images", help="add training images to a model").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = images.add_parser(
        "add", help="add image files to a model's training images, one at a time (large ones through /uploads)"
    )
    add.add_argument("model_id", type=non_blank, metavar="MODEL_ID")
    add.add_argument("files", nargs="+", type=non_blank, metavar="FILE", help="a PNG, JPEG, WebP, ... image")
    _common(add, original_assets=True)

    jobs = commands.add_parser("jobs", help="show a job").add_subparsers(dest="action", required=True, metavar="ACTION")
    get = jobs.add_parser("get", help="show a job, e.g. the one a trigger started")
    get.add_argument("job_id", type=non_blank, metavar="JOB_ID")
    _common(get, original_assets=False)


def _common(parser: argparse.ArgumentParser, *, original_assets: bool) -> None:
    parser.add_argument("--project-id", type=non_blank, metavar="ID")
    if original_assets:
        parser.add_argument("--original-assets", action=argparse.BooleanOptionalAction, help=_ORIGINAL_ASSETS)
    parser.add_argument("--json", action="store_true", help="print the server's JSON")


def check_files(files: Sequence[str]) -> list[ImageFile]:
    """Each file checked as an image the API takes, before anything is sent; `ImageFileError` if not."""
    from ._images import check_image

    return [check_image(file) for file in files]


def run_workflow(
    client: Scenario, args: argparse.Namespace, images: Sequence[ImageFile], out: TextIO, err: TextIO
) -> None:
    """Runs `models create`, `images add` or `jobs get` (`images`: the files `check_files` read, for `images add`)."""
    if args.command == "models":
        _create(client, args, out)
    elif args.command == "images":
        _add_images(client, args, images, out, err)
    else:
        _get_job(client, args, out)


def _create(client: Scenario, args: argparse.Namespace, out: TextIO) -> None:
    # The client takes the vendor's keyword (`type`) for the field the model names `type_`.
    fields = {name.removesuffix("_"): getattr(args, name) for name in CREATE_OPTIONS}
    answer = client.models.with_raw_response.create(
        **fields, project_id=args.project_id, original_assets=args.original_assets
    )
    model = answer.parse().model
    if args.json:
        out.write(answer.text() + "\n")
    else:
        out.write(f"Model {model.id} created: type={model.type_} status={model.status}\n")


def _get_job(client: Scenario, args: argparse.Namespace, out: TextIO) -> None:
    answer = client.jobs.with_raw_response.retrieve(args.job_id, project_id=args.project_id)
    job = answer.parse().job
    if args.json:
        out.write(answer.text() + "\n")
    else:
        out.write(f"Job {job.job_id}: type={job.job_type} status={job.status} progress={job.progress:.0%}\n")


def _add_images(
    client: Scenario, args: argparse.Namespace, images: Sequence[ImageFile], out: TextIO, err: TextIO
) -> None:
    from ._images import ImageFileError, display_path
    from ._raw import as_raw
    from ._sync_resources import TrainingImages

    add_file = as_raw(TrainingImages(client, raw=True).add_file)  # the answer as it came, for --json
    progress = _FileProgress(err, total=len(images))
    try:
        for number, image in enumerate(images, 1):
            progress.show(number, image)
            before = _before(number, len(images))
            try:
                answer = add_file(
                    args.model_id, image.path, project_id=args.project_id, original_assets=args.original_assets
                )
                training_image = answer.parse().training_image
            except KeyboardInterrupt:
                from ._cli import Interrupted

                raise Interrupted(
                    f"while {display_path(image.path)} was sent: it may have been added{before}"
                ) from None
            except (ScenarioError, ValueError, TypeError) as exc:
                named = str(exc) if isinstance(exc, ImageFileError) else f"{display_path(image.path)}: {exc}"
                raise FileFailed(f"{named}{before}", exc) from None
            if args.json:
                out.write(answer.text() + "\n")
            else:
                out.write(f"Added {display_path(image.path)}: training image {training_image.id}\n")
            out.flush()
    finally:
        progress.done()


def _before(number: int, total: int) -> str:
    """What was sent of `total` files when the `number`-th failed."""
    if total == 1:
        return ""
    after = "" if number == total else "; the files after it were not sent"
    return f" ({number - 1} of {total} files were added before it{after})"


class _FileProgress:
    """A line per file as it is sent: redrawn in place on a terminal, one plain line each otherwise."""

    def __init__(self, stream: TextIO, *, total: int) -> None:
        self._stream = stream
        self._total = total
        self._interactive = stream.isatty()
        self._drawn = False

    def show(self, number: int, image: ImageFile) -> None:
        from ._images import display_path

        line = f"[{number}/{self._total}] adding {display_path(image.path)} ({image.size:,} bytes)"
        if self._interactive:
            room = max(terminal_columns(self._stream) - 1, 1)
            self._stream.write(f"\r{line[:room]}\x1b[K")
            self._drawn = True
        else:
            self._stream.write(line + "\n")
        self._stream.flush()

    def done(self) -> None:
        if self._drawn:
            self._stream.write("\n")
            self._stream.flush()
