/** Python's `enum`: `PyEnum` and `PyIntEnum`, the bases of a translated `class Color(Enum)` and `class P(IntEnum)`. */
// A translated `class Color(Enum)` extends `PyEnum` and holds each member as a static readonly field
// (`static readonly RED = new Color("RED", 1)`); the constructor records the members in definition
// order, which is what iteration, `len(Color)`, `Color(1)` and `Color["RED"]` read. `PyIntEnum`'s
// members are ints too (CPython 3.11: `str()` and `format()` give the number, comparisons and
// arithmetic use it).
import { KeyError, ValueError, pythonClassName, type AnyClass } from "./exceptions";
import { itemEquals } from "./compare";
import { format } from "./formatSpec";
import { repr } from "./repr";
import { intSubclassMark } from "./intSubclass";
import { strSubclassMark } from "./strSubclass";

const membersOf = new WeakMap<object, PyEnum[]>();

export class PyEnum<V = unknown> {
  static readonly pythonName: string = "Enum";

  constructor(
    readonly name: string,
    readonly value: V,
  ) {
    const cls = this.constructor;
    const members = membersOf.get(cls) ?? [];
    members.push(this);
    membersOf.set(cls, members);
  }

  /** `list(Color)`, `for c in Color`: the members in the order the class defines them. */
  static members<E>(this: { prototype: E }): E[] {
    return [...(membersOf.get(this) ?? [])] as E[];
  }

  /** `Color.__members__`: the members by name (CPython's read-only mapping prints as a dict). */
  static membersByName<E>(this: { prototype: E }): Map<string, E> {
    return new Map((membersOf.get(this) ?? []).map((m) => [m.name, m as E]));
  }

  /** `Color(1)`: the member with that value (a member is itself); ValueError otherwise. */
  static of<E>(this: { prototype: E }, value: unknown): E {
    const members = membersOf.get(this) ?? [];
    if (members.includes(value as PyEnum)) return value as E;
    for (const m of members) if (itemEquals(m.value, value)) return m as E;
    throw new ValueError(`${repr(value)} is not a valid ${pythonClassName(this as unknown as AnyClass)}`);
  }

  /** `Color["RED"]`: the member of that name; KeyError otherwise. */
  static byName<E>(this: { prototype: E }, name: string): E {
    const found = (membersOf.get(this) ?? []).find((m) => m.name === name);
    if (!found) throw new KeyError(name);
    return found as E;
  }

  /** `print(Color)`: `<enum 'Color'>`. */
  static __classRepr__(this: AnyClass): string {
    return `<enum '${pythonClassName(this)}'>`;
  }

  /** `str(Color.RED)`, `print(Color.RED)`: `Color.RED`. */
  toString(): string {
    return `${pythonClassName(this.constructor as AnyClass)}.${this.name}`;
  }

  /** `repr(Color.RED)`: `<Color.RED: 1>`. */
  __repr__(): string {
    return `<${pythonClassName(this.constructor as AnyClass)}.${this.name}: ${repr(this.value)}>`;
  }

  /** `f"{Color.RED:>10}"`: the str() formatted as a string. */
  __format__(spec: string): string {
    return format(this.toString(), spec);
  }
}

/** `class Priority(IntEnum)`: members that are ints (`Priority.HIGH + 1`, `Priority.LOW < Priority.HIGH`, `== 1`). */
export class PyIntEnum extends PyEnum<number> {
  static override readonly pythonName: string = "IntEnum";

  /** Its members are Python ints: ==, <, arithmetic and dict keys use the value (see intSubclass.ts). */
  readonly [intSubclassMark] = true;

  /** `if not Priority.NONE:` an IntEnum member of value 0 is false. */
  __bool__(): boolean {
    return this.value !== 0;
  }

  /** The int itself: JS arithmetic and comparisons use it, and pyEquals/pyCompare unwrap it. */
  override valueOf(): number {
    return this.value;
  }

  __index__(): number {
    return this.value;
  }

  /** `str(Priority.HIGH)` is `2` in 3.11 (IntEnum's str is int's). */
  override toString(): string {
    return repr(this.value);
  }

  override __format__(spec: string): string {
    return format(this.value, spec);
  }
}

/**
 * `class Color(str, Enum)`: members that are strs (`Color.RED == "red"`, the same dict key as `"red"`, sorted as
 * strs), which still print as `Color.RED`, in f-strings too (3.11).
 */
export class PyStrMixinEnum extends PyEnum<string> {
  static override readonly pythonName: string = "Enum";

  /** Its members are Python strs: ==, < and dict keys use the value (see strSubclass.ts). */
  readonly [strSubclassMark] = true;

  /** `if Color.EMPTY:` a member whose str is empty is false. */
  __bool__(): boolean {
    return this.value !== "";
  }

  __len__(): number {
    return [...this.value].length;
  }
}

/** `class Color(StrEnum)` (3.11): str members whose `str()` and format are the value itself. */
export class PyStrEnum extends PyStrMixinEnum {
  static override readonly pythonName: string = "StrEnum";

  override toString(): string {
    return this.value;
  }
}
