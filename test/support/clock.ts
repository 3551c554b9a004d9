/** The instant tests pin the add-on's clock to (createEnvironment's and startPreview's `now`). */
export const NOW = '2026-11-15T09:00:00+09:00';

/** Year and month of an instant as the add-on's today() reads them (same process, same time zone). */
export function yearMonth(now: string | Date): { year: number; month: number } {
  const date = new Date(now);
  return { year: date.getFullYear(), month: date.getMonth() + 1 };
}
