"""What the tests share, imported as `tests.support.<module>`: one module per subject.

- `env`: the SCENARIO_* variables the client reads, which the top-level conftest clears for every test.
- `net`: the one free-port helper, and a base URL on which nothing listens.
- `cli`, `client`, `contract`, `mock`, `release`, `switch`: the helpers of those test folders.
- `wire`: a raw-socket server scripted byte by byte, for faults no HTTP server (the mock included) can make.
- `raw_http`: exact request bytes to a started mock, the answer read back as a client reads it.
"""
