/** The wizard: holds the working plan, renders the current step and keeps every number live. */
import type { SidebarInit, WizardMode } from '../core/api';
import { PLAN_BAR } from '../core/catalog/plans';
import { APP, DRAFT, GOAL, STEP_NAMES } from '../core/catalog/sidebar';
import { CURRENCY_SYMBOL } from '../core/format';
import { render as renderText, type Lang, type Params, type Text } from '../core/i18n';
import type { Plan } from '../core/plan';
import type { PlanIssue } from '../core/plan-validate';
import { upgradePlan } from '../core/plan-upgrade';
import { call } from './bridge';
import { derive, type Derived } from './derive';
import { button, el, replaceChildren, setText } from './dom';
import { DraftSaver, type DraftStatus } from './drafts';
import { switchCurrency } from './edits';
import { fieldId, setAt } from './fields';
import { functionsPanel } from './functions-panel';
import { langSwitch } from './lang-switch';
import { createTreeView, nextShown, type TreeView, type Shown } from './tree-view';
import { channelsStep } from './steps/channels';
import { csfsStep } from './steps/csfs';
import { funnelStep } from './steps/funnel';
import { goalStep } from './steps/goal';
import { reviewStep, stepOfPath } from './steps/review';
import { View, type ApplyState, type Focus, type Host } from './view';

const STEPS: ((v: View) => HTMLElement)[] = [goalStep, funnelStep, channelsStep, csfsStep, reviewStep];
const CSF_STEP = 3;
const REVIEW_STEP = STEPS.length - 1;

/** Names of the timings `test/sidebar/support/measure.ts` reads through the Performance API. */
export const MARK_FIRST_RENDER = 'kpi:first-render';
export const MEASURE_RECOMPUTE = 'kpi:recompute';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export class Wizard implements Host {
  lang: Lang;
  mode: WizardMode;
  plan: Plan;
  applyState: ApplyState = { status: 'idle' };
  derived!: Derived;
  private step = 0;
  private panel: 'wizard' | 'functions' = 'wizard';
  private serverIssues: PlanIssue[] = [];
  private touched = false;
  /** What the last currency switch did to the amounts, shown on the goal step. */
  private currencyNotice: string | null = null;
  private applying = false;
  private measured = 0;
  private view: View | null = null;
  private treeView: TreeView | null = null;
  private shown: Shown | null = null;
  private main: HTMLElement | null = null;
  private draftStatus: HTMLElement | null = null;
  private stepButtons: { button: HTMLButtonElement; name: Text }[] = [];
  private readonly drafts: DraftSaver;

  constructor(
    private readonly root: HTMLElement,
    private readonly init: SidebarInit,
    private readonly restart: () => void,
  ) {
    this.lang = init.lang;
    this.mode = init.mode === 'edit' ? 'edit' : 'new';
    // A draft saved by an earlier version is read as the current one.
    this.plan = upgradePlan(clone(init.plan)) as Plan;
    this.drafts = new DraftSaver(
      () => clone(this.plan),
      (s) => this.showDraftStatus(s),
    );
  }

  private t(text: Text, params?: Params): string {
    return renderText(text, this.lang, params);
  }

  start(): void {
    this.render();
    performance.mark(MARK_FIRST_RENDER);
  }

  // ----- Host: what the steps call -----

  change(path: string, value: unknown): void {
    const started = performance.now();
    setAt(this.plan, path, value);
    this.edited(path);
    this.refresh();
    this.record(started);
  }

  restructure(edit: (plan: Plan) => void, focus?: Focus): void {
    edit(this.plan);
    this.edited(null);
    this.render();
    const id = typeof focus === 'function' ? focus(this.plan) : focus;
    if (id) document.getElementById(id)?.focus();
  }

  goTo(step: number, focusId?: string): void {
    this.step = Math.max(0, Math.min(step, REVIEW_STEP));
    this.panel = 'wizard';
    this.render(true);
    const target = focusId ? document.getElementById(focusId) : null;
    (target ?? document.getElementById('step-heading'))?.focus();
    if (target) target.scrollIntoView({ block: 'center' });
  }

  async apply(): Promise<void> {
    if (this.applying || !this.derived.ok) return;
    this.applying = true;
    this.drafts.cancel();
    this.applyState = { status: 'busy' };
    this.render();
    try {
      const result = await call('applyPlan', clone(this.plan), this.mode);
      if (result.ok) {
        this.applyState = { status: 'done', message: result.message, sheets: result.sheets };
        this.mode = 'edit';
        this.serverIssues = [];
      } else {
        this.applyState = { status: 'issues', message: result.message };
        this.serverIssues = result.issues;
      }
    } catch (error) {
      this.applyState = { status: 'failed', message: (error as Error).message };
    } finally {
      this.applying = false;
      this.render();
      document.getElementById('apply-status')?.focus();
    }
  }

  // ----- rendering -----

  private edited(path: string | null): void {
    this.touched = true;
    // A server issue is stale once its field changes; after a structural edit, all of them are.
    this.serverIssues = path === null ? [] : this.serverIssues.filter((i) => i.path !== path);
    if (this.applyState.status !== 'busy') this.applyState = { status: 'idle' };
    this.drafts.schedule();
  }

  private record(started: number): void {
    const end = performance.now();
    if (++this.measured > 1000) {
      performance.clearMeasures(MEASURE_RECOMPUTE);
      this.measured = 1;
    }
    performance.measure(MEASURE_RECOMPUTE, { start: started, end });
  }

  /** Recomputes from the working plan and updates every live part; inputs stay untouched. */
  refresh(): void {
    this.derived = derive(this.plan, this.serverIssues);
    this.shown = nextShown(this.shown, this.derived, this.plan);
    this.treeView?.update(this.shown, !this.derived.numbers || !this.derived.budgetKnown);
    this.view?.update(this.derived);
    const attention = new Set<number>(this.derived.issues.map((i) => stepOfPath(i.path)));
    this.stepButtons.forEach(({ button: b, name: stepName }, i) => {
      const name = this.t(stepName);
      b.classList.toggle('attention', attention.has(i));
      b.setAttribute('aria-label', attention.has(i) ? this.t(APP.stepNeedsAttention, { name }) : name);
    });
  }

  /** Rebuilds the whole sidebar for the current step and language. */
  render(newStep = false): void {
    const scroll = newStep || !this.main ? 0 : this.main.scrollTop;
    document.documentElement.lang = this.lang;
    document.title = this.t(APP.title);
    this.view = new View(this);
    this.treeView = createTreeView(this.lang);
    const main = el('main', { id: 'main' });
    const content =
      this.panel === 'functions'
        ? functionsPanel(this.lang, () => this.goTo(this.step))
        : // goTo keeps the step between 0 and REVIEW_STEP.
          STEPS[this.step]!(this.view);
    if (this.panel === 'wizard') content.insertBefore(this.notices(), content.children[1] ?? null);
    main.appendChild(content);
    replaceChildren(this.root, this.header(), main, this.footer());
    this.main = main;
    main.scrollTop = scroll;
    this.refresh();
  }

  private header(): HTMLElement {
    const langs = langSwitch(this.lang, (l) => this.setLang(l));
    const functions = button(this.t(APP.functions), () => this.togglePanel(), {
      id: 'functions-open',
      class: 'link',
      'aria-pressed': String(this.panel === 'functions'),
    });
    this.stepButtons = STEP_NAMES.map((name, i) => {
      const b = button('', () => this.goTo(i), {
        id: `step-${i + 1}`,
        class: 'step-button',
        'aria-current': this.panel === 'wizard' && i === this.step ? 'step' : null,
        title: this.t(APP.stepOf, { n: i + 1, total: STEP_NAMES.length, name: this.t(name) }),
      });
      b.append(el('span', { class: 'dot' }, String(i + 1)), el('span', { class: 'label' }, this.t(name)));
      return { button: b, name };
    });
    return el(
      'header',
      {},
      el('div', { class: 'bar' }, langs, functions),
      this.planBar(),
      el(
        'nav',
        { 'aria-label': this.t(APP.stepsNav) },
        el('ol', { class: 'steps' }, ...this.stepButtons.map((s) => el('li', {}, s.button))),
      ),
      (this.treeView as TreeView).root,
    );
  }

  /** The plan being edited; with several plans, a list that switches to another one. */
  private planBar(): HTMLElement | null {
    const { plans, planName } = this.init;
    if (!planName) return null;
    const label = el('label', { for: 'plan-switch', class: 'plan-label' }, this.t(PLAN_BAR.editing));
    if (plans.length < 2)
      return el('div', { class: 'plan-bar' }, label, el('strong', { id: 'plan-name' }, planName));
    const select = el('select', { id: 'plan-switch', title: this.t(PLAN_BAR.switchPlan) });
    for (const name of plans)
      select.appendChild(el('option', { value: name, selected: name === planName }, name));
    select.addEventListener('change', () => void this.switchPlan(select.value));
    return el('div', { class: 'plan-bar' }, label, select);
  }

  private async switchPlan(name: string): Promise<void> {
    this.drafts.cancel();
    await call('switchPlan', name);
    this.restart();
  }

  private notices(): DocumentFragment {
    const box = document.createDocumentFragment();
    if (this.step !== 0 && this.step !== CSF_STEP) return box;
    if (this.step === CSF_STEP) {
      box.appendChild(
        el(
          'div',
          { class: 'skip' },
          el('span', { class: 'hint' }, this.t(APP.skipHint)),
          button(this.t(APP.skip), () => this.goTo(REVIEW_STEP), { id: 'skip', class: 'secondary small' }),
        ),
      );
      return box;
    }
    if (this.init.notice) box.appendChild(el('p', { class: 'notice', role: 'status' }, this.init.notice));
    if (this.currencyNotice)
      box.appendChild(
        el('p', { class: 'notice', role: 'status', id: 'currency-notice' }, this.currencyNotice),
      );
    if (this.init.fromDraft && !this.touched) {
      box.appendChild(
        el(
          'div',
          { class: 'notice', role: 'status', id: 'draft-notice' },
          el('span', {}, this.t(APP.restoredDraft)),
          button(this.t(APP.startOver), () => this.startOver(), { id: 'start-over', class: 'link' }),
        ),
      );
    }
    return box;
  }

  private footer(): HTMLElement {
    this.draftStatus = el('p', { class: 'draft', id: 'draft-status', role: 'status' });
    this.showDraftStatus(this.drafts.status);
    const wizard = this.panel === 'wizard';
    return el(
      'footer',
      {},
      wizard && this.step > 0
        ? button(this.t(APP.back), () => this.goTo(this.step - 1), { id: 'back', class: 'secondary' })
        : el('span', {}),
      this.draftStatus,
      wizard && this.step < REVIEW_STEP
        ? button(this.t(APP.next), () => this.next(), { id: 'next', class: 'primary' })
        : el('span', {}),
    );
  }

  private showDraftStatus(s: DraftStatus): void {
    if (!this.draftStatus) return;
    const text =
      s.status === 'saving'
        ? this.t(DRAFT.saving)
        : s.status === 'saved'
          ? this.t(DRAFT.saved)
          : s.status === 'failed'
            ? this.t(DRAFT.failed, { message: s.message })
            : '';
    setText(this.draftStatus, text);
    this.draftStatus.classList.toggle('failed', s.status === 'failed');
  }

  // ----- actions -----

  /** Next: on to the following step, unless a field of this one is wrong; then to that field and its error. */
  private next(): void {
    const problem = this.derived.issues.find((i) => stepOfPath(i.path) === this.step);
    const field = problem ? document.getElementById(fieldId(problem.path)) : null;
    if (!field) return this.goTo(this.step + 1);
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }

  switchCurrency(currency: string): void {
    this.restructure((plan) => {
      const outcome = switchCurrency(plan, currency, Object.values(this.init.defaults));
      if (outcome === 'same') return;
      const text = outcome === 'resized' ? GOAL.currencyResized : GOAL.currencyKept;
      this.currencyNotice = this.t(text, { currency: CURRENCY_SYMBOL[currency] ?? currency });
    }, fieldId('currency'));
  }

  private setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    // An untouched new plan switches to the other language's example names and currency.
    if (this.mode === 'new' && !this.touched && !this.init.fromDraft)
      this.plan = clone(this.init.defaults[lang]);
    else {
      this.plan.lang = lang;
      this.edited(null);
    }
    this.render();
    document.getElementById(`lang-${lang}`)?.focus();
  }

  private togglePanel(): void {
    this.panel = this.panel === 'functions' ? 'wizard' : 'functions';
    this.render(true);
    document.getElementById(this.panel === 'functions' ? 'functions-heading' : 'step-heading')?.focus();
  }

  private async startOver(): Promise<void> {
    this.drafts.cancel();
    try {
      await call('discardDraft');
    } finally {
      this.restart();
    }
  }
}
