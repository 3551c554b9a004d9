type Lock = GoogleAppsScript.Lock.Lock;

export type LockKind = 'document' | 'script' | 'user';

/** Who holds one of the three locks: a Lock object of the script, another process, or nobody. */
class LockState {
  holder: FakeLock | 'other' | null = null;
  /** How long (ms) the other process keeps holding it; Infinity = until released by the test. */
  otherHoldsFor = Infinity;
}

export class FakeLock implements Lock {
  constructor(private readonly state: LockState) {}
  hasLock(): boolean {
    return this.state.holder === this;
  }
  releaseLock(): void {
    if (this.state.holder === this) this.state.holder = null;
  }
  /** Time does not pass in the emulator: the lock is free now, or frees within the timeout, or not. */
  tryLock(timeoutInMillis: number): boolean {
    const { holder } = this.state;
    if (holder === 'other' && timeoutInMillis >= this.state.otherHoldsFor) this.state.holder = null;
    if (this.state.holder === null || this.state.holder === this) {
      this.state.holder = this;
      return true;
    }
    return false;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }
}

export class FakeLockService implements GoogleAppsScript.Lock.LockService {
  private readonly states: Record<LockKind, LockState> = {
    document: new LockState(),
    script: new LockState(),
    user: new LockState(),
  };
  getDocumentLock(): Lock {
    return new FakeLock(this.states.document);
  }
  getScriptLock(): Lock {
    return new FakeLock(this.states.script);
  }
  getUserLock(): Lock {
    return new FakeLock(this.states.user);
  }
  /** Test hook: another execution holds the lock (for `forMillis`, or until releaseByOther). */
  holdByOther(kind: LockKind, forMillis = Infinity): void {
    this.states[kind].holder = 'other';
    this.states[kind].otherHoldsFor = forMillis;
  }
  releaseByOther(kind: LockKind): void {
    if (this.states[kind].holder === 'other') this.states[kind].holder = null;
  }
  isHeld(kind: LockKind): boolean {
    return this.states[kind].holder !== null;
  }
}
