import { defaultPlan } from '../../src/core/plan-defaults';
import { layoutWorkbook } from '../../src/sheets/workbook';
import { largePlan } from '../support/plans';
import { SHORT_NAMES } from '../support/short-names';

const names = SHORT_NAMES;

describe('layouts never write two things into one cell', () => {
  // The Grid merges writes into a cell; a value, text or formula written twice means two blocks overlap.
  test.each([
    ['default', defaultPlan('en')],
    ['large', largePlan()],
    ['no channels, no CSFs', { ...defaultPlan('ja'), channels: [], csfs: [] }],
  ])('%s plan', (_, plan) => {
    const { Grid } = jest.requireActual<typeof import('../../src/sheets/grid')>('../../src/sheets/grid');
    const original = Grid.prototype.set;
    const clashes: string[] = [];
    Grid.prototype.set = function (row, col, cell) {
      const before = this.cells[row - 1]?.[col - 1];
      const has = (c: typeof cell | null | undefined) =>
        c && (c.text !== undefined || c.formula !== undefined || c.value !== undefined);
      if (has(before) && has(cell))
        clashes.push(`${row},${col}: ${JSON.stringify(before)} then ${JSON.stringify(cell)}`);
      return original.call(this, row, col, cell);
    };
    try {
      layoutWorkbook(plan, names);
    } finally {
      Grid.prototype.set = original;
    }
    expect(clashes).toEqual([]);
  });
});
