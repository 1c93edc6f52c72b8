"""The cold start's baseline: `scenario-train status MODEL_ID`, written as five lines of raw httpx."""

import os
import sys

import httpx

url = f"{os.environ['SCENARIO_BASE_URL']}/models/{sys.argv[1]}"
auth = (os.environ["SCENARIO_SDK_API_KEY"], os.environ["SCENARIO_SDK_API_SECRET"])
print("Model", sys.argv[1], httpx.get(url, auth=auth, timeout=60).json()["model"]["status"])
