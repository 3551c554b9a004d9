import { counted, unwrap } from './call-counter';
import { ChartType, asReal, enumKey } from './enums';
import { rangeRefOf } from './range';
import type { RangeRef, SheetModel } from './sheet-model';
import type { Workbook } from './workbook';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;
type ContainerInfo = GoogleAppsScript.Spreadsheet.ContainerInfo;

/** An embedded chart as plain data. */
export interface ChartSpec {
  id: number | null;
  type: keyof typeof ChartType | null;
  ranges: RangeRef[];
  options: Record<string, unknown>;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
  transpose: boolean;
}

function copySpec(spec: ChartSpec): ChartSpec {
  return { ...spec, ranges: [...spec.ranges], options: { ...spec.options } };
}

class FakeContainerInfo implements ContainerInfo {
  constructor(private readonly spec: ChartSpec) {}
  getAnchorColumn(): number {
    return this.spec.anchorColumn;
  }
  getAnchorRow(): number {
    return this.spec.anchorRow;
  }
  getOffsetX(): number {
    return this.spec.offsetX;
  }
  getOffsetY(): number {
    return this.spec.offsetY;
  }
}

class FakeChartOptions implements GoogleAppsScript.Charts.ChartOptions {
  constructor(private readonly options: Record<string, unknown>) {}
  get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class FakeEmbeddedChart implements Pick<
  Chart,
  | 'getChartId'
  | 'getContainerInfo'
  | 'getNumHeaders'
  | 'getOptions'
  | 'getRanges'
  | 'getTransposeRowsAndColumns'
  | 'modify'
> {
  constructor(
    private readonly workbook: Workbook,
    readonly spec: ChartSpec,
  ) {}
  getChartId(): number | null {
    return this.spec.id;
  }
  getContainerInfo(): ContainerInfo {
    return new FakeContainerInfo(this.spec);
  }
  getNumHeaders(): number {
    return this.spec.numHeaders;
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return new FakeChartOptions(this.spec.options);
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((ref) => this.workbook.rangeView(ref));
  }
  getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }
  modify(): Builder {
    return newChartBuilder(this.workbook, this.spec);
  }
}

type BuilderMethods =
  | 'addRange'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getContainer'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setNumHeaders'
  | 'setOption'
  | 'setPosition'
  | 'setTransposeRowsAndColumns';

/** Sheet.newChart() and EmbeddedChart.modify(). */
export class FakeEmbeddedChartBuilder implements Pick<Builder, BuilderMethods> {
  constructor(
    private readonly workbook: Workbook,
    private spec: ChartSpec,
  ) {}
  private self(): Builder {
    return asReal<Builder>(this);
  }
  addRange(range: Range): Builder {
    this.spec.ranges.push(rangeRefOf(range));
    return this.self();
  }
  build(): Chart {
    if (!this.spec.type) throw new Error('The chart type must be set (setChartType) before build().');
    return chartView(this.workbook, this.spec);
  }
  clearRanges(): Builder {
    this.spec.ranges = [];
    return this.self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return asReal(this.spec.type ? ChartType[this.spec.type] : null);
  }
  getContainer(): ContainerInfo {
    return new FakeContainerInfo(copySpec(this.spec));
  }
  getRanges(): Range[] {
    return this.spec.ranges.map((ref) => this.workbook.rangeView(ref));
  }
  removeRange(range: Range): Builder {
    const ref = rangeRefOf(range);
    this.spec.ranges = this.spec.ranges.filter(
      (r) =>
        !(
          r.sheet === ref.sheet &&
          r.row === ref.row &&
          r.column === ref.column &&
          r.numRows === ref.numRows &&
          r.numColumns === ref.numColumns
        ),
    );
    return this.self();
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    const key = enumKey(type);
    if (!(key in ChartType)) throw new Error(`Unknown chart type: ${key}`);
    this.spec.type = key as keyof typeof ChartType;
    return this.self();
  }
  setNumHeaders(headers: number): Builder {
    this.spec.numHeaders = headers;
    return this.self();
  }
  setOption(option: string, value: unknown): Builder {
    this.spec.options[option] = value;
    return this.self();
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): Builder {
    Object.assign(this.spec, { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY });
    return this.self();
  }
  setTransposeRowsAndColumns(transpose: boolean): Builder {
    this.spec.transpose = transpose;
    return this.self();
  }
}

const EMPTY_CHART: ChartSpec = {
  id: null,
  type: null,
  ranges: [],
  options: {},
  anchorRow: 1,
  anchorColumn: 1,
  offsetX: 0,
  offsetY: 0,
  numHeaders: -1,
  transpose: false,
};

export function newChartBuilder(workbook: Workbook, spec: ChartSpec = EMPTY_CHART): Builder {
  return asReal<Builder>(
    counted(new FakeEmbeddedChartBuilder(workbook, copySpec(spec)), 'EmbeddedChartBuilder', workbook.calls),
  );
}

export function chartView(workbook: Workbook, spec: ChartSpec): Chart {
  return asReal<Chart>(
    counted(new FakeEmbeddedChart(workbook, copySpec(spec)), 'EmbeddedChart', workbook.calls),
  );
}

function specOf(chart: Chart): ChartSpec {
  const raw = unwrap(chart) as unknown;
  if (!(raw instanceof FakeEmbeddedChart)) throw new Error('Expected an EmbeddedChart built by this sheet.');
  return raw.spec;
}

export function insertChart(workbook: Workbook, sheet: SheetModel, chart: Chart): void {
  sheet.charts.push({ ...copySpec(specOf(chart)), id: workbook.newObjectId() });
}

export function updateChart(sheet: SheetModel, chart: Chart): void {
  const spec = specOf(chart);
  const index = sheet.charts.findIndex((c) => c.id !== null && c.id === spec.id);
  if (index < 0) throw new Error('The chart is not on this sheet.');
  sheet.charts[index] = copySpec(spec);
}

export function removeChart(sheet: SheetModel, chart: Chart): void {
  const spec = specOf(chart);
  const index = sheet.charts.findIndex((c) => c.id !== null && c.id === spec.id);
  if (index < 0) throw new Error('The chart is not on this sheet.');
  sheet.charts.splice(index, 1);
}
