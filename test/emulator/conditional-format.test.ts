import { conditionalBackground, createEnvironment } from '../../tools/emulator';

function setup() {
  const env = createEnvironment();
  const app = env.globals.SpreadsheetApp;
  return { env, app, sheet: app.getActiveSheet() };
}

describe('conditional format rules', () => {
  test('the builder records condition, format and ranges; copy() makes an independent builder', () => {
    const { app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenNumberLessThan(0.8)
      .setBackground('#F4CCCC')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('B2:M3')])
      .build();
    const condition = rule.getBooleanCondition()!;
    expect(String(condition.getCriteriaType())).toBe('NUMBER_LESS_THAN');
    expect(condition.getCriteriaValues()).toEqual([0.8]);
    expect([condition.getBackground(), condition.getFontColor(), condition.getBold()]).toEqual([
      '#f4cccc',
      '#990000',
      true,
    ]);
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:M3']);
    const changed = rule.copy().setBackground('#00ff00').build();
    expect(changed.getBooleanCondition()!.getBackground()).toBe('#00ff00');
    expect(rule.getBooleanCondition()!.getBackground()).toBe('#f4cccc');
    const formula = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=B2<B$10')
      .setRanges([sheet.getRange('B2')])
      .build();
    expect(String(formula.getBooleanCondition()!.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(formula.getBooleanCondition()!.getCriteriaValues()).toEqual(['=B2<B$10']);
  });

  test('formula rules shift relative references from the range top-left; $ parts stay', () => {
    const { env, app, sheet } = setup();
    // Row 10 holds targets; B2:M3 actuals. A cell is red when below the target of its column.
    sheet.getRange('B10:D10').setValues([[10, 20, 30]]);
    sheet.getRange('B2:D3').setValues([
      [5, 25, 30],
      [15, 10, 29],
    ]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=B2<B$10')
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('B2:M3')])
        .build(),
    ]);
    const bg = (a1: string) => {
      const r = sheet.getRange(a1);
      return conditionalBackground(sheet, r.getRow(), r.getColumn());
    };
    expect([bg('B2'), bg('C2'), bg('D2')]).toEqual(['#ff0000', null, null]);
    expect([bg('B3'), bg('C3'), bg('D3')]).toEqual([null, '#ff0000', '#ff0000']); // C3: =C3<C$10
    expect(bg('B4')).toBeNull(); // outside the rule's range
    const cells = env.spreadsheet.snapshot().sheets[0].cells;
    expect(cells[2][2].background).toBe('#ff0000');
  });

  test('the first matching rule wins, and only its format applies', () => {
    const { env, app, sheet } = setup();
    sheet.getRange('A1:A4').setValues([[0.5], [0.9], [1.2], ['']]);
    sheet.getRange('A1:A4').setBackground('#eeeeee');
    const range = sheet.getRange('A1:A4');
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(0.8)
        .setBackground('#f4cccc')
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberLessThan(1)
        .setBackground('#fff2cc')
        .setRanges([range])
        .build(),
      app
        .newConditionalFormatRule()
        .whenNumberGreaterThanOrEqualTo(0)
        .setFontColor('#00aa00')
        .setRanges([range])
        .build(),
    ]);
    const col = env.spreadsheet
      .snapshot()
      .sheets[0].cells.map((row) => [row[0].background, row[0].fontColor]);
    expect(col).toEqual([
      ['#f4cccc', null], // first rule
      ['#fff2cc', null], // second rule
      ['#eeeeee', '#00aa00'], // third rule: font only, own background stays
      ['#eeeeee', null], // empty cells match no number rule
    ]);
  });

  test('whenNumberBetween is inclusive', () => {
    const { env, app, sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenNumberBetween(2, 3)
        .setBackground('#0000ff')
        .setRanges([sheet.getRange('A1:A3')])
        .build(),
    ]);
    expect(env.spreadsheet.snapshot().sheets[0].cells.map((r) => r[0].background)).toEqual([
      null,
      '#0000ff',
      '#0000ff',
    ]);
  });

  test('setConditionalFormatRules replaces the whole list; get returns rules that can be passed back', () => {
    const { env, app, sheet } = setup();
    const r = (color: string) =>
      app
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setBackground(color)
        .setRanges([sheet.getRange('A1')])
        .build();
    sheet.setConditionalFormatRules([r('#111111'), r('#222222')]);
    sheet.setConditionalFormatRules([r('#333333')]);
    expect(
      sheet.getConditionalFormatRules().map((rule) => rule.getBooleanCondition()!.getBackground()),
    ).toEqual(['#333333']);
    const kept = sheet.getConditionalFormatRules();
    kept.push(r('#444444'));
    sheet.setConditionalFormatRules(kept);
    expect(env.spreadsheet.snapshot().sheets[0].conditionalRules).toBe(2);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });
});
