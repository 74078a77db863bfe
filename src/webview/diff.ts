/** Line comparison for "Compare with Python": which lines of each side are not in their longest common subsequence. */
export interface LineDiff {
  readonly identical: boolean;
  /** Per line of `a` / `b`: true when it differs (is not matched on the other side). */
  readonly aChanged: readonly boolean[];
  readonly bChanged: readonly boolean[];
}

export function splitOutputLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export function diffLines(a: readonly string[], b: readonly string[]): LineDiff {
  const n = a.length;
  const m = b.length;
  const aChanged = new Array<boolean>(n).fill(true);
  const bChanged = new Array<boolean>(m).fill(true);
  if (n * m > 4_000_000) {
    // Too big for the table: compare position by position.
    for (let i = 0; i < Math.min(n, m); i++) if (a[i] === b[i]) aChanged[i] = bChanged[i] = false;
  } else {
    const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
      const row = lcs[i] as Uint32Array;
      const below = lcs[i + 1] as Uint32Array;
      for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number);
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[i] === b[j]) {
        aChanged[i++] = false;
        bChanged[j++] = false;
      } else if ((lcs[i + 1] as Uint32Array)[j] as number >= ((lcs[i] as Uint32Array)[j + 1] as number)) i++;
      else j++;
    }
  }
  const identical = n === m && a.every((line, i) => line === b[i]);
  return { identical, aChanged, bChanged };
}
