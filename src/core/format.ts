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
