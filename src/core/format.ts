/** 22223 -> "22,223": plain grouping that behaves the same in Apps Script, browsers and Node. */
export function groupThousands(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** 0.2345 -> "23.5%". */
export function percent(value: number, decimals = 1): string {
  return `${(value * 100).toFixed(decimals)}%`;
}

/** Drops floating-point noise from a computed number: 0.15 / 100 is 0.0015000000000000002. */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** 0.15 -> 15: a fraction as the number a percent field shows (0.07 * 100 is 7.000000000000001). */
export function percentNumber(fraction: number): number {
  return tidy(fraction * 100);
}

/** 0.15 -> "15%", 0.0015 -> "0.15%": a fraction as a user types it, rounded no further than the noise. */
export function percentAsTyped(fraction: number): string {
  return `${percentNumber(fraction)}%`;
}
