/**
 * The sentences of docs/semantics.md's rules and of docs/constructs.md's "Instead" rows are tied to claims
 * (test/claims), which test/unit/noteClaims.test.ts runs: a rule or row without a claim, a claim whose
 * sentence is gone or reworded, or a claim left over, fails here.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asyncioApi, impossibleModules, qualifiedApiName } from "../../src/translate/asyncioApi";
import type { SentenceClaims } from "../claims/claim";
import { insteadClaims, semanticsClaims } from "../claims";

/** Line breaks and runs of spaces do not count: a wrapped paragraph still holds its sentence. */
const flat = (text: string) => text.replace(/\s+/g, " ");

function assertTied(owner: string, text: string, claims: SentenceClaims | undefined): void {
  assert.ok(claims, `${owner}: no claims`);
  for (const c of claims) assert.ok(flat(text).includes(flat(c.quote)), `${owner}: the claim "${c.says}" quotes words it does not have:\n${c.quote}`);
  assert.ok(claims.some((c) => c.python || c.python312), `${owner}: no Python program`);
  assert.ok(claims.some((c) => c.js || c.ts || c.tsc), `${owner}: no JavaScript or TypeScript program`);
}

describe("semantics rules and Instead rows: every one is tied to its claims", () => {
  it("every rule of docs/semantics.md names its claims, and quotes its own sentences", () => {
    const doc = readFileSync(path.join(__dirname, "..", "..", "docs", "semantics.md"), "utf8");
    const rules = doc.split(/^(?=## )/m).slice(1);
    const named = new Set<string>();
    for (const rule of rules) {
      const title = rule.slice(3, rule.indexOf("\n"));
      const ids = [...rule.matchAll(/<!-- claims: (\w+)/g)].map((m) => m[1]!);
      assert.equal(ids.length, 1, `${title}: one <!-- claims: id --> marker, not ${ids.length}`);
      const id = ids[0]!;
      assert.ok(!named.has(id), `${id} marks two rules`);
      named.add(id);
      assertTied(title, rule, (semanticsClaims as Record<string, SentenceClaims>)[id]);
    }
    assert.deepEqual(Object.keys(semanticsClaims).filter((id) => !named.has(id)), [], "claims of no rule");
  });

  it("every Instead row of docs/constructs.md has claims that quote it", () => {
    const rows = new Map<string, string>([
      ...asyncioApi.filter((e) => e.status === "impossible").map((e): [string, string] => [qualifiedApiName(e), e.suggestion ?? ""]),
      ...[...impossibleModules].map(([name, suggestion]): [string, string] => [`import ${name}`, suggestion]),
    ]);
    for (const [name, suggestion] of rows) assertTied(name, suggestion, (insteadClaims as Record<string, SentenceClaims>)[name]);
    assert.deepEqual(Object.keys(insteadClaims).filter((name) => !rows.has(name)), [], "claims of no row");
  });
});
