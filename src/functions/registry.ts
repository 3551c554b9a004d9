import { findBottleneck, transitionLabel } from '../core/bottleneck';
import { fail } from '../core/errors';
import { ceilCount, exactDeals, MAX_STAGES, MIN_STAGES, requiredVolume, reverseFunnel } from '../core/funnel';
import { render, type Lang } from '../core/i18n';
import { attainment, cac, conversionRate, cpl, ltv, pace, romi } from '../core/metrics';
import { isBlank, readValue, type ValueKind } from '../core/parse';
import {
  FUNCTION_DOCS,
  FUNCTION_NAMES,
  FUNNEL_PLAN_HEADER,
  type FunctionDoc,
  type FunctionName,
  type ParamDoc,
  type ScalarParam,
} from '../core/catalog/functions';
import { broadcast, isRange, readEach, readList, single, type CellArg } from './grid';

/** One custom function: its documentation (in the core catalog) and its code. */
export interface CustomFunction extends FunctionDoc {
  run(args: CellArg[], lang: () => Lang): unknown;
}

const docOf = (p: ScalarParam): ParamDoc => ({ name: p.name, type: 'number', help: p.help });

/** A function of single values that broadcasts over ranges; `compute` gets one number per parameter. */
function scalarFunction<const Params extends readonly ScalarParam[]>(
  doc: FunctionDoc<Params>,
  compute: (values: { [K in keyof Params]: number }) => number,
): CustomFunction {
  return {
    ...doc,
    params: doc.params.map(docOf),
    run: (args) => broadcast(args, doc.params, (raw, p) => readValue(raw, p.name, p.kind), compute),
  };
}

function readStageNames(arg: CellArg, name: string): string[] {
  const list = readList(arg, name);
  const names = readEach(list, (raw) => {
    if (isBlank(raw)) fail('empty', name);
    return String(raw).trim();
  });
  if (names.length < MIN_STAGES || names.length > MAX_STAGES) {
    fail('stageCount', name, { min: MIN_STAGES, max: MAX_STAGES, value: names.length });
  }
  return names;
}

function readNumbers(arg: CellArg, name: string, kind: ValueKind, expected: number): number[] {
  const list = readList(arg, name);
  if (list.values.length !== expected) fail('listLength', name, { value: list.values.length, expected });
  return readEach(list, (raw) => readValue(raw, name, kind));
}

const IMPLEMENTATIONS: Record<FunctionName, CustomFunction> = {
  REQUIRED_ORDERS: scalarFunction(FUNCTION_DOCS.REQUIRED_ORDERS, ([revenue, deal]) =>
    ceilCount(exactDeals(revenue, deal), 'revenue_target'),
  ),
  REQUIRED_OPPORTUNITIES: scalarFunction(FUNCTION_DOCS.REQUIRED_OPPORTUNITIES, ([revenue, deal, win]) =>
    requiredVolume(exactDeals(revenue, deal), [win], 'revenue_target'),
  ),
  REQUIRED_MQLS: scalarFunction(FUNCTION_DOCS.REQUIRED_MQLS, ([revenue, deal, win, opp]) =>
    requiredVolume(exactDeals(revenue, deal), [win, opp], 'revenue_target'),
  ),
  REQUIRED_LEADS: scalarFunction(FUNCTION_DOCS.REQUIRED_LEADS, ([revenue, deal, win, opp, mql]) =>
    requiredVolume(exactDeals(revenue, deal), [win, opp, mql], 'revenue_target'),
  ),
  REQUIRED_VOLUME: {
    ...FUNCTION_DOCS.REQUIRED_VOLUME,
    run(args) {
      const rateArgs = args.slice(1);
      const rates: number[] = [];
      rateArgs.forEach((arg) => {
        const cells = isRange(arg) ? arg.flat() : [arg];
        for (const cell of cells) if (!isBlank(cell)) rates.push(readValue(cell, 'rates', 'rate'));
      });
      if (rates.length === 0) fail('empty', 'rates');
      return broadcast(
        [args[0]],
        [{ name: 'target_count' }],
        (raw, p) => readValue(raw, p.name, 'amount'),
        ([target]) => requiredVolume(target, rates, 'target_count'),
      );
    },
  },
  FUNNEL_PLAN: {
    ...FUNCTION_DOCS.FUNNEL_PLAN,
    run(args, lang) {
      const revenue = readValue(single(args[0], 'revenue_target'), 'revenue_target', 'amount');
      const deal = readValue(single(args[1], 'avg_deal_size'), 'avg_deal_size', 'positive');
      const names = readStageNames(args[2], 'stage_names');
      const rates = readNumbers(args[3], 'conversion_rates', 'rate', names.length - 1);
      const rows = reverseFunnel(revenue, deal, rates, 1, 'revenue_target');
      const header = FUNNEL_PLAN_HEADER.map((text) => render(text, lang()));
      return [header, ...rows.map((row) => [names[row.index], row.rate ?? '', row.required])];
    },
  },
  CPL: scalarFunction(FUNCTION_DOCS.CPL, ([cost, leads]) => cpl(cost, leads)),
  CAC: scalarFunction(FUNCTION_DOCS.CAC, ([cost, customers]) => cac(cost, customers)),
  ROMI: scalarFunction(FUNCTION_DOCS.ROMI, ([revenue, cost]) => romi(revenue, cost)),
  LTV: scalarFunction(FUNCTION_DOCS.LTV, ([revenue, margin, churn]) => ltv(revenue, margin, churn)),
  CONVERSION_RATE: scalarFunction(FUNCTION_DOCS.CONVERSION_RATE, ([from, to]) => conversionRate(from, to)),
  ATTAINMENT: scalarFunction(FUNCTION_DOCS.ATTAINMENT, ([actual, target]) => attainment(actual, target)),
  PACE: scalarFunction(FUNCTION_DOCS.PACE, ([actual, target, elapsed]) => pace(actual, target, elapsed)),
  BOTTLENECK: {
    ...FUNCTION_DOCS.BOTTLENECK,
    run(args) {
      const names = readStageNames(args[0], 'stage_names');
      const planned = readNumbers(args[1], 'planned_rates', 'rate', names.length - 1);
      // No actuals typed yet: nothing falls short, as when every transition meets plan.
      const actuals = args[2];
      if (actuals !== undefined && (isRange(actuals) ? actuals.flat() : [actuals]).every(isBlank)) return '';
      const list = readList(actuals, 'actual_counts');
      if (list.values.length > names.length) {
        fail('listLength', 'actual_counts', { value: list.values.length, expected: names.length });
      }
      const counts = readEach(list, (raw) =>
        isBlank(raw) ? null : readValue(raw, 'actual_counts', 'amount'),
      );
      while (counts.length < names.length) counts.push(null);
      const worst = findBottleneck(planned, counts);
      return worst ? transitionLabel(names, worst.from) : '';
    },
  },
};

export const CUSTOM_FUNCTIONS: CustomFunction[] = FUNCTION_NAMES.map((name) => IMPLEMENTATIONS[name]);
