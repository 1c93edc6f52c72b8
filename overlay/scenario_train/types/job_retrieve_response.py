"""`JobRetrieveResponse`: the generated `JobResponse`, under the name the vendor's SDK gives
the answer of `client.jobs.retrieve`."""

from scenario_train_api.models.job_response import JobResponse as JobRetrieveResponse

__all__ = ["JobRetrieveResponse"]
