/** Plans written by earlier versions, read as the current version. */
import { PLAN_SCHEMA_VERSION, STAGE_KINDS, type StageKind } from './plan';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 1 knew the standard stages by their ids ('leads', 'mql', ...); any other id is a stage of the user's own. */
export function kindFromId(id: unknown): StageKind {
  const kind = STAGE_KINDS.find((k) => k === id);
  return kind ?? 'custom';
}

/**
 * A stored plan or draft of version 1 as version 2: each stage without a kind gets the kind its id
 * names. Anything else is returned unchanged (validation then says what is wrong with it).
 */
export function upgradePlan(value: unknown): unknown {
  if (!isObj(value) || value.schemaVersion !== 1) return value;
  const stages = Array.isArray(value.stages)
    ? value.stages.map((s: unknown) =>
        isObj(s) && s.kind === undefined ? { ...s, kind: kindFromId(s.id) } : s,
      )
    : value.stages;
  return { ...value, schemaVersion: PLAN_SCHEMA_VERSION, stages };
}
