"""The desktop's report process: computes heavy reports away from the window's process.

Why a process: in the desktop a report job shares Python's GIL with the UI thread (pauses of
over 100 ms) and may not fork (Qt is loaded, several threads run), so it uses one core. This
process is headless and single-threaded, so :func:`sodesk.reports.company_run.run_company`
may fork and use both cores, and the window's thread only waits.

Started by :class:`sodesk.services.report_client.ReportClient` as
``python -m sodesk.services.report_server``. Requests arrive on stdin, replies leave on
stdout, framed by :mod:`sodesk.services.report_channel`:

* request ``(id, url, kind, args)``: run task ``kind`` (:mod:`sodesk.services.report_tasks`)
  on the database ``url``; the workspace of a URL is opened once and kept;
* reply ``(id, True, pickled result)`` or ``(id, False, (message, traceback))``: an error is
  an answer, never the end of the process.

stdout is the channel, so it is taken away from everything else first: ``print`` and any
library writing to file descriptor 1 go to stderr. The process ends at end of input (the
desktop closed the pipe or died). It begins importing the report modules at once, so that
import overlaps the window's own start rather than the first request.
"""

from __future__ import annotations

import os
import sys
from typing import BinaryIO


def _take_stdout() -> tuple[BinaryIO, BinaryIO]:
    """The channel's two binary streams; fd 1 and ``sys.stdout`` then point at stderr.

    The input is read unbuffered, so the serving loop can see whether more requests wait.
    """
    channel_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(os.dup(0), "rb", buffering=0), channel_out


def main() -> int:
    incoming, outgoing = _take_stdout()
    from sodesk.services.report_serving import serve

    serve(incoming, outgoing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
