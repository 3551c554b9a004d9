import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Lang } from '../src/core/i18n';
import { CUSTOM_FUNCTIONS } from '../src/functions';
import { loadBundle, sessionWithLocale } from './support/bundle';
import { argumentsFor, isOurError, resultProblem } from './support/custom-functions';

const bundle = () => loadBundle({ Session: sessionWithLocale('en_US') });

describe('dist/Code.js as Apps Script sees it', () => {
  const { source } = bundle();

  test('has no import or export and targets ES2019 (no ?. or ?? left)', () => {
    expect(source).not.toMatch(/^\s*(import|export)\b/m);
    expect(source).not.toMatch(/\?\.[A-Za-z_(]|\?\?/);
    expect(source).toContain('@OnlyCurrentDoc');
  });

  test('loading it touches no service (a Session that throws on touch is present)', () => {
    expect(() => bundle()).not.toThrow();
  });

  test('every custom function is a top-level function with real parameter names and JSDoc directly above', () => {
    for (const fn of CUSTOM_FUNCTIONS) {
      const params = fn.params.map((p) => p.name).join(', ');
      const pattern = new RegExp(
        `/\\*\\*\\n(?: \\*.*\\n)*? \\* @customfunction\\n \\*/\\nfunction ${fn.name}\\(${params}\\) \\{`,
      );
      expect(source).toMatch(pattern);
      const doc = source
        .slice(0, source.indexOf(`function ${fn.name}(`))
        .split('/**')
        .pop()!;
      for (const p of fn.params) expect(doc).toContain(`@param {${p.type}} ${p.name} `);
      expect(doc).toContain(fn.summary.en);
      expect(doc).toContain(fn.summary.ja);
    }
  });

  test('menu and trigger globals are top-level functions too', () => {
    for (const name of ['onOpen', 'onInstall', 'showFunctionReference']) {
      expect(source).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  test('the manifest asks for the current spreadsheet and the UI container only', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'dist', 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toBeTruthy();
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
    ]);
  });
});

describe('custom functions called through their stubs', () => {
  const { call } = bundle();

  test('the worked example: 22,223 leads, and 21 ÷ 35% is 60', () => {
    expect(call('REQUIRED_LEADS', 1000000000, 5000000, 0.2, 0.15, 0.3)).toBe(22223);
    expect(call('REQUIRED_OPPORTUNITIES', 105000000, 5000000, 0.35)).toBe(60);
  });

  test.each(CUSTOM_FUNCTIONS.map((fn) => [fn.name, fn] as const))(
    '%s returns its documented example',
    (name, fn) => {
      const result = call(name, ...fn.example.args);
      if (typeof fn.example.result === 'number') expect(result).toBeCloseTo(fn.example.result, 9);
      else expect(result).toEqual(fn.example.result);
    },
  );

  test('text input as marketers type it', () => {
    expect(call('REQUIRED_LEADS', '10億', '¥5,000,000', '20%', '１５％', '30%')).toBe(22223);
    expect(call('REQUIRED_ORDERS', '500万円', '$5,000')).toBe(1000);
  });

  test('ranges broadcast, blank rows give blank results, single cells apply to every row', () => {
    const revenue = [[1000000000], [''], [105000000], ['']];
    expect(call('REQUIRED_ORDERS', revenue, 5000000)).toEqual([[200], [''], [21], ['']]);
    expect(call('REQUIRED_OPPORTUNITIES', revenue, [[5000000], [5000000], [5000000], ['']], 0.35)).toEqual([
      [572],
      [''],
      [60],
      [''],
    ]);
    expect(call('REQUIRED_LEADS', [[1e9, 2e9]], 5e6, 0.2, 0.15, [[0.3]])).toEqual([[22223, 44445]]);
    expect(call('CPL', [[1500000, 100]], [[300, 0.5]])).toEqual([[5000, 200]]);
  });

  test('REQUIRED_VOLUME takes rates as numbers or ranges', () => {
    expect(call('REQUIRED_VOLUME', 200, [[0.2], [0.15], [0.3]])).toBe(22223);
    expect(call('REQUIRED_VOLUME', [[200], [21], ['']], [[0.2, 0.15]], '30%')).toEqual([
      [22223],
      [2334],
      [''],
    ]);
    expect(call('REQUIRED_VOLUME', 21, 0.35)).toBe(60);
  });

  test('FUNNEL_PLAN accepts a column of names and a column of rates', () => {
    const table = call(
      'FUNNEL_PLAN',
      '10億',
      5000000,
      [['Sessions'], ['Leads'], ['MQL'], ['Opp'], ['Won']],
      [[0.02], [0.3], [0.15], [0.2]],
    ) as unknown[][];
    expect(table.map((row) => row[2])).toEqual(['Required', 1111112, 22223, 6667, 1000, 200]);
  });

  test('errors name the parameter and say how to fix it', () => {
    expect(() => call('REQUIRED_LEADS', 1e9, 5e6, 20, 0.15, 0.3)).toThrow(
      'win_rate: 20 is more than 1. Rates are fractions: type 20% or 0.2.',
    );
    expect(() => call('REQUIRED_LEADS', 1e9, 5e6, 0.2, 0.15)).toThrow('mql_rate is empty');
    expect(() => call('REQUIRED_LEADS', 1e9, 5e6, 0.2, 0.15, '')).toThrow('mql_rate is empty');
    expect(() => call('REQUIRED_ORDERS', 1e9, 0)).toThrow('avg_deal_size must be more than zero');
    expect(() => call('CPL', 100, 0)).toThrow('leads is zero');
    expect(() => call('REQUIRED_ORDERS', [[1e9], ['lots']], 5e6)).toThrow(
      'revenue_target: "lots" is not a number. Type one such as 1,000,000. (row 2, column 1 of the range)',
    );
    expect(() => call('REQUIRED_ORDERS', [[1], [2]], [[1, 2]])).toThrow('avg_deal_size is a 1×2 range');
    expect(() => call('FUNNEL_PLAN', 1e9, 5e6, [['A', 'B', 'C']], [[0.1]])).toThrow(
      'conversion_rates has 1 value but needs 2',
    );
    expect(() => call('FUNNEL_PLAN', 1e9, 5e6, [['A']], [[0.1]])).toThrow('2 to 10 stages');
    expect(() => call('REQUIRED_VOLUME', 1e300, 1e-6, 1e-6)).toThrow('too large');
    expect(() => call('FUNNEL_PLAN', 1, 5e-324, [['A'], ['B']], [[0.01]])).toThrow(
      'revenue_target: the result is too large to compute.',
    );
  });

  test('errors are in Japanese for a Japanese locale', () => {
    const ja = loadBundle({ Session: sessionWithLocale('ja') });
    expect(() => ja.call('REQUIRED_LEADS', 1e9, 5e6, 0.2, 0.15)).toThrow(
      'mql_rate が空です。値を入力してください。',
    );
    expect(() => ja.call('REQUIRED_LEADS', 1e9, 5e6, 20, 0.15, 0.3)).toThrow(
      '20% または 0.2 と入力してください',
    );
    const table = ja.call('FUNNEL_PLAN', 1e9, 5e6, [['リード', '受注']], [[0.05]]) as unknown[][];
    expect(table[0]).toEqual(['段階', '転換率', '必要件数']);
  });

  test('a locale that cannot be read falls back to English', () => {
    const broken = loadBundle({
      Session: {
        getActiveUserLocale: () => {
          throw new Error('not allowed');
        },
      },
    });
    expect(() => broken.call('CPL', 100, 0)).toThrow('leads is zero');
  });

  test('BOTTLENECK names the transition, or returns an empty string', () => {
    const names = [['Leads', 'MQL', 'Opportunities', 'Won deals']];
    const planned = [[0.3, 0.15, 0.2]];
    expect(call('BOTTLENECK', names, planned, [[1000, 300, 30, 6]])).toBe('MQL → Opportunities');
    expect(call('BOTTLENECK', names, planned, [[1000, 300, 45, 9]])).toBe('');
    expect(call('BOTTLENECK', names, planned, [[1000, 200, '', '']])).toBe('Leads → MQL');
  });
});

/** What a call did: returned a result, or threw with a message. */
function attempt(run: () => unknown): { result: unknown } | { message: string } {
  try {
    return { result: run() };
  } catch (error) {
    return { message: (error as Error).message };
  }
}

describe('custom functions over random input, as Sheets may pass it', () => {
  const bundles = { en: bundle(), ja: loadBundle({ Session: sessionWithLocale('ja') }) };

  test.each(CUSTOM_FUNCTIONS.map((fn) => [fn.name, fn] as const))(
    '%s returns its documented shape or one of our error messages, never a raw JS error',
    (name, fn) => {
      fc.assert(
        fc.property(argumentsFor(fn), fc.constantFrom<Lang>('en', 'ja'), (args, lang) => {
          const outcome = attempt(() => bundles[lang].call(name, ...args));
          if ('message' in outcome) {
            expect(isOurError(fn, outcome.message, lang) ? 'ours' : outcome.message).toBe('ours');
          } else {
            expect(resultProblem(fn, args, outcome.result)).toBeNull();
          }
        }),
        { numRuns: 400 },
      );
    },
  );

  test('the check tells our messages from raw JS errors', () => {
    const fn = CUSTOM_FUNCTIONS.find((f) => f.name === 'REQUIRED_LEADS')!;
    expect(isOurError(fn, 'win_rate: 20 is more than 1. Rates are fractions: type 20% or 0.2.', 'en')).toBe(
      true,
    );
    expect(isOurError(fn, 'mql_rate が空です。値を入力してください。', 'ja')).toBe(true);
    expect(
      isOurError(
        fn,
        'revenue_target: "lots" is not a number. Type one such as 1,000,000. (row 2, column 1 of the range)',
        'en',
      ),
    ).toBe(true);
    for (const raw of [
      "Cannot read properties of undefined (reading 'length')",
      'Maximum call stack size exceeded',
      'rows.map is not a function',
      'undefined',
      'Invalid array length',
      'mql_rate is empty. Enter a value.', // right text, wrong language
      'cost is empty. Enter a value.', // not a parameter of REQUIRED_LEADS
    ]) {
      expect(isOurError(fn, raw, raw.startsWith('mql_rate') ? 'ja' : 'en')).toBe(false);
    }
  });
});

describe('the build fails loudly', () => {
  const main = readFileSync(join(__dirname, '..', 'src', 'server', 'main.ts'), 'utf8');
  const buildWith = (entrySource: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-build-'));
    writeFileSync(join(dir, 'main.ts'), entrySource);
    const script = join(__dirname, '..', 'scripts', 'build.mjs');
    return () =>
      execFileSync('node', [script, '--entry', join(dir, 'main.ts'), '--outdir', join(dir, 'dist')], {
        stdio: 'pipe',
      });
  };

  test('an unchanged entry builds', () => {
    expect(buildWith(main)).not.toThrow();
  });

  test('when a custom function loses its global', () => {
    const broken = main.replace(/^export const BOTTLENECK = .*$/m, '');
    expect(broken).not.toBe(main);
    expect(buildWith(broken)).toThrow(/BOTTLENECK is not exported/);
  });

  test('when loading the bundle would call a service', () => {
    expect(buildWith(`${main}\nexport const LOCALE = Session.getActiveUserLocale();\n`)).toThrow(
      /must not call any service/,
    );
  });

  test('when a global is not a plain function declaration', () => {
    expect(buildWith(`${main}\nexport const helper = (a: number) => a;\n`)).toThrow(/must be declared as/);
  });
});
