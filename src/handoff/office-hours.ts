/**
 * Office hours: when staff are on duty. Used for the out-of-hours message and to hold back the "please wait"
 * message at night. Configured with OFFICE_HOURS (and OFFICE_TIMEZONE, default Asia/Ho_Chi_Minh):
 *
 *   OFFICE_HOURS="Mon-Fri 07:30-11:30,13:30-17:00; Sat 07:30-11:30"
 *   OFFICE_HOURS="always"            (every minute is office time, e.g. a 24/7 hotline or tests)
 *
 * Public holidays are not modelled: staff on duty can still take conversations; the message only informs.
 */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export const DEFAULT_OFFICE_HOURS = 'Mon-Fri 07:30-11:30,13:30-17:00';
export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

export interface OfficeHours {
  /** Minutes-of-day ranges [start, end) per weekday (0 = Sunday). */
  ranges: [number, number][][];
  timeZone: string;
  always: boolean;
}

function minutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) throw new Error(`OFFICE_HOURS: "${hhmm}" is not HH:MM`);
  const v = Number(m[1]) * 60 + Number(m[2]);
  if (v > 24 * 60 || Number(m[2]) > 59) throw new Error(`OFFICE_HOURS: "${hhmm}" is out of range`);
  return v;
}

function dayIndex(name: string): number {
  const i = DAYS.indexOf(name.trim().slice(0, 3).toLowerCase() as (typeof DAYS)[number]);
  if (i < 0) throw new Error(`OFFICE_HOURS: unknown day "${name}" (use Mon, Tue, Wed, Thu, Fri, Sat, Sun)`);
  return i;
}

export function parseOfficeHours(spec: string | undefined, timeZone: string | undefined): OfficeHours {
  const tz = timeZone?.trim() || DEFAULT_TIMEZONE;
  new Intl.DateTimeFormat('en-US', { timeZone: tz }); // throws RangeError for an unknown zone
  const text = (spec?.trim() || DEFAULT_OFFICE_HOURS).toLowerCase();
  const ranges: [number, number][][] = DAYS.map(() => []);
  if (text === 'always' || text === '24/7') return { ranges: DAYS.map(() => [[0, 24 * 60]]), timeZone: tz, always: true };
  for (const clause of text.split(';').map((c) => c.trim()).filter(Boolean)) {
    const m = /^([a-z]+(?:\s*-\s*[a-z]+)?(?:\s*,\s*[a-z]+(?:\s*-\s*[a-z]+)?)*)\s+(.+)$/.exec(clause);
    if (!m) throw new Error(`OFFICE_HOURS: cannot read "${clause}" (example: "Mon-Fri 07:30-11:30,13:30-17:00")`);
    const days: number[] = [];
    for (const part of m[1].split(',')) {
      const [a, b] = part.split('-').map((s) => s.trim());
      const from = dayIndex(a);
      const to = b ? dayIndex(b) : from;
      for (let d = from; ; d = (d + 1) % 7) {
        days.push(d);
        if (d === to) break;
      }
    }
    for (const r of m[2].split(',')) {
      const [a, b] = r.split('-');
      if (!b) throw new Error(`OFFICE_HOURS: "${r}" is not a range like 07:30-11:30`);
      const range: [number, number] = [minutes(a), minutes(b)];
      if (range[1] <= range[0]) throw new Error(`OFFICE_HOURS: "${r}" ends before it starts`);
      for (const d of days) ranges[d].push(range);
    }
  }
  return { ranges, timeZone: tz, always: false };
}

function localParts(at: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { day: dayIndex(get('weekday')), minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

export function isOpen(hours: OfficeHours, at: Date): boolean {
  if (hours.always) return true;
  const { day, minute } = localParts(at, hours.timeZone);
  return hours.ranges[day].some(([a, b]) => minute >= a && minute < b);
}

/** The calendar year at `at` in the office's time zone (ticket codes restart each year). */
export function localYear(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(at));
}
