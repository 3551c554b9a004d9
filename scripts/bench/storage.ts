import { Button, createEnvironment } from '../../tools/emulator';
import { defaultPlan } from '../../src/core/plan-defaults';
import { STORE_BYTES } from '../../src/core/chunks';
import { loadBundle } from '../../test/support/bundle';

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

/** Ten plans of five scenarios each, made through the menu: what the document properties hold. */
export function benchStorage(): void {
  const env = createEnvironment({ locale: 'en_US' });
  const bundle = loadBundle(env.globals as unknown as Record<string, unknown>);
  env.ui.autoAcknowledge(true);
  let scenarios = 0;
  for (let p = 1; p <= 10; p++) {
    const plan = { ...defaultPlan('en'), name: `FY2027 marketing plan, region ${p}` };
    const result = bundle.call('applyPlan', plan, 'new') as { ok: boolean; message: string };
    if (!result.ok) throw new Error(result.message);
    for (let s = 1; s <= 5; s++) {
      env.ui.answerNext(Button.OK, `What if scenario ${s} of region ${p}`);
      bundle.call('saveScenario');
      scenarios++;
    }
  }
  const props = env.globals.PropertiesService.getDocumentProperties().getProperties();
  const bytes = Object.entries(props).reduce((sum, [k, v]) => sum + utf8(k) + utf8(v), 0);
  const stored = Object.keys(props).filter((k) => /^kpi\.plan\.\d+\.scenarios$/.test(k)).length;
  if (stored !== 10) throw new Error(`scenarios stored for ${stored} plans, not 10`);
  console.log(`bench: storage plans=10 scenarios=${scenarios} bytes=${bytes} of ${STORE_BYTES}`);
}
