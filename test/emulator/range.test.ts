import { createEnvironment } from '../../tools/emulator';

function sheet() {
  return createEnvironment().globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
}

describe('Range.setValues interprets values as Sheets does', () => {
  test('= makes a formula, apostrophe forces text (and is dropped), numeric text becomes a number', () => {
    const s = sheet();
    s.getRange('A1:H1').setValues([
      ['=1+1', '\'=IMPORTXML("x","y")', '123', '1,000', '15%', "'123", true, 'plain'],
    ]);
    expect(s.getRange('A1:H1').getValues()).toEqual([
      [2, '=IMPORTXML("x","y")', 123, 1000, 0.15, '123', true, 'plain'],
    ]);
    expect(s.getRange('A1:H1').getFormulas()).toEqual([['=1+1', '', '', '', '', '', '', '']]);
  });

  test('in a plain-text (@) cell every string stays text, as Sheets keeps it', () => {
    const s = sheet();
    s.getRange('A1:C1').setNumberFormat('@');
    s.getRange('A1:B1').setValues([['007', '=1+1']]);
    s.getRange('C1').setValue('15%');
    expect(s.getRange('A1:C1').getValues()).toEqual([['007', '=1+1', '15%']]);
    s.getRange('B1').setFormula('=1+1');
    expect(s.getRange('B1').getValue()).toBe(2);
  });

  test("'' and null clear a cell", () => {
    const s = sheet();
    s.getRange('A1:B1').setValues([[1, 2]]);
    s.getRange('A1:B1').setValues([['', null]]);
    expect(s.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(s.getLastRow()).toBe(0);
  });

  test('a cell over the 50,000 characters Sheets allows refuses the whole write', () => {
    const s = sheet();
    s.getRange('A1:B1').setValues([['x'.repeat(50000), 'ok']]);
    expect(() => s.getRange('A2:B2').setValues([['y', 'x'.repeat(50001)]])).toThrow(
      'more than the maximum of 50000 characters in a single cell',
    );
    expect(s.getRange('A2:B2').getValues()).toEqual([['', '']]);
  });

  test('dimension mismatches throw with Sheets wording', () => {
    const s = sheet();
    expect(() => s.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      s.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(() => s.getRange('A1:B1').setBackgrounds([['#fff']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => s.getRange('A1:A2').setNumberFormats([['0']])).toThrow(
      /The data has 1 but the range has 2\./,
    );
  });

  test('setValue and setFormula fill the whole range, shifting relative references', () => {
    const s = sheet();
    s.getRange('A1:A3').setValues([[1], [2], [3]]);
    s.getRange('B1:B3').setFormula('=A1*10');
    expect(s.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
    expect(s.getRange('B1:B3').getFormulas()).toEqual([['=A1*10'], ['=A2*10'], ['=A3*10']]);
    s.getRange('C1:C2').setValue('x');
    expect(s.getRange('C1:C2').getValues()).toEqual([['x'], ['x']]);
  });

  test('getFormulas returns what was written; getDisplayValues formats', () => {
    const s = sheet();
    s.getRange('A1:C1').setValues([[1234.5, 0.256, '=A1*2']]);
    s.getRange('A1:C1').setNumberFormats([['#,##0.00', '0.0%', '"¥"#,##0']]);
    expect(s.getRange('A1:C1').getDisplayValues()).toEqual([['1,234.50', '25.6%', '¥2,469']]);
    expect(s.getRange('C1').getFormula()).toBe('=A1*2');
    expect(s.getRange('A1').getFormula()).toBe('');
    expect(s.getRange('A1:C1').getNumberFormats()).toEqual([['#,##0.00', '0.0%', '"¥"#,##0']]);
    expect(s.getRange('D1').getNumberFormat()).toBe('0.###############');
  });

  test('format setters take 2D arrays of the range shape; single-value setters cover the range', () => {
    const s = sheet();
    const r = s.getRange('A1:B2');
    r.setBackgrounds([
      ['#FF0000', null],
      ['#00f', '#ffffff'],
    ])
      .setFontWeights([
        ['bold', 'normal'],
        [null, 'bold'],
      ])
      .setFontColors([
        ['#111111', null],
        [null, null],
      ])
      .setHorizontalAlignments([
        ['center', null],
        ['right', 'left'],
      ])
      .setNotes([
        ['note', null],
        ['', 'n2'],
      ])
      .setWraps([
        [true, false],
        [false, true],
      ])
      .setFontSizes([
        [12, 10],
        [10, 14],
      ]);
    expect(r.getBackgrounds()).toEqual([
      ['#ff0000', '#ffffff'],
      ['#0000ff', '#ffffff'],
    ]);
    expect(r.getFontWeights()).toEqual([
      ['bold', 'normal'],
      ['normal', 'bold'],
    ]);
    expect(r.getNotes()).toEqual([
      ['note', ''],
      ['', 'n2'],
    ]);
    expect(r.getWraps()).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(r.getFontSizes()).toEqual([
      [12, 10],
      [10, 14],
    ]);
    expect(r.getHorizontalAlignments()[0][0]).toBe('center');
    s.getRange('C1:D2')
      .setBackground('#abcdef')
      .setFontWeight('bold')
      .setFontColor('#333333')
      .setNote('n')
      .setWrap(true)
      .setHorizontalAlignment('right')
      .setNumberFormat('0.0');
    expect(s.getRange('C1:D2').getBackgrounds()).toEqual([
      ['#abcdef', '#abcdef'],
      ['#abcdef', '#abcdef'],
    ]);
    expect(s.getRange('D2').getNumberFormat()).toBe('0.0');
    expect(s.getRange('D2').getNote()).toBe('n');
  });

  test('clear, clearContent and clearFormat', () => {
    const s = sheet();
    const r = s.getRange('A1:B1');
    r.setValues([[1, '=A1+1']])
      .setBackground('#ff0000')
      .setNote('keep')
      .setNumberFormat('0.0');
    r.clearFormat();
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(r.getValues()).toEqual([[1, 2]]);
    expect(r.getNote()).toBe('keep');
    r.setBackground('#ff0000');
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackground()).toBe('#ff0000');
    r.setValues([[1, 2]]);
    r.clear();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getBackground()).toBe('#ffffff');
  });

  test('insertCheckboxes makes unchecked (false) checkboxes', () => {
    const env = createEnvironment();
    const s = env.globals.SpreadsheetApp.getActiveSheet();
    s.getRange('A1:A2').insertCheckboxes();
    expect(s.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    expect(s.getRange('A1:A2').isChecked()).toBe(false);
    env.spreadsheet.setCellValueAsUser(s.getName(), 1, 1, true);
    const cells = env.spreadsheet.snapshot().sheets[0].cells;
    expect(cells.map((row) => [row[0].checkbox, row[0].value])).toEqual([
      [true, true],
      [true, false],
    ]);
    const rule = env.globals.SpreadsheetApp.newDataValidation().requireCheckbox().build();
    s.getRange('B1').setDataValidation(rule);
    expect(String(s.getRange('B1').getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
    expect(env.spreadsheet.snapshot().sheets[0].cells[0][1].checkbox).toBe(true);
  });

  test('geometry: A1 notation, row, column, sizes, sheet, offset', () => {
    const s = sheet();
    const r = s.getRange(2, 3, 4, 2);
    expect(r.getA1Notation()).toBe('C2:D5');
    expect([
      r.getRow(),
      r.getColumn(),
      r.getNumRows(),
      r.getNumColumns(),
      r.getLastRow(),
      r.getLastColumn(),
    ]).toEqual([2, 3, 4, 2, 5, 4]);
    expect(r.getSheet().getName()).toBe(s.getName());
    expect(s.getRange('A1').getA1Notation()).toBe('A1');
    expect(r.offset(1, 1).getA1Notation()).toBe('D3:E6');
    expect(r.getCell(2, 2).getA1Notation()).toBe('D3');
    expect(() => s.getRange('AA10')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  test('date-formatted numbers come back as Dates; date text becomes a date serial', () => {
    const s = sheet();
    s.getRange('A1:B1').setValues([['2024-04-01', 45383]]);
    s.getRange('B1').setNumberFormat('yyyy-mm');
    const [[a, b]] = s.getRange('A1:B1').getValues() as Date[][];
    expect(a).toBeInstanceOf(Date);
    expect(a.toISOString()).toBe('2024-03-31T15:00:00.000Z'); // midnight in Asia/Tokyo
    expect(b.toISOString()).toBe('2024-03-31T15:00:00.000Z');
    expect(s.getRange('A1:B1').getDisplayValues()).toEqual([['2024-04-01', '2024-04']]);
  });

  test('date-time text becomes a date serial with its time of day; an impossible time stays text', () => {
    const s = sheet();
    s.getRange('A1:C1').setValues([['2026-04-01 10:00', '2026/04/01 23:59:30', '2026-04-01 25:00']]);
    const [[a, b, c]] = s.getRange('A1:C1').getValues() as unknown[][];
    expect((a as Date).toISOString()).toBe('2026-04-01T01:00:00.000Z'); // 10:00 in Asia/Tokyo
    expect((b as Date).toISOString()).toBe('2026-04-01T14:59:30.000Z');
    expect(c).toBe('2026-04-01 25:00');
    expect(s.getRange('A1').getDisplayValue()).toBe('2026-04-01 10:00:00');
  });

  test('developer metadata only on whole rows or columns', () => {
    const s = sheet();
    expect(() => s.getRange('A1:B2').addDeveloperMetadata('k', 'v')).toThrow(
      /arbitrary ranges is not currently supported/,
    );
    s.getRange('3:3').addDeveloperMetadata('row', 'three');
    expect(
      s
        .getRange('3:3')
        .getDeveloperMetadata()
        .map((m) => [m.getKey(), m.getValue()]),
    ).toEqual([['row', 'three']]);
  });
});
