/** time.strftime() and time.ctime(): the wall-clock time as CPython shows it on Linux (C locale), read from the program's clock. */
// On the virtual clock a program that sleeps 2 s shows a time 2 s later, as CPython would, without the wait.
import { epochSeconds } from "./timeModule";

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The broken-down time of `seconds` since the epoch, local (time.localtime) or UTC (time.gmtime). */
export interface Fields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
  readonly yearDay: number;
  readonly offsetMinutes: number;
  readonly zone: string;
  readonly epoch: number;
  readonly utc: boolean;
}

export function fieldsOf(seconds: number, utc: boolean): Fields {
  const epoch = Math.floor(seconds);
  const d = new Date(epoch * 1000);
  const year = utc ? d.getUTCFullYear() : d.getFullYear();
  const month = utc ? d.getUTCMonth() : d.getMonth();
  const day = utc ? d.getUTCDate() : d.getDate();
  const startOfYear = Date.UTC(year, 0, 1);
  const yearDay = Math.round((Date.UTC(year, month, day) - startOfYear) / 86_400_000);
  const offsetMinutes = utc ? 0 : -d.getTimezoneOffset();
  return {
    year,
    month,
    day,
    hour: utc ? d.getUTCHours() : d.getHours(),
    minute: utc ? d.getUTCMinutes() : d.getMinutes(),
    second: utc ? d.getUTCSeconds() : d.getSeconds(),
    weekday: utc ? d.getUTCDay() : d.getDay(),
    yearDay,
    offsetMinutes,
    zone: utc ? "GMT" : zoneName(d),
    epoch,
    utc,
  };
}

function zoneName(d: Date): string {
  const part = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((p) => p.type === "timeZoneName");
  return part?.value ?? "";
}

/** `n` in `width` digits (or padded with `fill`), as C's %02d. */
export const padded = (n: number, width = 2, fill = "0"): string => String(n).padStart(width, fill);

/** The week of the year whose weeks start on `firstDay` (0 Sunday, 1 Monday), as %U and %W count them. */
function weekOfYear(t: Fields, firstDay: number): number {
  const weekday = (t.weekday - firstDay + 7) % 7;
  return Math.floor((t.yearDay + 7 - weekday) / 7);
}

function directive(t: Fields, c: string): string | null {
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (c) {
    case "a": return DAYS[t.weekday]!.slice(0, 3);
    case "A": return DAYS[t.weekday]!;
    case "b":
    case "h": return MONTHS[t.month]!.slice(0, 3);
    case "B": return MONTHS[t.month]!;
    case "c": return `${directive(t, "a")} ${directive(t, "b")} ${padded(t.day, 2, " ")} ${directive(t, "X")} ${t.year}`;
    case "C": return padded(Math.floor(t.year / 100));
    case "d": return padded(t.day);
    case "D":
    case "x": return `${padded(t.month + 1)}/${padded(t.day)}/${padded(t.year % 100)}`;
    case "e": return padded(t.day, 2, " ");
    case "F": return `${t.year}-${padded(t.month + 1)}-${padded(t.day)}`;
    case "H": return padded(t.hour);
    case "I": return padded(hour12);
    case "j": return padded(t.yearDay + 1, 3);
    case "k": return padded(t.hour, 2, " ");
    case "l": return padded(hour12, 2, " ");
    case "m": return padded(t.month + 1);
    case "M": return padded(t.minute);
    case "n": return "\n";
    case "p": return t.hour < 12 ? "AM" : "PM";
    case "P": return t.hour < 12 ? "am" : "pm";
    case "R": return `${padded(t.hour)}:${padded(t.minute)}`;
    // glibc reads the broken-down time back as a local time (mktime), even one that time.gmtime() gave.
    case "s": return String(t.utc ? new Date(t.year, t.month, t.day, t.hour, t.minute, t.second).getTime() / 1000 : t.epoch);
    case "S": return padded(t.second);
    case "t": return "\t";
    case "T":
    case "X": return `${padded(t.hour)}:${padded(t.minute)}:${padded(t.second)}`;
    case "u": return String(t.weekday === 0 ? 7 : t.weekday);
    case "U": return padded(weekOfYear(t, 0));
    case "w": return String(t.weekday);
    case "W": return padded(weekOfYear(t, 1));
    case "y": return padded(t.year % 100);
    case "Y": return String(t.year);
    case "z": {
      const m = Math.abs(t.offsetMinutes);
      return `${t.offsetMinutes < 0 ? "-" : "+"}${padded(Math.floor(m / 60))}${padded(m % 60)}`;
    }
    case "Z": return t.zone;
    case "%": return "%";
    default: return null;
  }
}

/**
 * time.strftime(format[, t]): `seconds` is the time given as time.localtime(seconds) or time.gmtime(seconds)
 * (`utc`), the program's current time when absent. A directive glibc does not know is kept as written.
 */
export function strftime(format: string, seconds?: number, utc = false): string {
  return formatTime(format, fieldsOf(seconds ?? epochSeconds(), utc));
}

/** `format` with each directive replaced by its text for `t`; `own` answers first (datetime's %f, a naive %z). */
export function formatTime(format: string, t: Fields, own?: (c: string) => string | null): string {
  return format.replace(/%(.?)/gs, (whole, c: string) => own?.(c) ?? directive(t, c) ?? whole);
}

/** time.ctime([seconds]): `Mon Dec  7 02:12:41 2026`. */
export function ctime(seconds?: number): string {
  return strftime("%c", seconds);
}
