"""What the server's state says of a creation or an addition whose outcome was unknown (`_outcomes`): the pure
verdicts, the decision each leads to, and the registry of how each operation is resolved."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario_train._outcomes import (
    CLOCK_SKEW,
    MAX_LISTED_PAGES,
    RESOLUTIONS,
    Verdict,
    added_images,
    created_model,
    effect_of,
    may_exist,
    next_page,
    settle,
)
from scenario_train._retry import Ending, may_be_in_flight
from scenario_train_api.api import OPERATIONS
from scenario_train_api.models import Model
from tests.support.outcomes import START, image_json, iso, model_json

SINCE = START - CLOCK_SKEW
RECENT = iso(START + 1)
OLD = iso(SINCE - 1)
LOST = Ending(None)
"""No answer after the request went out: it may still be on its way."""
ANSWERED_500 = Ending(500, body={"message": "Internal Server Error"})
ALREADY = Ending(400, body={"message": "The provided assetId is already a training image of this model"})
CAT = {"name": "cats", "type": "flux.1-lora"}


def model(**fields: Any) -> Model:
    return Model.from_dict(model_json(**fields))


def decision(verdict: Verdict, ending: Ending) -> Any:
    return settle(verdict, ending, attempt=1, remaining=100.0, jitter=0.5, now=START)


# The registry --------------------------------------------------------------------------------------------------------


def test_each_operation_that_changes_state_and_is_not_idempotent_has_a_resolution() -> None:
    changing = {name for name, entry in OPERATIONS.items() if entry.effect != "read" and not entry.idempotent}

    assert set(RESOLUTIONS) == changing


def test_a_resolution_names_only_the_path_parameters_of_its_operation() -> None:
    for name, resolution in RESOLUTIONS.items():
        path = {parameter.python_name: "x" for parameter in OPERATIONS[name].path_parameters}
        resolution.may_exist.format_map(path)  # a KeyError names a parameter the operation lacks


def test_what_may_exist_is_said_from_the_call() -> None:
    assert may_exist("create_model", {}, CAT) == "a model named 'cats' of type 'flux.1-lora' may have been created"
    assert may_exist("create_model", {}, {}) == "a model without a name may have been created"
    assert may_exist("add_training_image", {"model_id": "m"}, {"assetIds": ["a", "b"]}) == (
        "assets 'a', 'b' may have been added to model 'm'"
    )
    assert may_exist("add_training_image", {"model_id": "m"}, {"data": "data:", "name": "x.png"}) == (
        "an image named 'x.png' may have been added to model 'm'"
    )
    assert may_exist("delete_model", {"model_id": "m"}, None) == "model 'm' may have been deleted"
    assert may_exist("upload_asset", {}, {"name": "a.png"}) == "an asset named 'a.png' may have been uploaded"


def test_the_effects_the_table_and_the_registry_give() -> None:
    assert effect_of("create_model", "state-changing") == "create"
    assert effect_of("update_model", "state-changing", idempotent=True) == "idempotent"
    assert effect_of("get_model", "read") == "none"


# A created model -----------------------------------------------------------------------------------------------------


def test_the_one_model_of_that_name_and_type_created_since_the_call_began_is_the_call_s() -> None:
    ours = model(model_id="ours", created_at=RECENT)
    others = [
        model(model_id="older", created_at=OLD),
        model(model_id="named-otherwise", name="dogs", created_at=RECENT),
        model(model_id="typed-otherwise", type_="flux.2-dev-lora", created_at=RECENT),
    ]

    verdict = created_model([*others, ours], CAT, since=SINCE)

    assert verdict.kind == "done"
    assert verdict.found == (ours,)
    assert verdict.answer == {"model": ours.to_dict()}


def test_no_such_model_created_since_the_call_began_is_absent() -> None:
    verdict = created_model([model(created_at=OLD)], CAT, since=SINCE)

    assert (verdict.kind, verdict.found) == ("absent", ())
    assert "no model named 'cats' of type 'flux.1-lora' is listed as created since" in verdict.reason


def test_two_such_models_cannot_be_told_apart_and_are_both_carried() -> None:
    first, second = model(model_id="a", created_at=RECENT), model(model_id="b", created_at=iso(START + 2))

    verdict = created_model([first, second], CAT, since=SINCE)

    assert (verdict.kind, verdict.found) == ("unknown", (first, second))


def test_a_model_listed_twice_by_pages_that_shift_is_one_model() -> None:
    ours = model(model_id="ours", created_at=RECENT)

    assert created_model([ours, ours], CAT, since=SINCE).kind == "done"


def test_a_model_whose_creation_date_cannot_be_read_may_be_the_call_s() -> None:
    undated = model(created_at="yesterday")

    assert created_model([undated], CAT, since=SINCE).kind == "unknown"
    assert created_model([undated, model(model_id="b", created_at=RECENT)], CAT, since=SINCE).kind == "unknown"


def test_without_a_type_any_type_of_that_name_matches() -> None:
    ours = model(type_="flux.2-dev-lora", created_at=RECENT)

    assert created_model([ours], {"name": "cats"}, since=SINCE).kind == "done"


def test_a_model_without_a_name_cannot_be_found_whatever_is_listed() -> None:
    for body in ({}, {"type": "flux.1-lora"}, {"name": ""}, None):
        verdict = created_model([model(created_at=RECENT)], body, since=SINCE)
        assert verdict.kind == "unknown"
        assert "without a name" in verdict.reason


def test_a_listing_that_could_not_be_read_or_was_cut_short_proves_nothing() -> None:
    assert created_model(None, CAT, since=SINCE).kind == "unknown"
    cut = created_model([], CAT, since=SINCE, cut_short="the listing repeated itself")
    assert (cut.kind, cut.reason) == ("unknown", "the listing repeated itself")


def test_pages_are_read_until_their_token_ends_repeats_or_the_bound() -> None:
    assert next_page(None, [], 1) == (None, "")
    assert next_page("", [], 1) == (None, "")
    assert next_page("t2", ["t1"], 2) == ("t2", "")
    assert next_page("t1", ["t1"], 2)[0] is None
    assert "gave a page token it had given before" in next_page("t1", ["t1"], 2)[1]
    assert next_page("t9", [], MAX_LISTED_PAGES)[0] is None
    assert next_page("t9", [], MAX_LISTED_PAGES - 1) == ("t9", "")


# Added training images -----------------------------------------------------------------------------------------------


def test_an_asset_the_model_lists_was_added_and_answers_with_its_image() -> None:
    image = image_json("asset-1")
    verdict = added_images(model(images=[image_json("asset-0"), image]), {"assetId": "asset-1"}, LOST, **_first())

    assert verdict.kind == "done"
    assert verdict.answer == {"trainingImage": image}


def test_a_batch_is_added_when_the_model_lists_every_asset_of_it() -> None:
    listed = model(images=[image_json("a"), image_json("b")])

    assert added_images(listed, {"assetIds": ["a", "b"]}, LOST, **_first()).kind == "done"
    part = added_images(listed, {"assetIds": ["a", "c"]}, LOST, **_first())
    assert (part.kind, [image.id for image in part.found]) == ("unknown", ["a"])


def test_an_asset_the_model_does_not_list_is_absent_even_from_a_partial_list() -> None:
    # The API refuses an asset that is already a training image: sending it again cannot add it twice.
    complete = added_images(model(images=[image_json("a")]), {"assetId": "b"}, ANSWERED_500, **_first())
    partial = added_images(model(images=[image_json("a")], number=7), {"assetId": "b"}, ANSWERED_500, **_first())

    assert (complete.kind, partial.kind) == ("absent", "absent")
    assert "it lists 1 of its 7 training images" in partial.reason


def test_the_api_s_already_a_training_image_counts_as_done_only_after_an_unknown_outcome() -> None:
    partial = model(images=[image_json("a")], number=4)

    after = added_images(partial, {"assetId": "b"}, ALREADY, unknown_before=True, since=SINCE)
    first = added_images(partial, {"assetId": "b"}, ALREADY, unknown_before=False, since=SINCE)

    assert (after.kind, after.answer) == ("done", None)  # not listed: no image to answer with
    assert first.kind == "absent"


def test_already_a_training_image_with_an_asset_a_complete_list_lacks_proves_nothing() -> None:
    complete = model(images=[image_json("a")])

    assert added_images(complete, {"assetIds": ["a", "b"]}, ALREADY, unknown_before=True, since=SINCE).kind == (
        "unknown"
    )


def test_an_image_sent_as_data_is_the_one_of_its_name_added_since_the_call_began() -> None:
    ours = image_json("new", "cat.png", RECENT)
    images = [image_json("old", "cat.png", OLD), image_json("other", "dog.png", RECENT), ours]

    verdict = added_images(
        model(images=images), {"data": "data:image/png;base64,AA", "name": "cat.png"}, LOST, **_first()
    )

    assert (verdict.kind, verdict.answer) == ("done", {"trainingImage": ours})


@pytest.mark.parametrize(
    ("images", "number", "kind"),
    [
        ([image_json("old", "cat.png", OLD)], None, "absent"),
        ([image_json("old", "cat.png", OLD)], 4, "unknown"),  # the image may be among those not listed
        ([image_json("a", "cat.png", RECENT), image_json("b", "cat.png", RECENT)], None, "unknown"),
        ([image_json("a", "cat.png", "not a date")], None, "unknown"),
    ],
    ids=["none-complete", "none-partial", "two", "undated"],
)
def test_an_image_sent_as_data_that_cannot_be_told_apart_is_unknown(
    images: list[dict[str, Any]], number: float | None, kind: str
) -> None:
    body = {"data": "data:image/png;base64,AA", "name": "cat.png"}

    assert added_images(model(images=images, number=number), body, ANSWERED_500, **_first()).kind == kind


@pytest.mark.parametrize("body", [{"data": "data:image/png;base64,AA"}, {}, None, {"preset": "style"}])
def test_an_addition_that_names_no_image_cannot_be_resolved(body: Any) -> None:
    assert added_images(model(images=[]), body, ANSWERED_500, **_first()).kind == "unknown"


def test_a_model_that_could_not_be_read_proves_nothing() -> None:
    assert added_images(None, {"assetId": "a"}, ANSWERED_500, **_first()).kind == "unknown"


# What a verdict leads to ---------------------------------------------------------------------------------------------


def test_absent_is_sent_again_only_after_an_answer_of_the_api_itself() -> None:
    absent = Verdict("absent", "nothing listed")

    assert decision(absent, ANSWERED_500).action == "retry"
    for ending in (LOST, Ending(502), Ending(504), Ending(522)):
        result = decision(absent, ending)
        assert (result.action, result.unknown) == ("fail", True)
        assert "may still be on its way" in result.reason
    stands = decision(absent, Ending(400, body={"message": "bad"}))
    assert (stands.action, stands.unknown) == ("fail", False)


def test_done_is_the_end_and_unknown_gives_up_carrying_what_was_found() -> None:
    found = (model(),)

    assert decision(Verdict("done", "it is there", found), LOST) is None
    unknown = decision(Verdict("unknown", "two of them", found), ANSWERED_500)
    assert (unknown.action, unknown.unknown, unknown.found) == ("fail", True, found)


# Properties: nothing that may still be on its way is sent again ------------------------------------------------------

NAMES = st.sampled_from(["cats", "dogs"])
TYPES = st.sampled_from(["flux.1-lora", "flux.2-dev-lora"])
DATES = st.sampled_from([RECENT, OLD, iso(SINCE), "not a date"])
ENDINGS = st.builds(
    Ending,
    st.none() | st.sampled_from([400, 408, 429, 500, 502, 503, 504, 520, 599]),
    sent=st.booleans(),
    body=st.sampled_from([None, {"message": "The provided assetId is already a training image of this model"}]),
)
MODELS = st.lists(
    st.builds(
        lambda i, n, t, d: model(model_id=f"m{i}", name=n, type_=t, created_at=d),
        st.integers(0, 3),
        NAMES,
        TYPES,
        DATES,
    ),
    max_size=4,
)
ASSETS = st.sampled_from(["a", "b", "c"])
IMAGES = st.lists(st.builds(image_json, ASSETS, st.sampled_from(["cat.png", "dog.png"]), DATES), max_size=4)
ADDITIONS = (
    st.builds(lambda asset: {"assetId": asset}, ASSETS)
    | st.builds(lambda assets: {"assetIds": assets}, st.lists(ASSETS, min_size=1, max_size=3))
    | st.builds(
        lambda name: {"data": "data:image/png;base64,AA", "name": name}, st.sampled_from(["cat.png", "dog.png"])
    )
)


def _may_be_ours(date: str) -> bool:
    return date != OLD


@given(models=st.none() | MODELS, body=st.fixed_dictionaries({"name": NAMES}, optional={"type": TYPES}), ending=ENDINGS)
def test_a_creation_is_never_sent_again_while_it_may_be_on_its_way_or_be_listed(
    models: list[Model] | None, body: dict[str, str], ending: Ending
) -> None:
    verdict = created_model(models, body, since=SINCE)
    result = decision(verdict, ending)

    if result is not None and result.action == "retry":
        assert not may_be_in_flight(ending)
        assert models is not None
        assert not [
            listed
            for listed in models
            if listed.name == body["name"]
            and body.get("type") in (None, str(listed.type_))
            and _may_be_ours(listed.created_at)
        ]
    if verdict.kind == "done":
        assert verdict.answer is not None and len(verdict.found) == 1


@given(
    images=IMAGES,
    extra=st.integers(0, 3),
    body=ADDITIONS,
    ending=ENDINGS,
    unknown_before=st.booleans(),
)
def test_an_addition_is_never_sent_again_while_it_may_be_on_its_way_or_be_listed(
    images: list[dict[str, Any]], extra: int, body: dict[str, Any], ending: Ending, unknown_before: bool
) -> None:
    read = model(images=images, number=len(images) + extra)
    verdict = added_images(read, body, ending, unknown_before=unknown_before, since=SINCE)
    result = decision(verdict, ending)

    if result is not None and result.action == "retry":
        assert not may_be_in_flight(ending)
        listed_ids = {image["id"] for image in images}
        wanted = [body["assetId"]] if "assetId" in body else body.get("assetIds", [])
        assert not listed_ids & set(wanted)
        if "data" in body:
            assert extra == 0  # only a complete list shows an image sent as data is not there
            assert not [image for image in images if image["name"] == body["name"] and _may_be_ours(image["createdAt"])]


def _first() -> dict[str, Any]:
    """A first look: no earlier attempt's outcome was unknown."""
    return {"unknown_before": False, "since": SINCE}
