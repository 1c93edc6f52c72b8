"""In-process fake of the Scenario training API, for tests and demos."""
