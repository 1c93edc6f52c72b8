"""What every test shares: hypothesis runs the same examples on every machine, with no deadline and no cache."""

from __future__ import annotations

from hypothesis import settings

# A shared, noisy machine: an example's run time says nothing, and CI must see what a developer saw.
settings.register_profile("scenario-train", derandomize=True, deadline=None, database=None)
settings.load_profile("scenario-train")
