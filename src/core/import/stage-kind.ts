import type { Plan, Stage, StageKind } from '../plan';

export type { StageKind } from '../plan';

/** What a plan stage is for an import, whatever the marketer calls it: its kind. */
export function stageKindOf(stage: Stage): StageKind {
  return stage.kind;
}

/** Where a funnel step sits, to tell which stages come after a date column's stage. */
export const KIND_RANK: Record<Exclude<StageKind, 'custom'>, number> = {
  sessions: 0,
  leads: 1,
  mql: 2,
  sql: 3,
  opportunities: 4,
  won: 5,
};

/**
 * The kind each plan stage plays in an import. Records are created at the leads stage (the top
 * stage when no stage has kind leads) and customers are won at the won stage (the last stage when
 * none has kind won), as channels and the goal already assume.
 */
export function importRoles(plan: Plan): StageKind[] {
  const kinds = plan.stages.map(stageKindOf);
  if (kinds.length > 0 && !kinds.includes('leads')) kinds[0] = 'leads';
  if (kinds.length > 1 && !kinds.includes('won')) kinds[kinds.length - 1] = 'won';
  return kinds;
}

/** Rank of each plan stage: its kind's rank, and for custom stages a little above the stage before. */
export function stageRanks(roles: readonly StageKind[]): number[] {
  let previous = 0;
  let step = 0;
  return roles.map((kind) => {
    if (kind === 'custom') {
      step += 0.01;
      return previous + step;
    }
    previous = KIND_RANK[kind];
    step = 0;
    return previous;
  });
}
