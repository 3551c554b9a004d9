/** Sheets (and HyperFormula) count days from 1899-12-30, which is serial 0. */
const EPOCH_UTC_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hours: number;
  minutes: number;
  seconds: number;
  weekday: number; // 0 = Sunday
}

export function serialToWallClock(serial: number): WallClock {
  const ms = Math.round(serial * DAY_MS) + EPOCH_UTC_MS;
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hours: d.getUTCHours(),
    minutes: d.getUTCMinutes(),
    seconds: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

export function wallClockToSerial(year: number, month: number, day: number, seconds = 0): number {
  return (Date.UTC(year, month - 1, day) - EPOCH_UTC_MS) / DAY_MS + seconds / 86_400;
}

/** Milliseconds the zone's wall clock is ahead of UTC at the given instant. */
function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/** The instant a serial means in the spreadsheet's time zone, as getValues() returns it. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wallMs = Math.round(serial * DAY_MS) + EPOCH_UTC_MS;
  const offset = zoneOffsetMs(timeZone, wallMs - zoneOffsetMs(timeZone, wallMs));
  return new Date(wallMs - offset);
}

export function dateToSerial(date: Date, timeZone: string): number {
  const wallMs = date.getTime() + zoneOffsetMs(timeZone, date.getTime());
  return (wallMs - EPOCH_UTC_MS) / DAY_MS;
}
