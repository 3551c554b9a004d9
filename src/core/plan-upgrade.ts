/** Plans written by earlier versions, read as the current version. */
import { PLAN_SCHEMA_VERSION, STAGE_KINDS, type StageKind } from './plan';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Version 1 knew the standard stages by their ids ('leads', 'mql', ...); any other id is a stage of the user's own. */
export function kindFromId(id: unknown): StageKind {
  const kind = STAGE_KINDS.find((k) => k === id);
  return kind ?? 'custom';
}

/** Version 1 -> 2: each stage without a kind gets the kind its id names. */
function stagesWithKinds(stages: unknown): unknown {
  return Array.isArray(stages)
    ? stages.map((s: unknown) => (isObj(s) && s.kind === undefined ? { ...s, kind: kindFromId(s.id) } : s))
    : stages;
}

/** Version 2 -> 3: a KPI without the tracker's fields gets their defaults (none, the plan's rate). */
function kpiWithTracker(kpi: unknown): unknown {
  if (!isObj(kpi)) return kpi;
  return { qualityShare: null, endDate: null, countsStage: false, subMetrics: [], ...kpi };
}

function csfsWithTracker(csfs: unknown): unknown {
  if (!Array.isArray(csfs)) return csfs;
  return csfs.map((csf: unknown) =>
    isObj(csf) && Array.isArray(csf.initiatives)
      ? {
          ...csf,
          initiatives: csf.initiatives.map((ini: unknown) =>
            isObj(ini) ? { ...ini, kpi: kpiWithTracker(ini.kpi) } : ini,
          ),
        }
      : csf,
  );
}

/**
 * A stored plan or draft of version 1 or 2 as the current version. Anything else is returned
 * unchanged (validation then says what is wrong with it).
 */
export function upgradePlan(value: unknown): unknown {
  if (!isObj(value) || (value.schemaVersion !== 1 && value.schemaVersion !== 2)) return value;
  const stages = value.schemaVersion === 1 ? stagesWithKinds(value.stages) : value.stages;
  return { ...value, schemaVersion: PLAN_SCHEMA_VERSION, stages, csfs: csfsWithTracker(value.csfs) };
}
