/** Font size of a Sheets cell in pixels (Arial 10 pt). */
export const CELL_FONT_PX = 13.33;

const NARROW = new Set("iIjlft.,:;'|!()[]{} `".split(''));
const WIDE = new Set('mwMW@%'.split(''));

/** Full-width characters: CJK ideographs, kana, full-width forms and punctuation. */
const isFullWidth = (code: number) =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6);

/** Width of one character in ems of a proportional sans-serif font (Arial's metrics, rounded up). */
function charEms(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (isFullWidth(code)) return 1;
  if (NARROW.has(char)) return 0.3;
  if (WIDE.has(char)) return 0.9;
  if (char >= 'A' && char <= 'Z') return 0.7;
  if (char >= '0' && char <= '9') return 0.56;
  if (code < 0x80) return 0.56;
  return 0.62;
}

/**
 * How wide a line of text renders, in pixels, estimated a little generously so that a column sized
 * with it never cuts the text off. Bold text is wider.
 */
export function textWidth(text: string, options: { px?: number; bold?: boolean } = {}): number {
  const px = options.px ?? CELL_FONT_PX;
  let ems = 0;
  for (const char of text) ems += charEms(char);
  return ems * px * (options.bold ? 1.08 : 1);
}
