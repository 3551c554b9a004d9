/** Utilities.formatString: a small sprintf (%s, %d, %i, %f with optional width and precision, %%). */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return template.replace(
    /%(-?)(\d*)(?:\.(\d+))?([sdif%])/g,
    (_m, left: string, width: string, precision: string | undefined, type: string) => {
      if (type === '%') return '%';
      const arg = args[next++];
      let text: string;
      if (type === 'd' || type === 'i') text = String(Math.trunc(Number(arg)));
      else if (type === 'f')
        text = precision === undefined ? String(Number(arg)) : Number(arg).toFixed(Number(precision));
      else text = String(arg);
      const pad = Number(width || 0);
      return left ? text.padEnd(pad) : text.padStart(pad);
    },
  );
}

export const fakeUtilities = {
  formatString,
  sleep(_milliseconds: number): void {
    // Time does not pass in the emulator.
  },
};
