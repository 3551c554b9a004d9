import { createEnvironment } from '../../tools/emulator';

function setup() {
  const env = createEnvironment();
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, ss, sheet: ss.getActiveSheet() };
}

describe('formulas compute with HyperFormula', () => {
  test('the worked example and 21 ÷ 35%, with Sheets spelling 1E-12', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:B1')
      .setValues([
        ['=ROUNDUP(21/0.35*(1-1E-12),0)', '=ROUNDUP(1000000000/5000000/0.2/0.15/0.3*(1-1E-12),0)'],
      ]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[60, 22223]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=ROUNDUP(21/0.35*(1-1E-12),0)');
  });

  test('cross-sheet references to quoted names with spaces and Japanese', () => {
    const { ss, sheet } = setup();
    const tree = ss.insertSheet('KPIツリー');
    const monthly = ss.insertSheet('Monthly Targets');
    tree.getRange('B3').setValue(21);
    monthly.getRange('C5').setValue(7);
    sheet.getRange('A1:C1').setValues([["='KPIツリー'!B3*2", "='Monthly Targets'!C5", '=KPIツリー!B3+1']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[42, 7, 22]]);
  });

  test('renaming a sheet keeps formulas that point at it working, and their text follows', () => {
    const { ss, sheet } = setup();
    const monthly = ss.insertSheet('Monthly Targets');
    monthly.getRange('C5').setValue(7);
    sheet.getRange('A1').setFormula("='Monthly Targets'!C5*3");
    monthly.setName('月次目標');
    expect(sheet.getRange('A1').getValue()).toBe(21);
    expect(sheet.getRange('A1').getFormula()).toContain('月次目標');
    monthly.getRange('C5').setValue(10);
    expect(sheet.getRange('A1').getValue()).toBe(30);
  });

  test('a formula pointing at a sheet created later resolves once it exists', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setFormula("='Later Sheet'!A1+1");
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
    ss.insertSheet('Later Sheet').getRange('A1').setValue(5);
    expect(sheet.getRange('A1').getValue()).toBe(6);
  });

  test('the functions the product needs', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C2').setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const formulas = [
      ['=ROUNDUP(2.1,0)', 3],
      ['=ROUND(2.345,2)', 2.35],
      ['=SUM(A1:C2)', 21],
      ['=SUMPRODUCT(A1:C1,A2:C2)', 32],
      ['=SUMPRODUCT(A1:C1*A2:C2)', 32],
      ['=IF(A1>0,"yes","no")', 'yes'],
      ['=IFERROR(1/0,"none")', 'none'],
      ['=INDEX(A1:C2,2,MATCH(5,A2:C2,0))', 5],
      ['=MIN(A1:C2)+MAX(A1:C2)', 7],
      ['=COUNT(A1:C2)+COUNTA(A1:C2)', 12],
      ['=AND(TRUE,OR(FALSE,A1=1))', true],
      ['=ABS(-2.5)', 2.5],
      ['=TEXT(0.256,"0.0%")', '25.6%'],
      ['=TEXT(1234567,"#,##0")', '1,234,567'],
    ] as const;
    sheet.getRange(4, 1, formulas.length, 1).setValues(formulas.map(([f]) => [f]));
    expect(sheet.getRange(4, 1, formulas.length, 1).getValues()).toEqual(formulas.map(([, v]) => [v]));
  });

  test('MATCH, VLOOKUP and COUNTIF read * ? as wildcards in text, as Sheets does, and ~ escapes them', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B5').setValues([
      ["'Paid search", 'a'],
      ["'Paid*", 'b'],
      ["'a.com/?x", 'c'],
      ["'?", 'd'],
      ["'x~y", 'e'],
    ]);
    const formulas = [
      ['=MATCH("Paid*",A1:A4,0)', 1],
      ['=MATCH("Paid~*",A1:A4,0)', 2],
      ['=MATCH("a.com/~?x",A1:A4,0)', 3],
      ['=MATCH("~?",A1:A4,0)', 4],
      ['=MATCH("?",A1:A4,0)', 4],
      ['=MATCH("paid SEARCH",A1:A4,0)', 1],
      ['=IFERROR(MATCH("Paid~?",A1:A4,0),"none")', 'none'],
      ['=MATCH(2,B1:B4,0)', '#N/A'],
      ['=VLOOKUP("Paid*",A1:B4,2,0)', 'a'],
      ['=VLOOKUP("Paid~*",A1:B4,2,0)', 'b'],
      ['=COUNTIF(A1:A4,"Paid*")', 2],
      ['=COUNTIF(A1:A4,"=Paid~*")', 1],
      ['=VLOOKUP("x~~y",A1:B5,2,0)', 'e'],
      ['=COUNTIF(A1:A5,"=x~~y")', 1],
      ['=COUNTIF(A1:A5,"x~~*")', 1],
    ] as const;
    sheet.getRange(6, 1, formulas.length, 1).setValues(formulas.map(([f]) => [f]));
    expect(sheet.getRange(6, 1, formulas.length, 1).getValues()).toEqual(formulas.map(([, v]) => [v]));
  });

  test('a criterion is one leading operator and a value, whatever the value holds, as in Sheets', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A6').setValues([["'<5 employees"], ["'=Partners"], ["'a<b"], ["'>x"], [3], [7]]);
    const formulas = [
      ['=COUNTIF(A1:A6,"=<5 employees")', 1],
      ['=COUNTIF(A1:A6,"==Partners")', 1],
      ['=COUNTIF(A1:A6,"a<b")', 1],
      ['=COUNTIF(A1:A6,"=>x")', 1],
      ['=COUNTIF(A1:A6,"<>=Partners")', 5],
      ['=COUNTIF(A1:A6,">4")', 1],
      ['=COUNTIF(A1:A6,"<=3")', 1],
      ['=COUNTIF(A1:A6,"=<5*")', 1],
      ['=SUMIFS(A1:A6,A1:A6,"<>a<b",A1:A6,">0")', 10],
    ] as const;
    sheet.getRange(8, 1, formulas.length, 1).setValues(formulas.map(([f]) => [f]));
    expect(sheet.getRange(8, 1, formulas.length, 1).getValues()).toEqual(formulas.map(([, v]) => [v]));
  });

  test('errors read back as Sheets error text', () => {
    const { sheet } = setup();
    sheet
      .getRange('A1:F1')
      .setValues([['=1/0', '=NOSUCHFUNCTION(1)', '=MATCH(9,B5:B6,0)', '=1+"x"', '=SUM(', '=A1+Z1']]);
    sheet.getRange('A2:B2').setValues([['=B2', '=A2']]);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([
      ['#DIV/0!', '#NAME?', '#N/A', '#VALUE!', '#ERROR!'],
    ]);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['#REF!', '#REF!']]); // circular
    expect(sheet.getRange('F1').getValue()).toBe('#DIV/0!');
  });

  test('a reference to an empty cell reads as empty, arithmetic on it as zero', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=C1', '=C1+1']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 1]]);
  });

  test('deleting a sheet turns references to it into #REF!', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Other');
    other.getRange('A1').setValue(3);
    sheet.getRange('A1').setFormula('=Other!A1');
    ss.deleteSheet(other);
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });
});
