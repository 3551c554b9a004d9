import { createEnvironment } from '../../tools/emulator';

describe('performance', () => {
  test('writing a 40x40 block of formulas with one setValues and reading it back is fast', () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    sheet.insertColumnsAfter(26, 14);
    const block = Array.from({ length: 40 }, (_, r) =>
      Array.from({ length: 40 }, (_, c) =>
        r === 0 ? c + 1 : `=ROUNDUP(${col(c)}${r}*1.1+${col(Math.max(c - 1, 0))}${r}/2,0)`,
      ),
    );
    const started = Date.now();
    for (let i = 0; i < 10; i++) {
      sheet.getRange(1, 1, 40, 40).setValues(block);
      const values = sheet.getRange(1, 1, 40, 40).getValues();
      expect(typeof values[39][39]).toBe('number');
    }
    const perRound = (Date.now() - started) / 10;
    expect(perRound).toBeLessThan(500); // about 100 ms on a laptop; the bound catches per-cell recalculation
  });

  test('many small writes cost one recalculation (evaluation is resumed on read)', () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    const started = Date.now();
    for (let r = 1; r <= 200; r++) sheet.getRange(r, 1, 1, 3).setValues([[r, `=A${r}*2`, `=SUM(B$1:B${r})`]]);
    expect(sheet.getRange('C200').getValue()).toBe(200 * 201);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

function col(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : 'A' + String.fromCharCode(65 + index - 26);
}
