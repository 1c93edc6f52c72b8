"""When a listing ends: the policy over its pages' tokens, as pure functions."""

from __future__ import annotations

from ._errors import PaginationError, shorten

__all__ = ["MAX_PAGES", "first_seen", "next_token"]

MAX_PAGES = 10_000
"""The most pages one listing reads (5 million models at the largest `page_size`, 500) before it raises."""


def first_seen(token: str | None) -> set[str]:
    """The tokens already used when a listing starts: the `pagination_token` it was given, if any."""
    return {token} if token else set()


def next_token(token: str | None, count: int, seen: set[str], pages: int) -> str | None:
    """The token that asks for the page after one that held `count` items and `token`, or None: the end.

    A page without a token, with an empty one, or without items is the last (SDK 2.4.0 `has_next_page`).
    A token already in `seen` (a server that repeats itself), or a page past `MAX_PAGES`, raises
    `PaginationError` rather than asking forever. `seen` gets the token.
    """
    if not token or count == 0:
        return None
    if token in seen:
        raise PaginationError(
            f"The server sent the page token {shorten(repr(token), 80)} a second time, after {pages} pages:"
            " the listing would not end",
            token=token,
            pages=pages,
        )
    if pages >= MAX_PAGES:
        raise PaginationError(f"The listing did not end after {pages} pages (the most read)", token=token, pages=pages)
    seen.add(token)
    return token
