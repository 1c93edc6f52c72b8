"""Loopback ports: the one place a test asks the system for a free one."""

from __future__ import annotations

import socket

LOOPBACK = "127.0.0.1"


def free_port(host: str = LOOPBACK) -> int:
    """A port that was free on `host` a moment ago (the system's choice); nothing listens on it now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
    return port


def unused_base_url(host: str = LOOPBACK) -> str:
    """A base URL on a loopback port where nothing listens: connecting is refused at once."""
    return f"http://{host}:{free_port(host)}/v1"
