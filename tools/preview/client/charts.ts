/** Embedded charts drawn simply as SVG: columns, bars, lines/areas and pies from their ranges. */
import type { ChartView } from '../workbook-view';
import { svg } from './dom';

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 296;
const COLORS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];
const PAD = { left: 56, right: 16, top: 40, bottom: 52 };

function shortNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${+(value / 1e9).toFixed(1)}B`;
  if (abs >= 1e6) return `${+(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${+(value / 1e3).toFixed(1)}K`;
  return `${+value.toFixed(2)}`;
}

/** A round top for the value axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((m) => m * power >= value) ?? 10) * power;
}

function legend(root: SVGSVGElement, chart: ChartView): void {
  const named = chart.series.filter((s) => s.name);
  let x = PAD.left;
  named.slice(0, 6).forEach((series, i) => {
    root.appendChild(
      svg('rect', { x, y: CHART_HEIGHT - 18, width: 10, height: 10, rx: 2, fill: COLORS[i % COLORS.length] }),
    );
    const label = svg('text', { x: x + 14, y: CHART_HEIGHT - 9, class: 'chart-legend' }, series.name);
    root.appendChild(label);
    x += 24 + Math.min(series.name.length, 18) * 7;
  });
}

function axes(root: SVGSVGElement, max: number, min: number, horizontal: boolean): (v: number) => number {
  const plotW = CHART_WIDTH - PAD.left - PAD.right;
  const plotH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const scale = (v: number) => (v - min) / (max - min || 1);
  for (let i = 0; i <= 4; i++) {
    const v = min + ((max - min) * i) / 4;
    if (horizontal) {
      const x = PAD.left + scale(v) * plotW;
      root.appendChild(svg('line', { x1: x, x2: x, y1: PAD.top, y2: PAD.top + plotH, class: 'chart-grid' }));
      root.appendChild(
        svg(
          'text',
          { x, y: PAD.top + plotH + 14, 'text-anchor': 'middle', class: 'chart-axis' },
          shortNumber(v),
        ),
      );
    } else {
      const y = PAD.top + plotH - scale(v) * plotH;
      root.appendChild(
        svg('line', { x1: PAD.left, x2: PAD.left + plotW, y1: y, y2: y, class: 'chart-grid' }),
      );
      root.appendChild(
        svg('text', { x: PAD.left - 6, y: y + 4, 'text-anchor': 'end', class: 'chart-axis' }, shortNumber(v)),
      );
    }
  }
  return scale;
}

function cartesian(root: SVGSVGElement, chart: ChartView, kind: 'column' | 'bar' | 'line'): void {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = niceMax(Math.max(0, ...values));
  const min = Math.min(0, ...values) < 0 ? -niceMax(-Math.min(...values)) : 0;
  const horizontal = kind === 'bar';
  const scale = axes(root, max, min, horizontal);
  const plotW = CHART_WIDTH - PAD.left - PAD.right;
  const plotH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const n = Math.max(chart.labels.length, 1);
  const band = (horizontal ? plotH : plotW) / n;
  const every = Math.ceil(n / (horizontal ? 12 : 10));
  chart.labels.forEach((label, i) => {
    if (i % every) return;
    const text = label.length > 12 ? `${label.slice(0, 11)}…` : label;
    const attrs = horizontal
      ? { x: PAD.left - 6, y: PAD.top + band * (i + 0.5) + 4, 'text-anchor': 'end', class: 'chart-axis' }
      : {
          x: PAD.left + band * (i + 0.5),
          y: PAD.top + plotH + 16,
          'text-anchor': 'middle',
          class: 'chart-axis',
        };
    root.appendChild(svg('text', attrs, text));
  });
  const count = Math.max(chart.series.length, 1);
  chart.series.forEach((series, s) => {
    const color = COLORS[s % COLORS.length];
    if (kind === 'line') {
      const points = series.values
        .map((v, i) =>
          v === null ? null : `${PAD.left + band * (i + 0.5)},${PAD.top + plotH - scale(v) * plotH}`,
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
            x: PAD.left + Math.min(from, to) * plotW,
            y: PAD.top + band * i + offset,
            width: Math.abs(to - from) * plotW,
            height: width,
          }
        : {
            x: PAD.left + band * i + offset,
            y: PAD.top + plotH - Math.max(from, to) * plotH,
            width,
            height: Math.abs(to - from) * plotH,
          };
      root.appendChild(svg('rect', { ...rect, fill: color }));
    });
  });
}

function pie(root: SVGSVGElement, chart: ChartView): void {
  const values = (chart.series[0]?.values ?? []).map((v) => Math.max(v ?? 0, 0));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const cx = CHART_WIDTH / 2 - 60;
  const cy = (CHART_HEIGHT + PAD.top - 20) / 2;
  const r = 100;
  let angle = -Math.PI / 2;
  values.forEach((v, i) => {
    const sweep = (v / total) * Math.PI * 2;
    const end = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const d =
      sweep >= Math.PI * 2 - 1e-9
        ? `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`
        : `M${cx},${cy}L${cx + r * Math.cos(angle)},${cy + r * Math.sin(angle)}A${r},${r} 0 ${large},1 ${cx + r * Math.cos(end)},${cy + r * Math.sin(end)}Z`;
    root.appendChild(svg('path', { d, fill: COLORS[i % COLORS.length], stroke: '#fff', 'stroke-width': 1 }));
    const y = PAD.top + i * 18;
    if (i < 10) {
      root.appendChild(
        svg('rect', { x: cx + r + 30, y, width: 10, height: 10, rx: 2, fill: COLORS[i % COLORS.length] }),
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
    viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    role: 'img',
    class: 'chart',
  });
  root.appendChild(svg('rect', { width: CHART_WIDTH, height: CHART_HEIGHT, fill: '#fff' }));
  if (chart.title) root.appendChild(svg('text', { x: 16, y: 24, class: 'chart-title' }, chart.title));
  root.setAttribute('aria-label', chart.title ?? chart.type);
  const type = chart.type.toUpperCase();
  if (type === 'PIE') pie(root, chart);
  else {
    cartesian(root, chart, type === 'BAR' ? 'bar' : type === 'LINE' || type === 'AREA' ? 'line' : 'column');
    legend(root, chart);
  }
  return root;
}
