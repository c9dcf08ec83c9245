import type { RawApi } from './api';
import type { CmiDialect, InteractionRecord, Pairs, StepObjective, Success } from './dialect';

/**
 * The domain verbs the rest of the adapter speaks (start, setLocation, setProgress,
 * setStepObjective, recordInteraction, setScore, complete, suspend, commit, finish), turned into
 * calls of one SCORM API through a version dialect. It owns the call discipline Moodle expects:
 * Initialize once, nothing before it, Finish once, and not a single call after Finish.
 *
 * Every verb answers `true` when the LMS took it. A value the LMS refuses as malformed is logged
 * and remembered (retrying would fail the same way); a call that answers "false" for any other
 * reason, or throws, makes the verb answer `false`: the caller keeps the data and tries again.
 */
export class ScormSession {
  private state: 'new' | 'open' | 'finished' = 'new';
  /** Values the LMS holds already, to skip rewriting them; forgotten after a failure. */
  private written = new Map<string, string>();
  private startedAt = 0;
  readonly refused: { element: string; value: string; code: string }[] = [];

  constructor(
    private readonly api: RawApi,
    readonly dialect: CmiDialect,
    private readonly now: () => number = Date.now,
  ) {}

  get finished(): boolean {
    return this.state === 'finished';
  }

  /** Initialize. Only once: a second start, or a start after finish, is refused without a call. */
  start(): boolean {
    if (this.state !== 'new') return false;
    if (!this.call(() => this.api.initialize())) return false;
    this.state = 'open';
    this.startedAt = this.now();
    return true;
  }

  /** A value the LMS has, or '' when it has none or the call failed. */
  get(element: string): string {
    if (this.state !== 'open') return '';
    try {
      const v = this.api.get(element);
      return typeof v === 'string' ? v : String(v ?? '');
    } catch {
      return '';
    }
  }

  setLocation(lessonId: string): boolean {
    return this.write(this.dialect.location(lessonId));
  }

  setProgress(done: number, total: number): boolean {
    return this.write(this.dialect.progress(done, total));
  }

  setStepObjective(index: number, objective: StepObjective): boolean {
    return this.write(this.dialect.objective(index, objective));
  }

  recordInteraction(index: number, interaction: InteractionRecord): boolean {
    return this.write(this.dialect.interaction(index, interaction));
  }

  setScore(ratio: number): boolean {
    return this.write(this.dialect.score(ratio));
  }

  complete(success: Success | null): boolean {
    return this.write(this.dialect.complete(success));
  }

  suspend(data: string): boolean {
    return this.write(this.dialect.suspend(data));
  }

  commit(): boolean {
    return this.state === 'open' && this.call(() => this.api.commit());
  }

  /**
   * Closes the session: exit ("suspend" while the track is incomplete, so the LMS resumes), the
   * session time in the version's format, Commit, then Finish — whatever the earlier calls
   * answered, since Finish also saves in most LMSs. After this, every verb is a no-op.
   */
  finish(complete: boolean): boolean {
    if (this.state !== 'open') return false;
    const wrote = this.write(this.dialect.exit(complete, this.now() - this.startedAt));
    const committed = this.call(() => this.api.commit());
    const finished = this.call(() => this.api.terminate());
    this.state = 'finished';
    return wrote && committed && finished;
  }

  /** After a failure, the LMS may have lost anything not committed: write it all again next time. */
  forget(): void {
    this.written.clear();
  }

  private write(pairs: Pairs): boolean {
    if (this.state !== 'open') return false;
    for (const [element, value] of pairs) {
      if (this.written.get(element) === value) continue;
      let answer: string;
      try {
        answer = String(this.api.set(element, value));
      } catch {
        return false;
      }
      if (answer !== 'true') {
        const code = this.lastError();
        if (!this.dialect.dataErrors.has(code)) return false;
        this.refused.push({ element, value, code });
        console.warn(`LMS refused ${element} = ${JSON.stringify(value.slice(0, 80))} (error ${code})`);
      }
      this.written.set(element, value);
    }
    return true;
  }

  private lastError(): string {
    try {
      return String(this.api.lastError());
    } catch {
      return '';
    }
  }

  private call(run: () => string): boolean {
    try {
      return String(run()) === 'true';
    } catch {
      return false;
    }
  }
}
