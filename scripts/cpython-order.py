"""Run a Python asyncio program and record the order in which CPython's event loop runs task steps and the
program's own callbacks: the truth the loop-trace order test compares our trace with.

    python3 scripts/cpython-order.py PROGRAM.py ORDER.json

Every ready-queue entry of the loop goes through asyncio.events.Handle._run (TimerHandle too), so wrapping
it sees them all, in order. An entry that steps a task (Task.__step, Task.__wakeup, C or Python) is a bound
method whose __self__ is the task: it is recorded by the task's name. A callback defined by the program
(call_soon / call_later / call_at / add_done_callback given a function of __main__) is recorded as
"cb:NAME". asyncio's own callbacks (futures' timers, gather's done-callbacks, run_until_complete's stop)
and the tasks asyncio.run makes for itself (loop.shutdown_asyncgens, shutdown_default_executor) are left out.
The loop runs on a virtual clock (see below). The program's output goes where it normally goes; the order is
written as a JSON list when it exits.
"""
import asyncio
import atexit
import functools
import json
import os
import runpy
import sys
import selectors
from asyncio import base_events, events

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


# A virtual clock, as asyncio-ts runs by default: the loop's time jumps to the next timer instead of waiting.
# With real time the order of timers depends on how late earlier steps ran (a loaded machine reorders a
# 0.04 s chain against a 0.1 s sleep), so only a virtual clock gives an order that is CPython's own.
virtual_now = [0.0]
real_select = selectors.DefaultSelector.select


def virtual_select(self, timeout=None):
    if timeout is None:
        return real_select(self, timeout)  # nothing scheduled: only I/O or another thread can wake the loop
    if timeout > 0:
        virtual_now[0] += timeout
    return real_select(self, 0)


selectors.DefaultSelector.select = virtual_select
base_events.BaseEventLoop.time = lambda self: virtual_now[0]


@atexit.register
def write_order():
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(order, f)


sys.argv = [program]
runpy.run_path(program, run_name="__main__")
