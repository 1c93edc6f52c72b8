"""Loopback ports: the one place a test asks the system for a free one."""

from __future__ import annotations

import atexit
import socket

LOOPBACK = "127.0.0.1"

_held: list[socket.socket] = []
"""Sockets bound to the ports of `unused_base_url`, never listening, open until the process ends."""


def free_port(host: str = LOOPBACK) -> int:
    """A port that was free on `host` a moment ago (the system's choice); nothing listens on it now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
    return port


def unused_base_url(host: str = LOOPBACK) -> str:
    """A base URL on a loopback port where nothing listens: connecting is refused at once.

    The port stays bound, without listening, while the process lives: a server that another test
    process (another pytest-xdist worker) starts meanwhile cannot take it.
    """
    sock = socket.socket()
    sock.bind((host, 0))
    _held.append(sock)
    port: int = sock.getsockname()[1]
    return f"http://{host}:{port}/v1"


@atexit.register
def _release() -> None:
    for sock in _held:
        sock.close()
