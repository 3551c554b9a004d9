import { REVIEW } from './catalog/diagnosis';
import { L } from './catalog/sheets';
import { groupThousands, percent } from './format';
import { render, type Lang, type Params, type Text } from './i18n';
import { stageName, type Plan } from './plan';
import { hintsFor, type Review, type Status } from './review';

const STATUS: Record<Status, Text> = { green: L.statusGreen, amber: L.statusAmber, red: L.statusRed };

/** The review in a few lines: overall status, each stage, the bottleneck and the next action. */
export function reviewSummary(plan: Plan, review: Review, lang: Lang, actualsSheet: string): string {
  const t = (text: Text, params?: Params) => render(text, lang, params);
  if (review.lastColumn === null) return t(REVIEW.noActuals, { sheet: actualsSheet });
  const lastMonth = review.lastMonth;
  const label = lastMonth ? `${lastMonth.year}-${String(lastMonth.month).padStart(2, '0')}` : '';
  const lines = [
    t(REVIEW.overall, { status: review.overall ? t(STATUS[review.overall]) : '—', month: label }),
    '',
  ];
  review.stages.forEach((s, i) => {
    if (s.toDateTarget === 0 && s.actual === 0) return;
    lines.push(
      t(REVIEW.stageLine, {
        stage: stageName(plan, i),
        actual: groupThousands(s.actual),
        target: groupThousands(s.toDateTarget),
        attainment: s.attainment === null ? '—' : percent(s.attainment),
        status: s.status ? t(STATUS[s.status]) : '—',
      }),
    );
  });
  lines.push('');
  const name = (from: number) => `${stageName(plan, from)} → ${stageName(plan, from + 1)}`;
  const b = review.bottleneck;
  if (b) {
    lines.push(
      t(REVIEW.bottleneckLine, {
        transition: name(b.from),
        actual: percent(b.actual as number),
        planned: percent(b.planned),
      }),
    );
  } else lines.push(t(REVIEW.noBottleneck));
  for (const tr of review.transitions.filter((x) => x.volumeMetQualityNot)) {
    lines.push(t(REVIEW.volumeMetLine, { stage: stageName(plan, tr.from), transition: name(tr.from) }));
  }
  if (b) {
    const hints = hintsFor(b.kind);
    lines.push(t(REVIEW.nextFix, { lookAt: t(hints.lookAt), fixes: t(hints.fixes) }));
  } else {
    const behind = review.stages.findIndex((s) => s.status === 'red' || s.status === 'amber');
    lines.push(behind >= 0 ? t(REVIEW.nextVolume, { stage: stageName(plan, behind) }) : t(REVIEW.nextKeep));
  }
  return lines.join('\n');
}
