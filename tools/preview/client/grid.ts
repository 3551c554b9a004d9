/**
 * One sheet as Sheets draws it: row numbers, column letters, frozen panes, widths, hidden columns,
 * backgrounds, bold, alignment, checkboxes, charts at their anchors; select, type, Enter.
 */
import type { CellView, SheetView } from '../workbook-view';
import { drawChart } from './charts';
import { el } from './dom';

const DEFAULT_WIDTH = 100;
const ROW_HEADER_WIDTH = 46;
const MIN_ROWS = 60;
const MIN_COLUMNS = 26;
const ROW_HEIGHT = 21;

export interface Selection {
  row: number;
  col: number;
}

export interface GridHandlers {
  onSelect(selection: Selection, cell: CellView | null): void;
  /** The user typed `value` into the cell `at` (the selection may have moved on already). */
  onCommit(at: Selection, value: string | boolean): void;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** What the formula bar shows and the editor starts from. */
export function inputText(cell: CellView | null): string {
  return cell ? (cell.input ?? cell.text) : '';
}

function alignment(cell: CellView): string {
  if (cell.align && cell.align !== 'general' && cell.align !== 'normal')
    return cell.align.replace(/^general-/, '');
  if (cell.kind === 'number') return 'right';
  if (cell.kind === 'boolean' || cell.kind === 'error') return 'center';
  return 'left';
}

/**
 * Frozen cells are positioned, so a later one would paint over the text an earlier one spills to
 * the right: each frozen cell sits above the cells to its right, frozen rows above the body, and
 * frozen columns above the columns that scroll under them (row and column headers sit above all).
 */
function stackOrder(frozenRow: boolean, frozenColumn: boolean, index: number, count: number): number | null {
  if (frozenRow) return (frozenColumn ? 2 * count : count) + (count - index);
  return frozenColumn ? count - index : null;
}

export class Grid {
  private sheet: SheetView | null = null;
  private columns: number[] = [];
  private rowCount = 0;
  private cellsByKey = new Map<string, HTMLTableCellElement>();
  private editor: HTMLInputElement | null = null;
  /** Where the frozen panes end, in px from the grid's top left (headers included). */
  private frozenEdge = { left: ROW_HEADER_WIDTH, top: 0 };
  selection: Selection = { row: 1, col: 1 };

  constructor(
    private readonly scroller: HTMLElement,
    private readonly handlers: GridHandlers,
  ) {
    scroller.addEventListener('mousedown', (event) => this.onMouseDown(event));
    scroller.addEventListener('dblclick', (event) => {
      const td = (event.target as HTMLElement).closest('td');
      if (td && !td.classList.contains('checkbox-cell')) this.startEdit();
    });
    scroller.addEventListener('keydown', (event) => this.onKey(event));
  }

  cell(row: number, col: number): CellView | null {
    return this.sheet?.cells[row - 1]?.[col - 1] ?? null;
  }

  selectedCell(): CellView | null {
    return this.cell(this.selection.row, this.selection.col);
  }

  render(sheet: SheetView, selection: Selection = this.selection): void {
    this.editor = null;
    this.sheet = sheet;
    const hidden = new Set(sheet.hiddenColumns);
    const chartRows = Math.max(
      0,
      ...sheet.charts.map((c) => c.anchorRow + Math.ceil((c.offsetY + c.height) / ROW_HEIGHT) + 1),
    );
    const chartColumns = Math.max(0, ...sheet.charts.map((c) => c.anchorColumn + 5));
    this.rowCount = Math.max(sheet.rows + 20, MIN_ROWS, chartRows);
    const columnCount = Math.max(sheet.columns + 3, MIN_COLUMNS, chartColumns);
    this.columns = Array.from({ length: columnCount }, (_, i) => i + 1).filter((c) => !hidden.has(c));
    this.selection = this.clamp(selection);

    const widthOf = (c: number) => sheet.columnWidths[c] ?? DEFAULT_WIDTH;
    const frozenLeft = new Map<number, number>();
    let left = ROW_HEADER_WIDTH;
    for (const c of this.columns.filter((col) => col <= sheet.frozenColumns)) {
      frozenLeft.set(c, left);
      left += widthOf(c);
    }
    const lastFrozenColumn = Math.max(0, ...frozenLeft.keys());
    this.frozenEdge.left = left;

    const colgroup = el('colgroup', {}, [
      el('col', { attrs: { style: `width:${ROW_HEADER_WIDTH}px` } }),
      ...this.columns.map((c) => el('col', { attrs: { style: `width:${widthOf(c)}px` } })),
    ]);
    const headRow = el('tr', {}, [el('th', { className: 'corner' })]);
    for (const c of this.columns) {
      const th = el('th', {
        className: 'col-head',
        text: columnLetters(c),
        attrs: { 'data-col': String(c) },
      });
      if (frozenLeft.has(c)) this.freezeColumn(th, frozenLeft.get(c) ?? 0, c === lastFrozenColumn);
      if (hidden.has(c + 1)) th.classList.add('before-hidden');
      if (hidden.has(c - 1)) th.classList.add('after-hidden');
      headRow.appendChild(th);
    }
    this.cellsByKey = new Map();
    const body = el('tbody');
    const hiddenRows = new Set(sheet.hiddenRows);
    for (let r = 1; r <= this.rowCount; r++) {
      if (hiddenRows.has(r)) continue;
      const tr = el('tr', { attrs: { 'data-row': String(r) } }, [
        el('th', { className: 'row-head', text: String(r) }),
      ]);
      if (r <= sheet.frozenRows) tr.classList.add('frozen-row');
      if (r === sheet.frozenRows) tr.classList.add('frozen-edge-row');
      this.columns.forEach((c, i) => {
        const td = this.cellElement(r, c, this.columns[i + 1]);
        if (frozenLeft.has(c)) this.freezeColumn(td, frozenLeft.get(c) ?? 0, c === lastFrozenColumn);
        const z = stackOrder(r <= sheet.frozenRows, frozenLeft.has(c), i, this.columns.length);
        if (z) td.style.zIndex = String(z);
        this.cellsByKey.set(`${r}:${c}`, td);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    const table = el('table', { className: 'grid' }, [colgroup, el('thead', {}, [headRow]), body]);
    table.style.width = `${ROW_HEADER_WIDTH + this.columns.reduce((sum, c) => sum + widthOf(c), 0)}px`;
    const canvas = el('div', { className: 'grid-canvas' }, [table]);
    this.scroller.replaceChildren(canvas);
    this.stickFrozenRows(table, sheet.frozenRows);
    this.placeCharts(canvas, sheet);
    this.paintSelection();
  }

  /** Frozen rows stick below the column letters, each at the height of the rows above it. */
  private stickFrozenRows(table: HTMLTableElement, frozenRows: number): void {
    let top = table.tHead?.offsetHeight ?? 0;
    const rows = table.tBodies[0].rows;
    for (let r = 0; r < Math.min(frozenRows, rows.length); r++) {
      for (const cell of Array.from(rows[r].cells)) cell.style.top = `${top}px`;
      top += rows[r].offsetHeight;
    }
    this.frozenEdge.top = top;
  }

  /** Scrolls just enough to show a cell beside the frozen panes (scrollIntoView would hide it under them). */
  private reveal(td: HTMLTableCellElement): void {
    const s = this.scroller;
    const { left, top } = this.frozenEdge;
    if (!td.classList.contains('frozen-col')) {
      if (td.offsetLeft < s.scrollLeft + left) s.scrollLeft = td.offsetLeft - left;
      else if (td.offsetLeft + td.offsetWidth > s.scrollLeft + s.clientWidth) {
        s.scrollLeft = td.offsetLeft + td.offsetWidth - s.clientWidth;
      }
    }
    if (!td.parentElement?.classList.contains('frozen-row')) {
      if (td.offsetTop < s.scrollTop + top) s.scrollTop = td.offsetTop - top;
      else if (td.offsetTop + td.offsetHeight > s.scrollTop + s.clientHeight) {
        s.scrollTop = td.offsetTop + td.offsetHeight - s.clientHeight;
      }
    }
  }

  private freezeColumn(cell: HTMLElement, left: number, edge: boolean): void {
    cell.classList.add('frozen-col');
    if (edge) cell.classList.add('frozen-edge-col');
    cell.style.left = `${left}px`;
  }

  private cellElement(row: number, col: number, nextCol: number | undefined): HTMLTableCellElement {
    const cell = this.cell(row, col);
    const td = el('td', { attrs: { 'data-row': String(row), 'data-col': String(col) } });
    if (!cell) return td;
    if (cell.background) td.style.backgroundColor = cell.background;
    if (cell.bold) td.classList.add('bold');
    if (cell.color) td.style.color = cell.color;
    if (cell.note) {
      td.classList.add('has-note');
      td.title = cell.note;
    }
    if (cell.kind === 'error') td.classList.add('error');
    if (cell.checkbox) {
      const checked = cell.kind === 'boolean' && cell.text.toUpperCase() === 'TRUE';
      td.classList.add('checkbox-cell');
      td.appendChild(
        el('span', {
          className: `checkbox${checked ? ' checked' : ''}`,
          attrs: {
            role: 'checkbox',
            'aria-checked': String(checked),
            'aria-label': `${columnLetters(col)}${row}`,
          },
        }),
      );
      return td;
    }
    const align = alignment(cell);
    td.style.textAlign = align;
    if (cell.wrap) td.classList.add('wrap');
    else if (align === 'left' && cell.text && !this.cell(row, nextCol ?? 0)?.text) td.classList.add('spill');
    td.appendChild(el('div', { className: 'cell-text', text: cell.text }));
    return td;
  }

  private placeCharts(canvas: HTMLElement, sheet: SheetView): void {
    for (const chart of sheet.charts) {
      const column =
        this.columns.find((c) => c >= chart.anchorColumn) ?? this.columns[this.columns.length - 1];
      const anchor = this.cellsByKey.get(`${chart.anchorRow}:${column}`);
      if (!anchor) continue;
      const card = el('figure', { className: 'chart-card' }, [drawChart(chart)]);
      card.style.left = `${anchor.offsetLeft + chart.offsetX}px`;
      card.style.top = `${anchor.offsetTop + chart.offsetY}px`;
      card.style.width = `${chart.width}px`;
      card.style.height = `${chart.height}px`;
      canvas.appendChild(card);
    }
  }

  private clamp({ row, col }: Selection): Selection {
    const columns = this.columns;
    const safeCol = columns.includes(col)
      ? col
      : (columns.find((c) => c > col) ?? columns[columns.length - 1] ?? 1);
    return { row: Math.min(Math.max(row, 1), this.rowCount || 1), col: safeCol };
  }

  private tdAt({ row, col }: Selection): HTMLTableCellElement | undefined {
    return this.cellsByKey.get(`${row}:${col}`);
  }

  private paintSelection(): void {
    this.scroller
      .querySelectorAll('.selected, .active')
      .forEach((n) => n.classList.remove('selected', 'active'));
    const td = this.tdAt(this.selection);
    td?.classList.add('selected');
    td?.parentElement?.firstElementChild?.classList.add('active');
    this.scroller.querySelector(`th.col-head[data-col="${this.selection.col}"]`)?.classList.add('active');
    this.handlers.onSelect(this.selection, this.selectedCell());
  }

  select(selection: Selection, reveal = true): void {
    this.selection = this.clamp(selection);
    this.paintSelection();
    const td = this.tdAt(this.selection);
    if (reveal && td) this.reveal(td);
  }

  /** The neighbour a key moves to, skipping hidden columns. */
  private moved(dRow: number, dCol: number): Selection {
    const index = this.columns.indexOf(this.selection.col) + dCol;
    const col = this.columns[Math.min(Math.max(index, 0), this.columns.length - 1)];
    return this.clamp({ row: this.selection.row + dRow, col });
  }

  private onMouseDown(event: MouseEvent): void {
    const target = event.target as HTMLElement;
    if (this.editor && target === this.editor) return;
    const td = target.closest('td');
    if (!td) return;
    const selection = { row: Number(td.dataset.row), col: Number(td.dataset.col) };
    if (this.editor) this.commitEditor(this.selection);
    this.select(selection, false);
    if (target.classList.contains('checkbox')) {
      event.preventDefault();
      this.handlers.onCommit(selection, !target.classList.contains('checked'));
    }
  }

  private onKey(event: KeyboardEvent): void {
    if (this.editor || event.target !== this.scroller || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, event.shiftKey ? -1 : 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      this.select(this.moved(move[0], move[1]));
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      if (this.selectedCell()?.checkbox) return this.toggleCheckbox();
      this.startEdit();
    } else if (event.key === ' ' && this.selectedCell()?.checkbox) {
      event.preventDefault();
      this.toggleCheckbox();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      if (inputText(this.selectedCell()) !== '') this.handlers.onCommit(this.selection, '');
    } else if (event.key.length === 1) {
      event.preventDefault();
      this.startEdit(event.key);
    }
  }

  private toggleCheckbox(): void {
    const checked = this.tdAt(this.selection)?.querySelector('.checkbox.checked');
    this.handlers.onCommit(this.selection, !checked);
  }

  /** Opens the in-cell editor; `typed` replaces the content like typing over a cell in Sheets. */
  startEdit(typed?: string): void {
    const td = this.tdAt(this.selection);
    if (!td) return;
    const original = inputText(this.selectedCell());
    const input = el('input', {
      className: 'cell-editor',
      attrs: { spellcheck: 'false', autocomplete: 'off', 'aria-label': 'Cell editor' },
    });
    input.value = typed ?? original;
    input.style.minWidth = `${td.offsetWidth}px`;
    td.classList.add('editing');
    td.appendChild(input);
    this.editor = input;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    const at = this.selection;
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const next =
          event.key === 'Enter'
            ? this.clamp({ row: at.row + 1, col: at.col })
            : this.moved(0, event.shiftKey ? -1 : 1);
        this.commitEditor(next);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        this.closeEditor();
        this.scroller.focus();
      }
      event.stopPropagation();
    });
    input.addEventListener('blur', () => {
      if (this.editor === input) this.commitEditor(at);
    });
    input.dataset.original = original;
  }

  private closeEditor(): void {
    const editor = this.editor;
    this.editor = null;
    editor?.parentElement?.classList.remove('editing');
    editor?.remove();
  }

  private commitEditor(next: Selection): void {
    const editor = this.editor;
    if (!editor) return;
    const at = this.selection;
    const value = editor.value;
    const changed = value !== editor.dataset.original;
    this.closeEditor();
    this.scroller.focus({ preventScroll: true });
    this.select(next);
    if (changed) this.handlers.onCommit(at, value);
  }
}
