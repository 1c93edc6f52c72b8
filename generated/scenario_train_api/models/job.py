from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.job_status import JobStatus
from ..models.job_type import JobType
from ..types import json_text, short_repr

T = TypeVar("T", bound="Job")


@_attrs_define(kw_only=True, repr=False)
class Job:
    """The same object that `GET /jobs/{jobId}` answers."""

    created_at: str
    job_id: str
    job_type: JobType
    metadata: JobMetadata
    progress: float
    """ From 0 to 1. """
    status: JobStatus
    status_history: list[JobStatusChange]
    updated_at: str
    author_id: str | None = None
    billing: JobBilling | None = None
    owner_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        created_at = self.created_at

        job_id = self.job_id

        job_type = self.job_type.value

        metadata = self.metadata.to_dict()

        progress = self.progress

        status = self.status.value

        status_history = []
        for status_history_item_data in self.status_history:
            status_history_item = status_history_item_data.to_dict()
            status_history.append(status_history_item)

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdAt": created_at,
                "jobId": job_id,
                "jobType": job_type,
                "metadata": metadata,
                "progress": progress,
                "status": status,
                "statusHistory": status_history,
                "updatedAt": updated_at,
            }
        )
        author_id = self.author_id
        if author_id is not None:
            field_dict["authorId"] = author_id

        if self.billing is not None:
            field_dict["billing"] = self.billing.to_dict()

        owner_id = self.owner_id
        if owner_id is not None:
            field_dict["ownerId"] = owner_id

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "Job",
            (
                ("job_id", self.job_id),
                ("status", self.status),
                ("progress", self.progress),
            ),
            3,
            (
                self.created_at,
                self.job_type,
                self.metadata,
                self.status_history,
                self.updated_at,
                self.author_id,
                self.billing,
                self.owner_id,
                self.additional_properties,
            ),
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object; raises ParseError naming the field on a missing or mistyped value."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ParseError.expected("object", src_dict)
        d = dict(src_dict)
        sent_null: tuple[str, ...] = ()
        at: str = ""
        try:
            at = "createdAt"
            created_at = d.pop("createdAt")
            if type(created_at) is not str and not isinstance(created_at, str):
                raise ParseError.expected("string", created_at)

            at = "jobId"
            job_id = d.pop("jobId")
            if type(job_id) is not str and not isinstance(job_id, str):
                raise ParseError.expected("string", job_id)

            at = "jobType"
            job_type = JobType.from_json(d.pop("jobType"))

            at = "metadata"
            metadata = JobMetadata.from_dict(d.pop("metadata"))

            at = "progress"
            progress = d.pop("progress")
            if (
                type(progress) is not float
                and type(progress) is not int
                and (isinstance(progress, bool) or not isinstance(progress, (int, float)))
            ):
                raise ParseError.expected("number", progress)

            at = "status"
            status = JobStatus.from_json(d.pop("status"))

            at = "statusHistory"
            _status_history = d.pop("statusHistory")
            if not isinstance(_status_history, list):
                raise ParseError.expected("array", _status_history)
            status_history = []
            try:
                for status_history_item_data in _status_history:
                    status_history_item = JobStatusChange.from_dict(status_history_item_data)

                    status_history.append(status_history_item)
            except ParseError as parse_error:
                parse_error.location = (len(status_history), *parse_error.location)
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                raise ParseError.wrap(parse_error, len(status_history)) from parse_error

            at = "updatedAt"
            updated_at = d.pop("updatedAt")
            if type(updated_at) is not str and not isinstance(updated_at, str):
                raise ParseError.expected("string", updated_at)

            at = "authorId"
            author_id = d.pop("authorId", None)
            if type(author_id) is not str:
                if author_id is None:
                    if "authorId" in src_dict:
                        sent_null += ("authorId",)
                elif not isinstance(author_id, str):
                    raise ParseError.expected("string", author_id)

            at = "billing"
            _billing = d.pop("billing", None)
            billing: JobBilling | None = None
            if _billing is not None:
                billing = JobBilling.from_dict(_billing)
            elif "billing" in src_dict:
                sent_null += ("billing",)

            at = "ownerId"
            owner_id = d.pop("ownerId", None)
            if type(owner_id) is not str:
                if owner_id is None:
                    if "ownerId" in src_dict:
                        sent_null += ("ownerId",)
                elif not isinstance(owner_id, str):
                    raise ParseError.expected("string", owner_id)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        job = object.__new__(cls)
        job.created_at = created_at
        job.job_id = job_id
        job.job_type = job_type
        job.metadata = metadata
        job.progress = progress
        job.status = status
        job.status_history = status_history
        job.updated_at = updated_at
        job.author_id = author_id
        job.billing = billing
        job.owner_id = owner_id
        job._sent_null = sent_null
        job.additional_properties = d
        return job

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class, not inside its methods, so that models referring to each other
# import cleanly and parsing does not pay for an import statement on every call.
from ..models.job_billing import JobBilling  # noqa: E402
from ..models.job_metadata import JobMetadata  # noqa: E402
from ..models.job_status_change import JobStatusChange  # noqa: E402
