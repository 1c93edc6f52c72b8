"""How the unknown outcome of each operation is resolved, and what the server's state says of it.

An operation's `x-effect` in the spec (the generated operations table) says whether it changes
anything; `x-idempotent` whether sending it again is harmless. What the client knows beyond the
spec, how to find out whether a change took effect, is the registry `RESOLUTIONS`, by operation:
a test fails when a state-changing operation of the table has no entry.

The verdicts are pure functions of what was read (models, a model's training images), of the
request's body and of how the attempt ended. `settle` turns a verdict into the policy's decision:
nothing is sent again unless the state shows it did not take effect and no request of the call may
still be on its way (`_retry.may_be_in_flight`). No I/O, no clock of their own; none of them raises.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from ._retry import DEFAULT_RETRY_POLICY, Decision, Effect, Ending, RetryPolicy, may_be_in_flight, resend, server_text

if TYPE_CHECKING:
    from scenario_train_api.models import Model

__all__ = [
    "CLOCK_SKEW",
    "MAX_LISTED_PAGES",
    "RESOLUTIONS",
    "Resolution",
    "Verdict",
    "added_images",
    "created_model",
    "effect_of",
    "iso_time",
    "looked_for",
    "may_exist",
    "next_page",
    "says_already_added",
    "settle",
]

CLOCK_SKEW = 60.0
"""Seconds by which this machine's clock may run ahead of the API's. A model or image is looked for among
those created since the call began, less this margin; one of the same name created in that margin before
the call is taken for the call's own (or makes it ambiguous)."""

MAX_LISTED_PAGES = 10
"""The most pages of models read to find a created model: 1,000 models at the API's default page size."""


class Resolution(NamedTuple):
    """How an operation's unknown outcome is resolved."""

    effect: Effect
    """The policy's effect (`_retry.Effect`) of the operation when it is neither a read nor idempotent."""
    may_exist: str
    """What may have happened when the outcome stays unknown, by the operation's path parameters
    (`{model_id}`); the creations and additions are said from their bodies (`may_exist`)."""


RESOLUTIONS: Mapping[str, Resolution] = {
    "train_model": Resolution("train", "a training of model {model_id} may have started"),
    "train_model_action": Resolution("cancel", "the training of model {model_id} may have been canceled"),
    "create_model": Resolution("create", "a model may have been created"),
    "add_training_image": Resolution("add", "training images may have been added to model {model_id}"),
    "replace_training_image": Resolution(
        "once", "training image {training_image_id} of model {model_id} may have been replaced"
    ),
    "delete_training_image": Resolution(
        "once", "training image {training_image_id} of model {model_id} may have been deleted"
    ),
    "delete_model": Resolution("once", "model {model_id} may have been deleted"),
    "upload_asset": Resolution("once", "an asset may have been uploaded"),
    "create_upload": Resolution("once", "an upload may have been created"),
    "trigger_upload_action": Resolution("once", "the action may have been taken on upload {upload_id}"),
}
"""Each operation that changes state and is not idempotent, by its name in the operations table."""


def effect_of(name: str, declared: str, *, idempotent: bool = False) -> Effect:
    """The policy's effect of the table's operation `name`, whose `x-effect` is `declared`.

    A read is sent again freely, and so is an idempotent change. Any other operation is resolved as
    `RESOLUTIONS` says; one missing from it (a test sees to it that none is) is never sent twice.
    """
    if declared == "read":
        return "none"
    if idempotent:
        return "idempotent"
    resolution = RESOLUTIONS.get(name)
    return "once" if resolution is None else resolution.effect


def may_exist(name: str, path: Mapping[str, str], body: Any) -> str:
    """What may have happened on the server when the call of operation `name` has an unknown outcome."""
    fields = body if isinstance(body, Mapping) else {}
    if name == "create_model":
        return f"{_described_model(fields)} may have been created"
    if name == "add_training_image":
        model = path.get("model_id", "")
        ids = _asset_ids(fields)
        if ids:
            assets = ", ".join(map(repr, ids))
            return f"asset{'s' if len(ids) > 1 else ''} {assets} may have been added to model {model!r}"
        named = f" named {fields['name']!r}" if isinstance(fields.get("name"), str) else ""
        return f"an image{named} may have been added to model {model!r}"
    if name == "upload_asset" and isinstance(fields.get("name"), str):
        return f"an asset named {fields['name']!r} may have been uploaded"
    resolution = RESOLUTIONS.get(name)
    template = resolution.may_exist if resolution is not None else f"{name} may have taken effect"
    try:
        return template.format_map({key: repr(value) for key, value in path.items()})
    except (KeyError, ValueError):
        return f"{name} may have taken effect"


class Verdict(NamedTuple):
    """What the server's state says of a call whose outcome was unknown."""

    kind: Literal["done", "absent", "unknown"]
    """It took effect; it provably did not; or the state does not say."""
    reason: str
    """What was seen, in words, for the error's message."""
    found: tuple[Any, ...] = ()
    """What bears on the call: the models matching a creation, the training images matching an addition."""
    answer: Mapping[str, Any] | None = None
    """For `done`: the JSON body the call would have answered, when it can be made from what was read."""


def settle(
    verdict: Verdict,
    ending: Ending,
    *,
    attempt: int,
    remaining: float,
    jitter: float,
    now: float,
    policy: RetryPolicy = DEFAULT_RETRY_POLICY,
) -> Decision | None:
    """What to do after `verdict` on a call whose attempt ended as `ending`: None if it took effect.

    Sent again only when the state shows it did not take effect, after an answer from the API
    itself: after a lost answer (or a gateway's 502 or 504), a request may still be on its way, and
    a look that does not see it yet proves nothing. A 4xx stands as the answer.
    """
    if verdict.kind == "done":
        return None
    if verdict.kind == "unknown":
        return Decision("fail", reason=f"its outcome is unknown: {verdict.reason}", unknown=True, found=verdict.found)
    if may_be_in_flight(ending):
        return Decision(
            "fail",
            reason=f"its outcome is unknown: {verdict.reason}, but the request may still be on its way",
            unknown=True,
            found=verdict.found,
        )
    if ending.status is not None and ending.status < 500:
        return Decision("fail", reason=verdict.reason, found=verdict.found)
    again = resend(ending, attempt, remaining, jitter, now, policy)
    return again._replace(reason=f"{verdict.reason}, after an answer from the API, so it is sent again; {again.reason}")


# Creating a model ------------------------------------------------------------------------------------------------


def iso_time(seconds: float) -> str:
    """A time since the epoch as the API writes its dates: `2026-01-31T12:00:00.000Z`."""
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def looked_for(body: Any) -> str | None:
    """The name of the model a creation's `body` asks for: what its listing looks for. None when it has none."""
    name = body.get("name") if isinstance(body, Mapping) else None
    return name if isinstance(name, str) and name else None


def next_page(token: str | None, seen: Iterable[str], pages: int) -> tuple[str | None, str]:
    """The token of the next page of a listing after `pages` pages, whose earlier tokens were `seen`.

    `(token, "")` to read on, `(None, "")` at the end, or `(None, why)` when the listing must stop
    short: a token that comes back, or more pages than `MAX_LISTED_PAGES`.
    """
    if not token:
        return None, ""
    if token in seen:
        return None, "the listing of models gave a page token it had given before"
    if pages >= MAX_LISTED_PAGES:
        return None, f"more than {MAX_LISTED_PAGES} pages of models were created since the call began"
    return token, ""


def created_model(models: Sequence[Model] | None, body: Any, *, since: float, cut_short: str = "") -> Verdict:
    """Whether a model was created as `body` asked, from the models listed as created since `since`.

    The model is the one of the body's `name` (and `type`, when given) created at `since` or later:
    one is the call's own model; none means it was not created; more than one cannot be told apart.
    A model whose creation date cannot be read counts as a possible match. `models` is None when the
    listing could not be read; `cut_short` says why the listing stopped before its end.
    """
    fields = body if isinstance(body, Mapping) else {}
    name, kind = looked_for(fields), fields.get("type")
    what = _described_model(fields)
    if name is None:
        return Verdict("unknown", "a model created without a name cannot be told from the others")
    if models is None:
        return Verdict("unknown", "the models created since the call began could not be listed")
    matches = _unique(
        model
        for model in models
        if model.name == name
        and (kind is None or str(model.type_) == str(kind))
        and not _before(model.created_at, since)
    )
    if cut_short:
        return Verdict("unknown", cut_short, tuple(matches))
    window = f"since {iso_time(since)}"
    if not matches:
        return Verdict("absent", f"no {what[2:]} is listed as created {window}")
    if len(matches) > 1 or _undated(matches[0].created_at):
        ids = ", ".join(repr(model.id) for model in matches)
        return Verdict("unknown", f"{len(matches)} such models were listed as created {window} ({ids})", tuple(matches))
    return Verdict(
        "done", f"model {matches[0].id!r} was created {window}", (matches[0],), {"model": matches[0].to_dict()}
    )


# Adding training images ------------------------------------------------------------------------------------------


def says_already_added(ending: Ending) -> bool:
    """Whether an answer is the API's `400 The provided assetId is already a training image of this model`."""
    return server_text(ending, 400, "already a training image")


def added_images(model: Model | None, body: Any, ending: Ending, *, unknown_before: bool, since: float) -> Verdict:
    """Whether the training images `body` asked for were added, from the model read after the attempt.

    Assets given by id (`assetId`, `assetIds`) are there when their ids are among the model's
    training images; and once an earlier attempt's outcome was unknown, the API's refusal of an id as
    `already a training image` says it is there too. An image sent as `data` is the one of its `name`
    created since `since`. The model may list only some of its images (`trainingImages` shorter than
    `trainingImagesNumber`): an image not listed then proves nothing. `model` is None when it could
    not be read.
    """
    fields = body if isinstance(body, Mapping) else {}
    if model is None:
        return Verdict("unknown", "the model could not be read to find out")
    images = list(model.training_images or [])
    listed = len(images)
    total = model.training_images_number
    complete = listed >= total  # not when the count cannot be compared (NaN)
    partial = "" if complete else f" (it lists {listed} of its {total:g} training images)"
    ids = _asset_ids(fields)
    if ids:
        by_id = {image.id: image for image in images}
        present = [asset for asset in ids if asset in by_id]
        answer = {"trainingImage": by_id[ids[0]].to_dict()} if ids[0] in by_id else None
        found = tuple(by_id[asset] for asset in present)
        if len(present) == len(ids):
            return Verdict("done", f"the model lists {_assets(ids)} among its training images", found, answer)
        missing = [asset for asset in ids if asset not in by_id]
        if unknown_before and says_already_added(ending):
            if complete and missing:
                return Verdict(
                    "unknown",
                    "the API says an asset is already a training image, "
                    f"but the model does not list {_assets(missing)}",
                    found,
                )
            return Verdict("done", "the API says the asset is already a training image of the model", found, answer)
        if present:
            return Verdict("unknown", f"the model lists {_assets(present)} but not {_assets(missing)}{partial}", found)
        # Not listed: either it was not added, or the model lists only some images. Either way an answer
        # from the API makes it safe to send again: the API refuses an asset that is already a training image.
        return Verdict("absent", f"the model does not list {_assets(ids)}{partial}")
    name = fields.get("name")
    if not isinstance(fields.get("data"), str):
        return Verdict("unknown", "the request names no image to look for")
    if not isinstance(name, str) or not name:
        return Verdict("unknown", "an image sent without a name cannot be told from the model's others")
    named = [image for image in images if image.name == name and not _before(image.created_at, since)]
    window = f"since {iso_time(since)}"
    if len(named) == 1 and not _undated(named[0].created_at):
        return Verdict(
            "done",
            f"training image {named[0].id!r} named {name!r} was added {window}",
            (named[0],),
            {"trainingImage": named[0].to_dict()},
        )
    if named:
        return Verdict(
            "unknown", f"{len(named)} training images named {name!r} may have been added {window}", tuple(named)
        )
    if not complete:
        return Verdict("unknown", f"no training image named {name!r} added {window} is listed{partial}")
    return Verdict("absent", f"the model lists no training image named {name!r} added {window}")


# What the verdicts share -----------------------------------------------------------------------------------------


def _described_model(fields: Mapping[str, Any]) -> str:
    name, kind = fields.get("name"), fields.get("type")
    named = f" named {name!r}" if isinstance(name, str) and name else " without a name"
    typed = f" of type {str(kind)!r}" if kind is not None else ""
    return f"a model{named}{typed}"


def _asset_ids(fields: Mapping[str, Any]) -> list[str]:
    """The assets an addition names: `assetId`, which wins over the rest as the API reads it, or `assetIds`."""
    single = fields.get("assetId")
    if isinstance(single, str) and single:
        return [single]
    many = fields.get("assetIds")
    if isinstance(many, list):
        return list(dict.fromkeys(asset for asset in many if isinstance(asset, str) and asset))
    return []


def _assets(ids: Sequence[str]) -> str:
    return ("asset " if len(ids) == 1 else "assets ") + ", ".join(map(repr, ids))


def _seconds(date: object) -> float | None:
    """An ISO date of the API as seconds since the epoch; None when it cannot be read. A date without a zone is UTC."""
    if not isinstance(date, str):
        return None
    try:
        moment = datetime.fromisoformat(date.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.timestamp()
    except (OverflowError, ValueError, OSError):
        return None


def _before(date: object, since: float) -> bool:
    """Whether `date` is provably earlier than `since`: a date that cannot be read is not."""
    seconds = _seconds(date)
    return seconds is not None and seconds < since


def _undated(date: object) -> bool:
    return _seconds(date) is None


def _unique(models: Iterable[Model]) -> list[Model]:
    """Each model once, in order: a listing that shifts between pages may list one twice."""
    unique: dict[str, Model] = {}
    for model in models:
        unique.setdefault(model.id, model)
    return list(unique.values())
