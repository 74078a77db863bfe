/** asyncio.TaskGroup (3.11): `async with TaskGroup() as tg` waits for all its tasks; the first failure cancels the others and the body, and the errors are raised together as an ExceptionGroup. */
import { BaseException, BaseExceptionGroup, CancelledError, Exception, ExceptionGroup, RuntimeError } from "./exceptions";
import { Future } from "./future";
import { type Coroutine, Task, createTask, currentTask } from "./tasks";

/**
 * A task group. Python's `async with asyncio.TaskGroup() as tg: body` becomes
 * `await taskGroup(async (tg) => { body })`, which runs __aenter__, the body and __aexit__ like CPython.
 */
export class TaskGroup {
  static readonly pythonModule = "asyncio.taskgroups";
  private entered = false;
  private exiting = false;
  private aborting = false;
  private parentTask: Task<unknown> | null = null;
  private parentCancelRequested = false;
  private readonly tasks = new Set<Task<unknown>>();
  private errors: BaseException[] = [];
  private baseError: BaseException | null = null;
  private onCompleted: Future<boolean> | null = null;

  /** `<TaskGroup tasks=2 entered>`, as CPython's TaskGroup.__repr__. */
  __repr__(): string {
    const info = [""];
    if (this.tasks.size > 0) info.push(`tasks=${this.tasks.size}`);
    if (this.errors.length > 0) info.push(`errors=${this.errors.length}`);
    if (this.aborting) info.push("cancelling");
    else if (this.entered) info.push("entered");
    return `<TaskGroup${info.join(" ")}>`;
  }

  enter(): this {
    this.entered = true;
    this.parentTask = currentTask();
    return this;
  }

  /** tg.create_task(coro, name=...): the task is cancelled if another task of the group fails. */
  createTask<T>(coro: Coroutine<T>, options?: { name?: string | null }): Task<T> {
    if (!this.entered) throw new RuntimeError("TaskGroup has not been entered");
    if (this.exiting && this.tasks.size === 0) throw new RuntimeError("TaskGroup is finished");
    if (this.aborting) throw new RuntimeError("TaskGroup is shutting down");
    const task = createTask(coro, options);
    // A bound method in CPython: a task's repr lists it as `cb=[TaskGroup._on_task_done()]`.
    task.addDoneCallback(Object.assign(() => this.onTaskDone(task), { pythonName: "TaskGroup._on_task_done" }));
    this.tasks.add(task);
    return task;
  }

  /** __aexit__: `error` is what the body raised (null if it finished normally). */
  async exit(error: unknown): Promise<void> {
    this.exiting = true;
    if (error !== null && isBaseError(error) && this.baseError === null) this.baseError = error as BaseException;
    let propagateCancel: unknown = error instanceof CancelledError ? error : null;
    if (this.parentCancelRequested && this.parentTask && this.parentTask.uncancel() === 0) propagateCancel = null;
    if (error !== null && !this.aborting) this.abort();
    while (this.tasks.size > 0) {
      this.onCompleted ??= new Future<boolean>();
      try {
        await this.onCompleted;
      } catch (err) {
        if (!(err instanceof CancelledError)) throw err;
        if (!this.aborting) {
          propagateCancel = err;
          this.abort();
        }
      }
      this.onCompleted = null;
    }
    if (this.baseError !== null) throw this.baseError;
    if (propagateCancel !== null && this.errors.length === 0) throw propagateCancel;
    if (error !== null && !(error instanceof CancelledError)) this.errors.push(error as BaseException);
    if (this.errors.length > 0) {
      const errors = this.errors;
      this.errors = [];
      const allExceptions = errors.every((e) => e instanceof Exception);
      throw allExceptions
        ? new ExceptionGroup("unhandled errors in a TaskGroup", errors)
        : new BaseExceptionGroup("unhandled errors in a TaskGroup", errors);
    }
  }

  private abort(): void {
    this.aborting = true;
    for (const t of this.tasks) if (!t.done()) t.cancel();
  }

  private onTaskDone(task: Task<unknown>): void {
    this.tasks.delete(task);
    if (this.onCompleted && this.tasks.size === 0 && !this.onCompleted.done()) this.onCompleted.setResult(true);
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this.errors.push(exc as BaseException);
    if (isBaseError(exc) && this.baseError === null) this.baseError = exc as BaseException;
    if (this.parentTask?.done()) return;
    if (!this.aborting && !this.parentCancelRequested) {
      // The first failure: cancel the other tasks and the body (its CancelledError is absorbed in exit()).
      this.abort();
      this.parentCancelRequested = true;
      this.parentTask?.cancel();
    }
  }
}

/** SystemExit and KeyboardInterrupt end the group at once instead of joining the ExceptionGroup. */
export function isBaseError(err: unknown): boolean {
  return err instanceof BaseException && !(err instanceof Exception) && !(err instanceof CancelledError);
}

/** `async with asyncio.TaskGroup() as tg: body`. */
export async function taskGroup<T>(body: (tg: TaskGroup) => Promise<T>): Promise<T> {
  const tg = new TaskGroup().enter();
  let result: T;
  try {
    result = await body(tg);
  } catch (err) {
    await tg.exit(err);
    throw err; // only reached if exit() swallowed nothing: CPython re-raises the body's exception too
  }
  await tg.exit(null);
  return result;
}
