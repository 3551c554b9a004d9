import { L } from './catalog/sheets';
import { TRACKER_REVIEW } from './catalog/tracker';
import { groupThousands, percent } from './format';
import { render, type Lang, type Params, type Text } from './i18n';
import type { Status } from './review';
import { dueNow, type KpiEntries, type KpiProgress } from './tracker';

const STATUS: Record<Status, Text> = { green: L.statusGreen, amber: L.statusAmber, red: L.statusRed };

const number = (v: number) => (Number.isInteger(v) ? groupThousands(v) : groupThousands(v, 2));

/**
 * The initiative KPIs in the progress review: those due or overdue as of `today` with their
 * status, the initiative most behind with its short sub-metrics, and KPIs met in number but not
 * in quality.
 */
export function trackerSummary(
  progress: readonly KpiProgress[],
  entries: readonly KpiEntries[],
  today: string,
  lang: Lang,
  sheet: string,
): string[] {
  const t = (text: Text, params?: Params) => render(text, lang, params);
  const names = (p: KpiProgress) => ({
    initiative: p.tracked.initiative.name,
    kpi: p.tracked.initiative.kpi.name,
  });
  const { due, mostBehind } = dueNow(progress, entries, today);
  const lines: string[] = [];
  if (!due.length) lines.push(t(TRACKER_REVIEW.noneDue, { date: today }));
  else {
    lines.push(t(TRACKER_REVIEW.heading, { date: today, sheet }));
    for (const { progress: p, check } of due) {
      const count = check.state === 'overdue' ? check.overdueCount + check.dueCount : check.dueCount;
      const latest =
        p.latest === null
          ? t(TRACKER_REVIEW.noActual)
          : t(TRACKER_REVIEW.latest, {
              actual: number(p.latest),
              target: number(p.tracked.initiative.kpi.target),
              attainment: p.attainment === null ? '—' : percent(p.attainment),
              status: p.status ? t(STATUS[p.status]) : '—',
            });
      lines.push(
        t(TRACKER_REVIEW.dueLine, {
          ...names(p),
          state: t(check.state === 'overdue' ? TRACKER_REVIEW.overdue : TRACKER_REVIEW.due),
          count,
          since: check.next?.review ?? '',
          latest,
        }),
      );
    }
  }
  if (mostBehind) {
    lines.push(
      t(TRACKER_REVIEW.mostBehind, {
        ...names(mostBehind),
        attainment: percent(mostBehind.attainment as number),
      }),
    );
    const short = mostBehind.subs
      .filter((s) => s.status === 'red' || s.status === 'amber')
      .map((s) => s.sub.name);
    if (short.length) lines.push(t(TRACKER_REVIEW.shortSubs, { subs: short.join(', ') }));
  }
  for (const p of progress.filter((x) => x.quality === 'numberNotQuality')) {
    lines.push(
      t(TRACKER_REVIEW.numberNotQuality, {
        ...names(p),
        share: percent(p.qualifiedShare as number),
        needed: percent(p.qualityShare),
        quality: p.tracked.initiative.kpi.quality,
      }),
    );
  }
  return lines;
}
