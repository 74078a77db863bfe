"""Run a Python asyncio program and record the order in which CPython's event loop runs task steps and the
program's own callbacks: the truth the loop-trace order test compares our trace with.

    python3 scripts/cpython-order.py PROGRAM.py ORDER.json

Every ready-queue entry of the loop goes through asyncio.events.Handle._run (TimerHandle too), so wrapping
it sees them all, in order. An entry that steps a task (Task.__step, Task.__wakeup, C or Python) is a bound
method whose __self__ is the task: it is recorded by the task's name. A callback defined by the program
(call_soon / call_later / call_at / add_done_callback given a function of __main__) is recorded as
"cb:NAME". asyncio's own callbacks (futures' timers, gather's done-callbacks, run_until_complete's stop)
and the tasks asyncio.run makes for itself (loop.shutdown_asyncgens, shutdown_default_executor) are left out.
The program's output goes where it normally goes; the order is written as a JSON list when it exits.
"""
import asyncio
import atexit
import functools
import json
import os
import runpy
import sys
from asyncio import events

ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
program, out_path = sys.argv[1], sys.argv[2]
order = []
original_run = events.Handle._run


def own_task(task):
    """False for the tasks asyncio.run makes for itself (loop.shutdown_asyncgens and the like)."""
    coro = task.get_coro()
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    return not (code is not None and code.co_filename.startswith(ASYNCIO_DIR) and code.co_qualname.startswith("BaseEventLoop."))


def traced_run(self):
    callback = self._callback
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        if own_task(owner):
            order.append(owner.get_name())
    else:
        fn = callback.func if isinstance(callback, functools.partial) else callback
        if getattr(fn, "__module__", None) == "__main__" and not isinstance(getattr(fn, "__self__", None), asyncio.Future):
            order.append("cb:" + getattr(fn, "__name__", "callback"))
    return original_run(self)


events.Handle._run = traced_run


@atexit.register
def write_order():
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(order, f)


sys.argv = [program]
runpy.run_path(program, run_name="__main__")
