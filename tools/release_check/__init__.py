"""`make release-check`: what changed since a release, and the version bump it calls for.

The spec and the public Python API of both packages at a base git ref are compared with the
working tree. Each change is classed breaking, feature or fix by this project's rules (enums are
open, so an added value is a feature), with Optic and griffe as the well-kept second opinions.
"""
