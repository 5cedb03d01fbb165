"""Who acts: every service call receives the acting user."""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("admin", "social_pedagogue", "psychologist", "director")


@dataclass(frozen=True)
class Actor:
    username: str
    role: str
    device_id: str = ""


def local_actor(device_id: str) -> Actor:
    """The single local user until accounts arrive (security issue): full social-pedagogue rights."""
    return Actor(username="local", role="social_pedagogue", device_id=device_id)
