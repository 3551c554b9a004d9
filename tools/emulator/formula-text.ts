import { columnToLetters, lettersToColumn } from './a1';

/** A formula cut into code, "string literals" and 'quoted sheet names', so edits touch code only. */
interface Segment {
  code: boolean;
  text: string;
}

function segments(formula: string): Segment[] {
  const out: Segment[] = [];
  let code = '';
  for (let i = 0; i < formula.length; i++) {
    const quote = formula[i];
    if (quote !== '"' && quote !== "'") {
      code += quote;
      continue;
    }
    let j = i + 1;
    while (j < formula.length) {
      if (formula[j] === quote && formula[j + 1] === quote) j += 2;
      else if (formula[j] === quote) break;
      else j++;
    }
    if (code) out.push({ code: true, text: code });
    code = '';
    out.push({ code: false, text: formula.slice(i, j + 1) });
    i = j;
  }
  if (code) out.push({ code: true, text: code });
  return out;
}

function mapCode(formula: string, edit: (code: string) => string): string {
  return segments(formula)
    .map((s) => (s.code ? edit(s.text) : s.text))
    .join('');
}

const NOT_AFTER = '(?<![A-Za-z0-9_.$])';

/**
 * Rewrites Sheets formula text into what HyperFormula parses: 1E-12 as 1e-12, TRUE/FALSE as
 * TRUE()/FALSE(), and unquoted non-ASCII sheet names (=KPIツリー!B3) quoted.
 */
export function toEngineFormula(formula: string): string {
  return mapCode(formula, (code) =>
    code
      .replace(new RegExp(`${NOT_AFTER}(\\d+\\.?\\d*|\\.\\d+)E([+-]?\\d+)`, 'g'), '$1e$2')
      .replace(new RegExp(`${NOT_AFTER}(TRUE|FALSE)(?![A-Za-z0-9_(!.])`, 'gi'), '$1()')
      .replace(
        /([^\s!"'(),:;=+\-*/&<>^%{}[\]]*[\u0080-\uFFFF][^\s!"'(),:;=+\-*/&<>^%{}[\]]*)!/g,
        (_m, name: string) => {
          return `'${name}'!`;
        },
      ),
  );
}

/** The engine's spelling back in Sheets' (for formulas whose original text was lost to a move). */
export function fromEngineFormula(formula: string): string {
  return mapCode(formula, (code) =>
    code
      .replace(new RegExp(`${NOT_AFTER}(TRUE|FALSE)\\(\\)`, 'gi'), '$1')
      .replace(new RegExp(`${NOT_AFTER}(\\d+\\.?\\d*|\\.\\d+)e([+-]?\\d+)`, 'g'), '$1E$2'),
  );
}

const CELL_REF = new RegExp(`${NOT_AFTER}(\\$?)([A-Za-z]{1,3})(\\$?)([0-9]+)(?![A-Za-z0-9_(])`, 'g');

/**
 * Moves a formula written for one cell to a cell dRows down and dColumns right: relative parts of
 * references shift, $-anchored parts stay (as a conditional format rule applies to each cell).
 */
export function shiftFormula(formula: string, dRows: number, dColumns: number): string {
  if (dRows === 0 && dColumns === 0) return formula;
  return mapCode(formula, (code) =>
    code.replace(
      CELL_REF,
      (_match, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
        const column = colAnchor ? lettersToColumn(letters) : lettersToColumn(letters) + dColumns;
        const row = rowAnchor ? Number(digits) : Number(digits) + dRows;
        if (column < 1 || row < 1) return '#REF!';
        return `${colAnchor}${columnToLetters(column)}${rowAnchor}${row}`;
      },
    ),
  );
}
