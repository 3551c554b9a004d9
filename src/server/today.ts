const formats = new Map<string, Intl.DateTimeFormat>();

/** Parts of an instant's wall clock in a time zone (the spreadsheet's); one formatter per zone. */
function wallClock(date: Date, timeZone: string): Record<string, string> {
  let format = formats.get(timeZone);
  if (!format) formats.set(timeZone, (format = formatFor(timeZone)));
  const parts: Record<string, string> = {};
  for (const p of format.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

function formatFor(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
}

/** The calendar date today in a time zone (the spreadsheet's), as ISO 'YYYY-MM-DD'. */
export function todayIn(timeZone: string): string {
  return isoDateTimeIn(new Date(), timeZone).slice(0, 10);
}

/** An instant as ISO 'YYYY-MM-DD' in a time zone, with ' HH:MM:SS' when it is not midnight there. */
export function isoDateTimeIn(date: Date, timeZone: string): string {
  const p = wallClock(date, timeZone);
  const day = `${p.year}-${p.month}-${p.day}`;
  const time = `${p.hour}:${p.minute}:${p.second}`;
  return time === '00:00:00' ? day : `${day} ${time}`;
}
