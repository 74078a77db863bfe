"""Run a Python asyncio program and record the order in which CPython's event loop runs task steps and the
program's own callbacks: the truth the loop-trace order test compares our trace with.

    python3 scripts/cpython-order.py PROGRAM.py ORDER.json

Every ready-queue entry of the loop goes through asyncio.events.Handle._run (TimerHandle too), so wrapping
it sees them all, in order. An entry that steps a task (Task.__step, Task.__wakeup, C or Python) is a bound
method whose __self__ is the task: it is recorded by the task's name. A callback defined by the program
(call_soon / call_later / call_at / add_done_callback given a function of __main__) is recorded as
"cb:NAME". asyncio's own callbacks (futures' timers, gather's done-callbacks, run_until_complete's stop)
and the tasks asyncio.run makes for itself while closing (loop.shutdown_asyncgens, shutdown_default_executor)
are left out.
The loop runs on a virtual clock (see below). The program's output goes where it normally goes; the order is
written as a JSON list when it exits.
"""
import asyncio
import atexit
import functools
import json
import math
import os
import runpy
import sys
import weakref
import selectors
from asyncio import base_events, events, futures, taskgroups, tasks

ASYNCIO_DIR = os.path.dirname(asyncio.__file__)
program, out_path = sys.argv[1], sys.argv[2]
order = []
original_run = events.Handle._run


# asyncio.run's closing (Runner.close) runs tasks of its own, which the trace does not show; a program that
# calls loop.shutdown_asyncgens() itself makes a task the trace shows, so only those made while closing are left out.
closing_runner = [False]
original_runner_close = asyncio.runners.Runner.close


def runner_close(self):
    closing_runner[0] = True
    try:
        return original_runner_close(self)
    finally:
        closing_runner[0] = False


asyncio.runners.Runner.close = runner_close


def own_task(task):
    """False for the tasks asyncio.run makes for itself (loop.shutdown_asyncgens and the like)."""
    coro = task.get_coro()
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    return not (closing_runner[0] and code is not None and code.co_filename.startswith(ASYNCIO_DIR) and code.co_qualname.startswith("BaseEventLoop."))


# A task is recorded by the name it had at its first step, as the trace's lanes are (set_name later renames
# the task, not its lane).
first_names = weakref.WeakKeyDictionary()


def traced_run(self):
    callback = self._callback
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, asyncio.Task):
        if own_task(owner):
            order.append(first_names.setdefault(owner, owner.get_name()))
    else:
        fn = callback.func if isinstance(callback, functools.partial) else callback
        if getattr(fn, "__module__", None) == "__main__" and not isinstance(getattr(fn, "__self__", None), asyncio.Future):
            order.append("cb:" + getattr(fn, "__name__", "callback"))
    return original_run(self)


events.Handle._run = traced_run


# A virtual clock, as asyncio-ts runs by default: the loop's time jumps to the next timer instead of waiting.
# With real time the order of timers depends on how late earlier steps ran (a loaded machine reorders a
# 0.04 s chain against a 0.1 s sleep), so only a virtual clock gives an order that is CPython's own.
# The clock moves exactly to the first timer's deadline (adding the select timeout, when - now, to now can
# round below it).
virtual_now = [0.0]
real_select = selectors.DefaultSelector.select


def virtual_select(self, timeout=None):
    if timeout is None:
        return real_select(self, timeout)  # nothing scheduled: only I/O or another thread can wake the loop
    if timeout > 0:
        scheduled = getattr(events._get_running_loop(), "_scheduled", None)
        # _run_once dropped the cancelled timers at the head of the heap: the first one is the one it waits for.
        virtual_now[0] = max(virtual_now[0], scheduled[0].when()) if scheduled else virtual_now[0] + timeout
    return real_select(self, 0)


selectors.DefaultSelector.select = virtual_select


# On a virtual clock two readings of loop.time() in one iteration give the same time, so timers set one after
# the other for the same delay have equal deadlines, and heapq pops equal deadlines in no particular order
# (the seed's five sleep(2) timers came out as Task-2, Task-4, Task-6, Task-3, Task-5). On a real clock time
# moves on between two readings: a deadline computed from a later reading is later. So equal deadlines are
# ordered by the count of readings made when the timer was set (the program's and asyncio's, not the loop's
# own in _run_once); deadlines from one reading (a program's call_at with the very same `when`) still tie
# exactly and come out as heapq gives them. asyncio-ts's timer heap does the same (TimerHandle.tie).
readings = [0]
run_once_code = base_events.BaseEventLoop._run_once.__code__


def virtual_time(self):
    if sys._getframe(1).f_code is not run_once_code:
        readings[0] += 1
    return virtual_now[0]


base_events.BaseEventLoop.time = virtual_time

# _run_once counts a timer as due up to one clock resolution (1 ns) after now. On the virtual clock that makes
# a ticker's 15th step of 0.2 (3.0000000000000004) due with a sleep(3), where the real clock has moved on by
# far more between the ticker's readings. asyncio-ts counts a timer as due when its deadline is <= now, so
# the recorder's resolution is the gap to the next float after now (with 0, a deadline of exactly now would
# never be due, and the loop would spin).
class ExactResolution:
    def __get__(self, loop, owner=None):
        return math.ulp(virtual_now[0])

    def __set__(self, loop, value):
        pass  # BaseEventLoop.__init__ sets the real clock's resolution


base_events.BaseEventLoop._clock_resolution = ExactResolution()


class TimerHandleAfterReading(events.TimerHandle):
    __slots__ = ("_reading",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._reading = readings[0]

    def _key(self):
        # To the nanosecond, as asyncio-ts orders its timer heap: ten sleeps of 0.1 end at 0.9999999999999999 on a
        # virtual clock, where CPython's real clock has moved on between the readings past a sleep(1) set before.
        return (round(self._when * 1e9), self._reading)

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, TimerHandleAfterReading) else super().__lt__(other)

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, TimerHandleAfterReading) else super().__gt__(other)

    __hash__ = events.TimerHandle.__hash__


events.TimerHandle = TimerHandleAfterReading


# Where CPython itself orders tasks by iterating a set (of tasks, coroutines or generators, hashed by their
# address), its order is not its own semantics but where objects happened to be allocated: a run on another
# machine, or with another allocator, may step them in another order. Such places are noted, and a program
# that reaches one cannot be compared.
unordered = []


def note_unordered(what):
    if what not in unordered:
        unordered.append(what)


original_abort = taskgroups.TaskGroup._abort


def abort(self):
    if sum(1 for t in self._tasks if not t.done()) > 1:
        note_unordered("TaskGroup cancels its tasks in the order of a set")
    return original_abort(self)


taskgroups.TaskGroup._abort = abort
original_as_completed = tasks.as_completed


def as_completed(fs, *args, **kwargs):
    fs = list(fs)
    if sum(1 for f in fs if not futures.isfuture(f)) > 1:
        note_unordered("as_completed makes tasks of its coroutines in the order of a set")
    return original_as_completed(fs, *args, **kwargs)


tasks.as_completed = asyncio.as_completed = as_completed
original_shutdown_asyncgens = base_events.BaseEventLoop.shutdown_asyncgens


def shutdown_asyncgens(self):
    if len(self._asyncgens) > 1:
        note_unordered("asyncio.run closes the async generators left open in the order of a set")
    return original_shutdown_asyncgens(self)


base_events.BaseEventLoop.shutdown_asyncgens = shutdown_asyncgens


class TaskSet(set):
    """A set of tasks asyncio hands to the program (or to itself): iterating it goes in address order."""

    def __init__(self, items, what):
        super().__init__(items)
        self.what = what

    def __iter__(self):
        # Only an iteration that schedules something for two or more of the tasks (cancel() wakes a task) makes
        # the set's order the order of steps; sorted(t.get_name() for t in ...) does not.
        items = list(set.__iter__(self))
        effects = 0
        for t in items:
            ready = t.get_loop()._ready
            before = len(ready)
            yield t
            effects += len(ready) > before
        if effects > 1:
            note_unordered(self.what)


original_wait = tasks.wait


async def wait(fs, *args, **kwargs):
    done, pending = await original_wait(fs, *args, **kwargs)
    return done, TaskSet(pending, "the program goes through asyncio.wait's pending tasks in the order of a set")


tasks.wait = asyncio.wait = wait
original_all_tasks = tasks.all_tasks


def all_tasks(loop=None):
    what = "asyncio.all_tasks() is gone through in the order of a set (by the program, or by asyncio.run cancelling the tasks left)"
    return TaskSet(original_all_tasks(loop if loop is not None else events.get_running_loop()), what)


tasks.all_tasks = asyncio.all_tasks = all_tasks


@atexit.register
def write_order():
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump({"order": order, "unordered": unordered}, f)


sys.argv = [program]
runpy.run_path(program, run_name="__main__")
