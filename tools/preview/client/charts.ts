/**
 * Embedded charts drawn simply as SVG: columns, bars, lines/areas and pies from their ranges, at the
 * size the chart's options give. Labels are measured in the page's font and never shortened: a bar
 * chart makes room on the left, category labels slant when they do not fit, legends wrap.
 */
import type { ChartView } from '../workbook-view';
import { svg } from './dom';

const COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];
const FONT = 11;
const TITLE_ROOM = 40;
const LEGEND_LINE = 16;

let context: CanvasRenderingContext2D | null = null;

/** Pixel width of a label in the chart font (the page's UI font at 11 px). */
function measure(text: string): number {
  if (!context) {
    context = document.createElement('canvas').getContext('2d');
    const family = getComputedStyle(document.documentElement).getPropertyValue('--ui-font') || 'sans-serif';
    if (context) context.font = `${FONT}px ${family}`;
  }
  return context ? context.measureText(text).width : text.length * FONT;
}

function shortNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${+(value / 1e9).toFixed(1)}B`;
  if (abs >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${+(value / 1e3).toFixed(1)}K`;
  return `${+value.toFixed(2)}`;
}

const tick = (chart: ChartView, value: number) =>
  chart.valueFormat === 'percent' ? `${+(value * 100).toFixed(1)}%` : shortNumber(value);

/** A round top for the value axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Legend entries in lines that fit the chart's width; returns how many lines it took. */
function legendLines(chart: ChartView): { name: string; index: number; x: number; line: number }[] {
  const entries: { name: string; index: number; x: number; line: number }[] = [];
  let x = 16;
  let line = 0;
  chart.series.forEach((series, index) => {
    if (!series.name) return;
    const width = 14 + measure(series.name) + 12;
    if (x > 16 && x + width > chart.width - 16) {
      line++;
      x = 16;
    }
    entries.push({ name: series.name, index, x, line });
    x += width;
  });
  return entries;
}

function drawLegend(root: SVGSVGElement, chart: ChartView): void {
  const entries = legendLines(chart);
  const lines = entries.length ? entries[entries.length - 1]!.line + 1 : 0;
  for (const entry of entries) {
    const y = chart.height - (lines - entry.line) * LEGEND_LINE;
    const color = COLORS[entry.index % COLORS.length]!;
    root.appendChild(svg('rect', { x: entry.x, y: y - 9, width: 10, height: 10, rx: 2, fill: color }));
    root.appendChild(svg('text', { x: entry.x + 14, y, class: 'chart-legend' }, entry.name));
  }
}

function axes(
  root: SVGSVGElement,
  chart: ChartView,
  box: Box,
  max: number,
  min: number,
  horizontal: boolean,
) {
  const plotW = chart.width - box.left - box.right;
  const plotH = chart.height - box.top - box.bottom;
  const scale = (v: number) => (v - min) / (max - min || 1);
  for (let i = 0; i <= 4; i++) {
    const v = min + ((max - min) * i) / 4;
    if (horizontal) {
      const x = box.left + scale(v) * plotW;
      root.appendChild(svg('line', { x1: x, x2: x, y1: box.top, y2: box.top + plotH, class: 'chart-grid' }));
      root.appendChild(
        svg(
          'text',
          { x, y: box.top + plotH + 14, 'text-anchor': 'middle', class: 'chart-axis' },
          tick(chart, v),
        ),
      );
    } else {
      const y = box.top + plotH - scale(v) * plotH;
      root.appendChild(
        svg('line', { x1: box.left, x2: box.left + plotW, y1: y, y2: y, class: 'chart-grid' }),
      );
      root.appendChild(
        svg('text', { x: box.left - 6, y: y + 4, 'text-anchor': 'end', class: 'chart-axis' }, tick(chart, v)),
      );
    }
  }
  return { scale, plotW, plotH };
}

function cartesian(root: SVGSVGElement, chart: ChartView, kind: 'column' | 'bar' | 'line'): void {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = niceMax(Math.max(0, ...values));
  const min = Math.min(0, ...values) < 0 ? -niceMax(-Math.min(...values)) : 0;
  const horizontal = kind === 'bar';
  const n = Math.max(chart.labels.length, 1);
  const widest = Math.max(0, ...chart.labels.map(measure));
  const legendRows = new Set(legendLines(chart).map((e) => e.line)).size;
  const ticks = [0, 1, 2, 3, 4].map((i) => min + ((max - min) * i) / 4);
  const tickRoom = Math.max(...ticks.map((v) => measure(tick(chart, v)))) + 12;
  const box: Box = { left: horizontal ? widest + 14 : tickRoom, right: 16, top: TITLE_ROOM, bottom: 28 };
  const plotWidth = chart.width - box.left - box.right;
  // Category labels side by side when they fit their band, else slanted (as hAxis.slantedText asks).
  const slant = !horizontal && (chart.slanted || widest > plotWidth / n - 4) ? Math.PI / 4 : 0;
  // Below the plot: the category labels (slanted ones reach down by their length), then the legend.
  if (!horizontal) box.bottom = 14 + (slant ? widest * Math.sin(slant) + 14 : FONT + 8);
  // A slanted first label reaches left of its column: room for it inside the chart.
  if (slant) box.left = Math.max(box.left, (widest + FONT) * Math.cos(slant) + 4 - plotWidth / n / 2);
  box.bottom += legendRows * LEGEND_LINE;
  const { scale, plotW, plotH } = axes(root, chart, box, max, min, horizontal);
  const band = (horizontal ? plotH : plotW) / n;
  chart.labels.forEach((label, i) => {
    if (horizontal) {
      const y = box.top + band * (i + 0.5) + 4;
      root.appendChild(svg('text', { x: box.left - 6, y, 'text-anchor': 'end', class: 'chart-axis' }, label));
      return;
    }
    const x = box.left + band * (i + 0.5);
    const y = box.top + plotH + 14;
    const attrs: Record<string, string | number> = slant
      ? { x, y, 'text-anchor': 'end', class: 'chart-axis', transform: `rotate(-45 ${x} ${y})` }
      : { x, y, 'text-anchor': 'middle', class: 'chart-axis' };
    root.appendChild(svg('text', attrs, label));
  });
  const count = Math.max(chart.series.length, 1);
  chart.series.forEach((series, s) => {
    const color = COLORS[s % COLORS.length]!;
    if (kind === 'line') {
      const points = series.values
        .map((v, i) =>
          v === null ? null : `${box.left + band * (i + 0.5)},${box.top + plotH - scale(v) * plotH}`,
        )
        .filter((p): p is string => p !== null);
      root.appendChild(
        svg('polyline', { points: points.join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }),
      );
      return;
    }
    const width = (band * 0.7) / count;
    series.values.forEach((v, i) => {
      if (v === null) return;
      const from = scale(Math.max(min, 0));
      const to = scale(v);
      const offset = band * 0.15 + width * s;
      const rect = horizontal
        ? {
            x: box.left + Math.min(from, to) * plotW,
            y: box.top + band * i + offset,
            width: Math.abs(to - from) * plotW,
            height: width,
          }
        : {
            x: box.left + band * i + offset,
            y: box.top + plotH - Math.max(from, to) * plotH,
            width,
            height: Math.abs(to - from) * plotH,
          };
      root.appendChild(svg('rect', { ...rect, fill: color }));
    });
  });
  drawLegend(root, chart);
}

function pie(root: SVGSVGElement, chart: ChartView): void {
  const values = (chart.series[0]?.values ?? []).map((v) => Math.max(v ?? 0, 0));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const r = Math.max(20, Math.min(100, (chart.height - TITLE_ROOM - 20) / 2));
  const cx = 16 + r;
  const cy = TITLE_ROOM + r;
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    const sweep = (v / total) * Math.PI * 2;
    const end = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const d =
      sweep >= Math.PI * 2 - 1e-9
        ? `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
        : `M${cx},${cy}L${cx + r * Math.cos(angle)},${cy + r * Math.sin(angle)}A${r},${r} 0 ${large},1 ${cx + r * Math.cos(end)},${cy + r * Math.sin(end)}Z`;
    root.appendChild(svg('path', { d, fill: COLORS[i % COLORS.length]!, stroke: '#fff', 'stroke-width': 1 }));
    const y = TITLE_ROOM + i * 18;
    if (y + 10 < chart.height) {
      root.appendChild(
        svg('rect', { x: cx + r + 30, y, width: 10, height: 10, rx: 2, fill: COLORS[i % COLORS.length]! }),
      );
      root.appendChild(
        svg('text', { x: cx + r + 44, y: y + 9, class: 'chart-legend' }, chart.labels[i] ?? ''),
      );
    }
    angle = end;
  });
}

export function drawChart(chart: ChartView): SVGSVGElement {
  const root = svg('svg', {
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    width: chart.width,
    height: chart.height,
    role: 'img',
    class: 'chart',
  });
  root.appendChild(svg('rect', { width: chart.width, height: chart.height, fill: '#fff' }));
  if (chart.title) root.appendChild(svg('text', { x: 16, y: 24, class: 'chart-title' }, chart.title));
  root.setAttribute('aria-label', chart.title ?? chart.type);
  const type = chart.type.toUpperCase();
  if (type === 'PIE') pie(root, chart);
  else
    cartesian(root, chart, type === 'BAR' ? 'bar' : type === 'LINE' || type === 'AREA' ? 'line' : 'column');
  return root;
}
