/**
 * A teaching note's claims about CPython, JavaScript, Node and TypeScript, each shown by micro-programs
 * that `test/unit/noteClaims.test.ts` runs under python3 and node and whose output it compares with what
 * the claim says. A note without a claim does not typecheck (see index.ts).
 */

/** One program and what running it shows. */
export interface Run {
  readonly code: string;
  /** The whole standard output. */
  readonly stdout: string;
  /** Text the standard error must contain. */
  readonly stderrIncludes?: string;
  /** Exit status (0 unless given). */
  readonly exitCode?: number;
}

/** TypeScript that strict `tsc` must reject with these error codes (TS2362...), or accept (`[]`). */
export interface Compile {
  readonly code: string;
  readonly errors: readonly number[];
}

export interface Claim {
  /** The sentence of the note this shows, in short. */
  readonly says: string;
  /** Run with python3 (CPython 3.11). */
  readonly python?: Run;
  /** Run with python3.12 where the claim is about 3.12. */
  readonly python312?: Run;
  /** Run with node as an ES module (top-level await allowed). */
  readonly js?: Run;
  /** TypeScript compiled by the project's `typescript` to ES2022, then run with node (for syntax node lacks). */
  readonly ts?: Run;
  /** TypeScript type-checked with `strict`. */
  readonly tsc?: Compile;
}

/** A note's claims: at least one, and together they show both languages. */
export type Claims = readonly [Claim, ...Claim[]];

/**
 * A claim tied to one sentence of a hand-written or generated text (a rule of docs/semantics.md, an
 * "Instead" row of docs/constructs.md): `quote` is the sentence, or the part of it the programs show,
 * word for word, so a test can find it there and a reworded sentence loses its claim until it is re-tied.
 */
export interface SentenceClaim extends Claim {
  readonly quote: string;
}

/** A rule's or a row's claims: at least one. */
export type SentenceClaims = readonly [SentenceClaim, ...SentenceClaim[]];
