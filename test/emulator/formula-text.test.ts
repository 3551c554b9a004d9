import { parseA1, rectA1 } from '../../tools/emulator/a1';
import { fromEngineFormula, shiftFormula, toEngineFormula } from '../../tools/emulator/formula-text';

describe('formula text', () => {
  test('shifting moves relative parts only and leaves strings, sheet names and functions alone', () => {
    expect(shiftFormula('=B2<B$10', 1, 1)).toBe('=C3<C$10');
    expect(shiftFormula('=$B2+B$2+$B$2', 2, 3)).toBe('=$B4+E$2+$B$2');
    expect(shiftFormula('=SUM(B2:B5)/LOG10(A1)', 1, 0)).toBe('=SUM(B3:B6)/LOG10(A2)');
    expect(shiftFormula('=IF(A1="B2",\'Sheet A1\'!C3,0)', 1, 0)).toBe('=IF(A2="B2",\'Sheet A1\'!C4,0)');
    expect(shiftFormula('=A1', -1, 0)).toBe('=#REF!');
  });

  test('Sheets spellings HyperFormula would reject are rewritten', () => {
    expect(toEngineFormula('=ROUNDUP(A1*(1-1E-12),0)')).toBe('=ROUNDUP(A1*(1-1e-12),0)');
    expect(toEngineFormula('=AND(TRUE,B2=FALSE)')).toBe('=AND(TRUE(),B2=FALSE())');
    expect(toEngineFormula('=KPIツリー!B3*2')).toBe("='KPIツリー'!B3*2");
    expect(toEngineFormula('="1E-12 TRUE"&E12')).toBe('="1E-12 TRUE"&E12');
    expect(fromEngineFormula('=AND(TRUE(),A1<1e-12)')).toBe('=AND(TRUE,A1<1E-12)');
  });

  test('A1 notation parsing', () => {
    expect(parseA1('B2:D5', 1000, 26)).toEqual({
      sheetName: null,
      rect: { row: 2, column: 2, numRows: 4, numColumns: 3 },
    });
    expect(parseA1("'My Plan'!A1", 1000, 26)?.sheetName).toBe('My Plan');
    expect(parseA1('A:B', 1000, 26)?.rect).toEqual({ row: 1, column: 1, numRows: 1000, numColumns: 2 });
    expect(parseA1('3:4', 1000, 26)?.rect).toEqual({ row: 3, column: 1, numRows: 2, numColumns: 26 });
    expect(parseA1('not a range', 1000, 26)).toBeNull();
    expect(rectA1({ row: 1, column: 27, numRows: 1, numColumns: 1 })).toBe('AA1');
  });
});
