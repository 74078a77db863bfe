/** datetime's datetime, date, time and timedelta as programs print them: naive local times read from the program's clock. */
// Naive datetimes compute on their fields as if they were UTC (no daylight saving in arithmetic), as CPython's do.
import { NotImplemented } from "./compare";
import { NotImplementedError, ValueError } from "./exceptions";
import { operandTypeError } from "./operands";
import { repr } from "./repr";
import { epochSeconds } from "./timeModule";
import { fieldsOf, formatTime, padded, type Fields } from "./wallClock";

const MICRO = 1_000_000;
const DAY_MICRO = 86_400 * MICRO;

/** Rounds half to even, as CPython rounds a timedelta's microseconds. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Values that compare, and are equal as dict keys and set members (PyDict and PySet read `pythonKey`), by one
 * number: a timedelta's microseconds, a date's day. A value of another class is not theirs to compare.
 */
export abstract class ValueOrdered {
  abstract orderKey(): number;

  __eq__(other: unknown): boolean | typeof NotImplemented {
    return this.compareWith(other, (a, b) => a === b);
  }

  __lt__(other: unknown): boolean | typeof NotImplemented {
    return this.compareWith(other, (a, b) => a < b);
  }

  pythonKey(): string {
    return `${(this.constructor as { pythonName?: string }).pythonName ?? ""}:${this.orderKey()}`;
  }

  private compareWith(other: unknown, test: (a: number, b: number) => boolean): boolean | typeof NotImplemented {
    return other instanceof (this.constructor as abstract new (...args: never[]) => ValueOrdered) ? test(this.orderKey(), other.orderKey()) : NotImplemented;
  }
}

/** A naive date and time's own directives: %f, and %z/%Z, which are empty without a time zone. */
const naiveDirective = (microsecond: number) => (c: string): string | null => (c === "f" ? padded(microsecond, 6) : c === "z" || c === "Z" ? "" : null);

/** What a timedelta is made of, as Python's keyword arguments name them. */
export interface TimedeltaParts {
  readonly days?: number;
  readonly seconds?: number;
  readonly microseconds?: number;
  readonly milliseconds?: number;
  readonly minutes?: number;
  readonly hours?: number;
  readonly weeks?: number;
}

/** datetime.timedelta: days, seconds (0 to 86399) and microseconds (0 to 999999), normalised as CPython's. */
export class PyTimedelta extends ValueOrdered {
  static readonly pythonName = "timedelta";
  /** The name CPython's error messages give the type (a C type's includes its module). */
  static readonly typeName = "datetime.timedelta";
  static readonly pythonModule = "datetime";
  readonly days: number;
  readonly seconds: number;
  readonly microseconds: number;

  /** `timedelta(days=1, hours=2)` is `new PyTimedelta({ days: 1, hours: 2 })`. */
  constructor({ days = 0, seconds = 0, microseconds = 0, milliseconds = 0, minutes = 0, hours = 0, weeks = 0 }: TimedeltaParts = {}) {
    super();
    const total = roundHalfEven(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * MICRO + milliseconds * 1000 + microseconds);
    this.days = Math.floor(total / DAY_MICRO);
    const rest = total - this.days * DAY_MICRO;
    this.seconds = Math.floor(rest / MICRO);
    this.microseconds = rest - this.seconds * MICRO;
  }

  static ofMicroseconds(total: number): PyTimedelta {
    return new PyTimedelta({ microseconds: total });
  }

  totalMicroseconds(): number {
    return this.days * DAY_MICRO + this.seconds * MICRO + this.microseconds;
  }

  /** td.total_seconds() */
  totalSeconds(): number {
    return this.totalMicroseconds() / MICRO;
  }

  add(other: PyTimedelta): PyTimedelta {
    return PyTimedelta.ofMicroseconds(this.totalMicroseconds() + other.totalMicroseconds());
  }

  sub(other: PyTimedelta): PyTimedelta {
    return PyTimedelta.ofMicroseconds(this.totalMicroseconds() - other.totalMicroseconds());
  }

  override orderKey(): number {
    return this.totalMicroseconds();
  }

  /** `3 days, 4:05:06.000007`, `0:00:02`, `-1 day, 23:59:59`. */
  override toString(): string {
    const clock = `${Math.floor(this.seconds / 3600)}:${padded(Math.floor(this.seconds / 60) % 60)}:${padded(this.seconds % 60)}`;
    const days = this.days === 0 ? "" : `${this.days} day${Math.abs(this.days) === 1 ? "" : "s"}, `;
    return `${days}${clock}${this.microseconds === 0 ? "" : `.${padded(this.microseconds, 6)}`}`;
  }

  __repr__(): string {
    const parts = [["days", this.days], ["seconds", this.seconds], ["microseconds", this.microseconds]].filter(([, v]) => v !== 0);
    return `datetime.timedelta(${parts.length === 0 ? "0" : parts.map(([k, v]) => `${k}=${v}`).join(", ")})`;
  }
}

/** Milliseconds in a day: dates count whole days. */
const DAY_MS = 86_400_000;

/** datetime.date */
export class PyDate extends ValueOrdered {
  static readonly pythonName = "date";
  /** The name CPython's error messages give the type (a C type's includes its module). */
  static readonly typeName = "datetime.date";
  static readonly pythonModule = "datetime";
  constructor(readonly year: number, readonly month: number, readonly day: number) {
    super();
    checkDate(year, month, day);
  }

  static today(): PyDate {
    return PyDateTime.now().date();
  }

  /** date.fromisoformat("2024-01-31"). */
  static fromisoformat(text: string): PyDate {
    const parts = isoParts(text, false);
    return new PyDate(parts[0], parts[1], parts[2]);
  }

  /** d.replace(day=1): a copy with those fields changed. */
  replace(changes: Partial<Pick<PyDate, "year" | "month" | "day">>): PyDate {
    return new PyDate(changes.year ?? this.year, changes.month ?? this.month, changes.day ?? this.day);
  }

  isoformat(): string {
    return `${padded(this.year, 4)}-${padded(this.month)}-${padded(this.day)}`;
  }

  /** Days since 1970-01-01 (negative before), what date arithmetic works on. */
  private epochDays(): number {
    return Date.UTC(this.year, this.month - 1, this.day) / DAY_MS;
  }

  private static ofEpochDays(days: number): PyDate {
    const d = new Date(days * DAY_MS);
    return new PyDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }

  /** `date + timedelta`: only the timedelta's days count, as in Python. */
  add(other: PyTimedelta): PyDate {
    return PyDate.ofEpochDays(this.epochDays() + other.days);
  }

  /** `a - b`: the days between two dates, or an earlier date for a timedelta (its days only). */
  sub(other: PyDate): PyTimedelta;
  sub(other: PyTimedelta): PyDate;
  sub(other: PyDate | PyTimedelta): PyTimedelta | PyDate {
    if (other instanceof PyTimedelta) return PyDate.ofEpochDays(this.epochDays() - other.days);
    return PyTimedelta.ofMicroseconds((this.epochDays() - other.epochDays()) * DAY_MS * 1000);
  }

  /** Monday is 0 and Sunday 6. */
  weekday(): number {
    return (new Date(this.epochDays() * DAY_MS).getUTCDay() + 6) % 7;
  }

  /** Monday is 1 and Sunday 7. */
  isoweekday(): number {
    return this.weekday() + 1;
  }

  strftime(format: string): string {
    return formatTime(format, naiveFields(this.year, this.month, this.day, 0, 0, 0), naiveDirective(0));
  }

  override orderKey(): number {
    return Date.UTC(this.year, this.month - 1, this.day);
  }

  override toString(): string {
    return this.isoformat();
  }

  __repr__(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }
}

/** datetime.time */
export class PyTime extends ValueOrdered {
  static readonly pythonName = "time";
  /** The name CPython's error messages give the type (a C type's includes its module). */
  static readonly typeName = "datetime.time";
  static readonly pythonModule = "datetime";
  constructor(readonly hour = 0, readonly minute = 0, readonly second = 0, readonly microsecond = 0) {
    super();
    checkTime(hour, minute, second, microsecond);
  }

  /** t.replace(second=0): a copy with those fields changed. */
  replace(changes: Partial<Pick<PyTime, "hour" | "minute" | "second" | "microsecond">>): PyTime {
    const c = { ...this, ...changes };
    return new PyTime(c.hour, c.minute, c.second, c.microsecond);
  }

  isoformat(): string {
    return `${padded(this.hour)}:${padded(this.minute)}:${padded(this.second)}${this.microsecond === 0 ? "" : `.${padded(this.microsecond, 6)}`}`;
  }

  strftime(format: string): string {
    return formatTime(format, naiveFields(1900, 1, 1, this.hour, this.minute, this.second), naiveDirective(this.microsecond));
  }

  override orderKey(): number {
    return ((this.hour * 60 + this.minute) * 60 + this.second) * MICRO + this.microsecond;
  }

  override toString(): string {
    return this.isoformat();
  }

  __repr__(): string {
    return `datetime.time(${trailingFields([this.hour, this.minute], [this.second, this.microsecond])})`;
  }
}

/** The fields CPython's repr shows: those given, without trailing zeros after `required`. */
function trailingFields(required: readonly number[], optional: readonly number[]): string {
  const shown = [...optional];
  while (shown.length > 0 && shown[shown.length - 1] === 0) shown.pop();
  return [...required, ...shown].join(", ");
}

function naiveFields(year: number, month: number, day: number, hour: number, minute: number, second: number): Fields {
  return fieldsOf(Date.UTC(year, month - 1, day, hour, minute, second) / 1000, true);
}

/** datetime.datetime without a time zone (naive), as `datetime.now()` gives it. */
export class PyDateTime extends ValueOrdered {
  static readonly pythonName = "datetime";
  /** The name CPython's error messages give the type (a C type's includes its module). */
  static readonly typeName = "datetime.datetime";
  static readonly pythonModule = "datetime";
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
    readonly hour = 0,
    readonly minute = 0,
    readonly second = 0,
    readonly microsecond = 0,
  ) {
    super();
    checkDate(year, month, day);
    checkTime(hour, minute, second, microsecond);
  }

  /** datetime.fromisoformat("2024-01-31T12:30:00"): the naive forms (a date, then ` ` or `T` and a time). */
  static fromisoformat(text: string): PyDateTime {
    const [year, month, day, hour, minute, second, microsecond] = isoParts(text, true);
    return new PyDateTime(year, month, day, hour, minute, second, microsecond);
  }

  /** dt.replace(hour=0, minute=0): a copy with those fields changed. */
  replace(changes: Partial<Pick<PyDateTime, "year" | "month" | "day" | "hour" | "minute" | "second" | "microsecond">>): PyDateTime {
    const c = { ...this, ...changes };
    return new PyDateTime(c.year, c.month, c.day, c.hour, c.minute, c.second, c.microsecond);
  }

  /** datetime.now(): the local time on the program's clock. */
  static now(): PyDateTime {
    return PyDateTime.fromtimestamp(epochSeconds());
  }

  /** datetime.utcnow(): the UTC time on the program's clock, naive. */
  static utcnow(): PyDateTime {
    return PyDateTime.fromtimestamp(epochSeconds(), true);
  }

  static fromtimestamp(seconds: number, utc = false): PyDateTime {
    const whole = Math.floor(seconds);
    const microsecond = Math.min(MICRO - 1, roundHalfEven((seconds - whole) * MICRO));
    const t = fieldsOf(whole, utc);
    return new PyDateTime(t.year, t.month + 1, t.day, t.hour, t.minute, t.second, microsecond);
  }

  /** Microseconds since the epoch, reading the fields as UTC: what naive arithmetic works on. */
  private naiveMicroseconds(): number {
    return Date.UTC(this.year, this.month - 1, this.day, this.hour, this.minute, this.second) * 1000 + this.microsecond;
  }

  private static ofNaiveMicroseconds(total: number): PyDateTime {
    const micro = ((total % MICRO) + MICRO) % MICRO;
    const t = fieldsOf((total - micro) / MICRO, true);
    return new PyDateTime(t.year, t.month + 1, t.day, t.hour, t.minute, t.second, micro);
  }

  /** `a - b`: a timedelta between two datetimes, an earlier datetime for a timedelta. */
  sub(other: PyDateTime): PyTimedelta;
  sub(other: PyTimedelta): PyDateTime;
  sub(other: PyDateTime | PyTimedelta): PyTimedelta | PyDateTime {
    if (other instanceof PyTimedelta) return PyDateTime.ofNaiveMicroseconds(this.naiveMicroseconds() - other.totalMicroseconds());
    return PyTimedelta.ofMicroseconds(this.naiveMicroseconds() - other.naiveMicroseconds());
  }

  add(other: PyTimedelta): PyDateTime {
    return PyDateTime.ofNaiveMicroseconds(this.naiveMicroseconds() + other.totalMicroseconds());
  }

  /** dt.timestamp(): the fields read as a local time. */
  timestamp(): number {
    return new Date(this.year, this.month - 1, this.day, this.hour, this.minute, this.second).getTime() / 1000 + this.microsecond / MICRO;
  }

  /** Monday is 0 and Sunday 6. */
  weekday(): number {
    return this.date().weekday();
  }

  /** Monday is 1 and Sunday 7. */
  isoweekday(): number {
    return this.date().isoweekday();
  }

  date(): PyDate {
    return new PyDate(this.year, this.month, this.day);
  }

  time(): PyTime {
    return new PyTime(this.hour, this.minute, this.second, this.microsecond);
  }

  isoformat(sep = "T"): string {
    return `${this.date().isoformat()}${sep}${this.time().isoformat()}`;
  }

  strftime(format: string): string {
    return formatTime(format, naiveFields(this.year, this.month, this.day, this.hour, this.minute, this.second), naiveDirective(this.microsecond));
  }

  override orderKey(): number {
    return this.naiveMicroseconds();
  }

  override toString(): string {
    return this.isoformat(" ");
  }

  __repr__(): string {
    return `datetime.datetime(${trailingFields([this.year, this.month, this.day, this.hour, this.minute], [this.second, this.microsecond])})`;
  }
}

/**
 * The fields of an ISO date (`2024-01-31`), or with `withTime` also of a datetime (`2024-01-31 12:30`,
 * `2024-01-31T12:30:05.5`): CPython 3.11's naive forms; anything else (a UTC offset too) is its ValueError.
 */
function isoParts(text: string, withTime: boolean): [number, number, number, number, number, number, number] {
  const time = withTime ? String.raw`(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6}))?)?)?)?` : "";
  // An aware datetime (`...Z`, `...+02:00`) has a tzinfo, which the runtime's datetimes do not: said as such, not as a bad string.
  if (withTime && /[T ]\d{2}.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(text)) throw new NotImplementedError(`asyncio-ts: a datetime with a UTC offset (tzinfo) is not supported: ${repr(text)}`);
  const match = new RegExp(String.raw`^(\d{4})-?(\d{2})-?(\d{2})${time}$`).exec(text);
  if (!match) throw new ValueError(`Invalid isoformat string: ${repr(text)}`);
  const fraction = match[7] === undefined ? 0 : Number(match[7].padEnd(6, "0"));
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(match[i] ?? 0)) as [number, number, number, number, number, number];
  return [year, month, day, hour, minute, second, fraction];
}

/** The checks (and ValueErrors) of CPython's date constructor. */
function checkDate(year: number, month: number, day: number): void {
  if (year < 1 || year > 9999) throw new ValueError(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw new ValueError("month must be in 1..12");
  if (day < 1 || day > daysIn(year, month)) throw new ValueError("day is out of range for month");
}

/** The checks of CPython's time constructor. */
function checkTime(hour: number, minute: number, second: number, microsecond: number): void {
  if (hour < 0 || hour > 23) throw new ValueError("hour must be in 0..23");
  if (minute < 0 || minute > 59) throw new ValueError("minute must be in 0..59");
  if (second < 0 || second > 59) throw new ValueError("second must be in 0..59");
  if (microsecond < 0 || microsecond > 999999) throw new ValueError("microsecond must be in 0..999999");
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type DateValue = PyTimedelta | PyDate | PyDateTime;

/**
 * `a + b` or `a - b` of datetime values where an operand may be None (an attribute set to None until the
 * program gives it a time): the operation, or CPython's TypeError for the None.
 */
export function datetimeOperation(op: "+" | "-", a: DateValue | null, b: DateValue | null): DateValue {
  if (a === null || b === null) throw operandTypeError(op, a, b);
  return (op === "+" ? (a as PyDateTime).add(b as PyTimedelta) : (a as PyDateTime).sub(b as PyDateTime)) as DateValue;
}
