"""The last-resort message for an error no dialog caught: clear words, the register untouched."""

from __future__ import annotations

import sqlite3

import pytest

from pedagogue_app.services import Actor
from pedagogue_app.services.access import AccessDenied
from pedagogue_app.views.app import unexpected_error


@pytest.mark.parametrize("error, words", [
    (AccessDenied(Actor("d", "director"), "write", "student"), "Your role may not do this"),
    (sqlite3.OperationalError("database or disk is full"), "The disk is full"),
    (OSError(28, "No space left on device"), "The disk is full"),
    (sqlite3.DatabaseError("database disk image is malformed"), "is damaged"),
    (KeyError("x"), "Something went wrong: KeyError"),
])
def test_message_for_each_kind_of_error(qapp, answer_boxes, capsys, error, words) -> None:
    seen = answer_boxes()
    unexpected_error(type(error), error, None)
    assert words in seen[-1]
    assert type(error).__name__ in capsys.readouterr().err  # the trace goes to the console
