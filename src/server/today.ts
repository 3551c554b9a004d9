/** Parts of an instant's wall clock in a time zone (the spreadsheet's). */
function wallClock(date: Date, timeZone: string): Record<string, string> {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(date)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
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
