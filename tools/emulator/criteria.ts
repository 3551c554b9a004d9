import type { HyperFormula } from 'hyperformula';

type Parse = (criterion: unknown, helper: unknown) => unknown;

/**
 * COUNTIFS/SUMIFS criteria read as Sheets reads them: one leading operator (<= >= <> < > =), and
 * the rest is the value, whatever characters it holds. HyperFormula takes every leading < > = for
 * the operator and finds one anywhere in the text, so "=<5 employees" (the exact match a channel
 * named "<5 employees" is counted by) is #VALUE! there and "a<b" a comparison. Only criteria whose
 * value holds < > = are read here; every other one stays the engine's own.
 */
export function useSheetsCriteria(hf: HyperFormula): void {
  const internals = hf as unknown as {
    _evaluator?: { interpreter?: { criterionBuilder?: { parseCriterion: Parse } } };
  };
  const builder = internals._evaluator?.interpreter?.criterionBuilder;
  if (!builder) throw new Error('HyperFormula changed: its criterion parser was not found');
  const own = builder.parseCriterion.bind(builder);
  builder.parseCriterion = (criterion, helper) => {
    if (typeof criterion !== 'string') return own(criterion, helper);
    const operator = /^(<=|>=|<>|<|>|=)?/.exec(criterion)?.[1] ?? '';
    const value = criterion.slice(operator.length);
    if (!/[<>=]/.test(value)) return own(criterion, helper);
    // Text with < > = in it is no number: equal or not equal as text (wildcards apply); an
    // ordering of text the engine does not do either way.
    if (operator === '' || operator === '=') return { operator: 'EQUAL', value };
    if (operator === '<>') return { operator: 'NOT_EQUAL', value };
    return own(criterion, helper);
  };
}
