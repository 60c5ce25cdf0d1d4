"""The warnings of what a Widdershins page prints and sdkgen skips (a path's own servers,
callbacks, links), worded once: the page reader and the document reader give the same ones.
"""

from __future__ import annotations


def servers_skipped(path: str) -> str:
    """The warning of a path's own servers, on a page or in a document."""
    return (
        f"`SERVERS {path}` is no operation: the document gives path {path} servers of its "
        "own, which the page does not print; skipped (the path is called on the API's hosts)"
    )


def callback_skipped(name: str, route: str) -> str:
    """The warning of a callback's operation (each one Widdershins prints)."""
    return (
        f"callback {name!r} of operation `{route}` is an operation the API calls, not one "
        "of its own; skipped"
    )


def links_skipped(whose: str, route: str) -> str:
    """The warning of a response's links (`whose`: "the 200 response", "a response")."""
    return f"the links of {whose} of `{route}` are not read; skipped"
