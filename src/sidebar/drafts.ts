/** Saves the working plan as a draft shortly after the last change, so closing the sidebar loses nothing. */
import type { Plan } from '../core/plan';
import { call } from './bridge';

export type DraftStatus = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; message: string };

export const DRAFT_DELAY_MS = 800;

export class DraftSaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;
  status: DraftStatus = { status: 'idle' };

  constructor(
    private readonly snapshot: () => Plan,
    private readonly onStatus: (status: DraftStatus) => void,
    private readonly delayMs = DRAFT_DELAY_MS,
  ) {}

  /** (Re)starts the countdown; only the last change within the delay is saved. */
  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => this.save(), this.delayMs);
  }

  /** Drops a pending save, e.g. when the plan is about to be applied. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.generation++;
  }

  private async save(): Promise<void> {
    this.timer = null;
    const generation = ++this.generation;
    this.set({ status: 'saving' });
    try {
      await call('saveDraft', this.snapshot());
      if (generation === this.generation) this.set({ status: 'saved' });
    } catch (error) {
      if (generation === this.generation) this.set({ status: 'failed', message: (error as Error).message });
    }
  }

  private set(status: DraftStatus): void {
    this.status = status;
    this.onStatus(status);
  }
}
