"""Worker processes that die with the process that started them, even on SIGKILL.

A process pool's workers block reading their task queue; when the parent is killed with
SIGKILL nobody tells them, and with the ``forkserver`` start method they are not even its
children, so they lived on as orphans (issue 12). ``exit_with_parent`` runs in each worker
(the pool's initializer) and starts a watchdog thread that waits on multiprocessing's
parent sentinel: a pipe the parent holds open, which the kernel closes when the parent
dies, however it dies. No polling, no PID reuse race, any OS.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import wait


def exit_with_parent() -> None:
    """In a multiprocessing child: exit at once when the parent process dies."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return  # not a multiprocessing child (e.g. called in process for tests)
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(1)  # no cleanup: the parent that would receive results is gone

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
