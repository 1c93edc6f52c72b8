"""pytest plugin: the `scenario_mock` fixture."""
