"""The wire between the desktop and its report process: one pickle per message, framed.

Why framed: the reader must know where one message ends without parsing it, and a short
read (the other side gone) must be told apart from a message. Each message is an 8-byte
big-endian length followed by that many bytes of pickle. Both ends are our own code on the
same machine and the same interpreter, so pickle (trusted, fast, keeps Decimal and
dataclasses) is fine here; nothing else ever writes to these pipes.
"""

from __future__ import annotations

import pickle
import struct
from typing import IO, Any

_HEADER = struct.Struct(">Q")

# the tasks a request may name (sodesk.services.report_tasks runs them); here, so the
# desktop can name one without importing the report modules
ACTIVITY_REPORT = "activity_report"
#: the activity report of the period the window opens with, computed ahead and kept in the
#: process's cache (SQLite only), before the desktop has opened the database itself; the
#: reply is that period
FIRST_FIGURES = "first_figures"
#: everything the Analyses page shows for a period (sodesk.services.analyses_view)
ANALYSES = "analyses"


class ChannelClosed(EOFError):
    """The other side closed the pipe (at a message boundary or in the middle of one)."""


def encode(message: Any) -> bytes:
    """A message as the bytes to write (length prefix and pickle)."""
    return frame(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))


def frame(payload: bytes) -> bytes:
    """An already pickled message with its length prefix."""
    return _HEADER.pack(len(payload)) + payload


def send(stream: IO[bytes], message: Any) -> None:
    stream.write(encode(message))
    stream.flush()


def send_frame(stream: IO[bytes], payload: bytes) -> None:
    stream.write(frame(payload))
    stream.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise ChannelClosed
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def receive(stream: IO[bytes]) -> Any:
    """The next message; raises :class:`ChannelClosed` when the other side is gone."""
    (size,) = _HEADER.unpack(_read_exactly(stream, _HEADER.size))
    return pickle.loads(_read_exactly(stream, size))
