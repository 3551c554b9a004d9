import { createEnvironment } from '../../tools/emulator';

// Speed itself is measured by `npm run bench` (bench: emulator ...); here, the work done.
describe('the formula engine recalculates once per batch of writes', () => {
  test('a 40x40 block of formulas written with one setValues and read back costs one recalculation', () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    sheet.insertColumnsAfter(26, 14);
    for (let round = 1; round <= 3; round++) {
      const before = env.recalculations();
      sheet.getRange(1, 1, 40, 40).setValues(formulaBlock(round));
      const values = sheet.getRange(1, 1, 40, 40).getValues();
      expect(values[0][0]).toBe(round);
      expect(typeof values[39][39]).toBe('number');
      expect(env.recalculations() - before).toBe(1);
    }
  });

  test('many small writes cost one recalculation: evaluation is resumed on read', () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    const before = env.recalculations();
    for (let r = 1; r <= 200; r++) sheet.getRange(r, 1, 1, 3).setValues([[r, `=A${r}*2`, `=SUM(B$1:B${r})`]]);
    expect(env.recalculations()).toBe(before);
    expect(sheet.getRange('C200').getValue()).toBe(200 * 201);
    expect(env.recalculations() - before).toBe(1);
    // A read that follows nothing new costs nothing; a read after each write costs one each.
    sheet.getRange('C1:C200').getValues();
    expect(env.recalculations() - before).toBe(1);
    for (let r = 1; r <= 5; r++) {
      sheet.getRange(r, 1).setValue(r + 1);
      sheet.getRange('C200').getValue();
    }
    expect(env.recalculations() - before).toBe(6);
  });
});

/** Row 1 holds `first`, 2, 3...; every cell below is a formula of the two above it. */
function formulaBlock(first = 1): (number | string)[][] {
  return Array.from({ length: 40 }, (_, r) =>
    Array.from({ length: 40 }, (_, c) =>
      r === 0 ? c + first : `=ROUNDUP(${col(c)}${r}*1.1+${col(Math.max(c - 1, 0))}${r}/2,0)`,
    ),
  );
}

function col(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : 'A' + String.fromCharCode(65 + index - 26);
}
