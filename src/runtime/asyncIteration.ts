/** Python's anext(), asend(), athrow() and aclose() over JavaScript async generators: the value itself, or StopAsyncIteration when the generator is done. */
import { StopAsyncIteration } from "./exceptions";

/** anext(gen) / gen.__anext__(): the next value; StopAsyncIteration (or `fallback`, if given) at the end. */
export async function anext<T, D = never>(gen: AsyncIterator<T>, ...fallback: [] | [D]): Promise<T | D> {
  const step = await gen.next();
  if (!step.done) return step.value;
  if (fallback.length > 0) return fallback[0] as D;
  throw new StopAsyncIteration();
}

/** gen.asend(value): resumes the generator with `value` as the result of its `yield`. */
export async function asend<T, S>(gen: AsyncGenerator<T, unknown, S>, value: S): Promise<T> {
  const step = await gen.next(value);
  if (step.done) throw new StopAsyncIteration();
  return step.value;
}

/** gen.athrow(error): raises `error` at the generator's `yield`; the next value it yields. */
export async function athrow<T>(gen: AsyncGenerator<T, unknown, unknown>, error: unknown): Promise<T> {
  const step = await gen.throw(error);
  if (step.done) throw new StopAsyncIteration();
  return step.value;
}

/** gen.aclose(): finishes the generator, running its `finally` blocks. */
export async function aclose(gen: AsyncGenerator<unknown, unknown, unknown>): Promise<void> {
  await gen.return(undefined);
}
