/** Python's heapq (heappush, heappop) step for step, for the loop's timers and asyncio.PriorityQueue. */

/*
 * Items that compare equal come out in the order this algorithm gives them, which is not always the
 * order they were put. `before(a, b)` is the heap's `a < b`.
 */

/** heapq.heappush. */
export function heapPush<T>(heap: T[], item: T, before: (a: T, b: T) => boolean): void {
  heap.push(item);
  siftDown(heap, 0, heap.length - 1, before);
}

/** heapq.heappop: the smallest item (undefined when the heap is empty). */
export function heapPop<T>(heap: T[], before: (a: T, b: T) => boolean): T | undefined {
  const last = heap.pop();
  if (heap.length === 0 || last === undefined) return last;
  const top = heap[0];
  heap[0] = last;
  siftUp(heap, 0, before);
  return top;
}

/** heapq._siftdown: move the item at `pos` up towards `start` while it is smaller than its parent. */
function siftDown<T>(heap: T[], start: number, pos: number, before: (a: T, b: T) => boolean): void {
  const item = heap[pos] as T;
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos] as T;
    if (!before(item, parent)) break;
    heap[pos] = parent;
    pos = parentPos;
  }
  heap[pos] = item;
}

/** heapq._siftup: move the smaller child up until a leaf is reached, then sift the item down from there. */
function siftUp<T>(heap: T[], pos: number, before: (a: T, b: T) => boolean): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos] as T;
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !before(heap[child] as T, heap[right] as T)) child = right;
    heap[pos] = heap[child] as T;
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(heap, start, pos, before);
}
