import type { RawApi } from './api';
import type { CmiDialect, InteractionRecord, Pairs, StepObjective, Success } from './dialect';

/** How a record the LMS keeps in a collection (`cmi.objectives.n`, `cmi.interactions.n`) was written. */
export type RecordOutcome = 'recorded' | 'refused' | 'failed';

/**
 * The domain verbs the rest of the adapter speaks (start, setLocation, setProgress,
 * setStepObjective, recordInteraction, updateInteraction, setScore, complete, setExit, suspend,
 * commit, finish), turned into calls of one SCORM API through a version dialect. It owns the call
 * discipline Moodle expects: Initialize once, nothing before it, Finish once, and not a single
 * call after Finish.
 *
 * A SetValue answering "false" refuses that one value, whatever its error code (Moodle answers
 * 201, 351, 405, 406, 408…, other LMSs 101): it is logged, remembered so the same value is not
 * sent again, and the next values are still written. The LMS counts as failing — the verb
 * answers `false` and the caller keeps the data and tries again — only when a call throws, when
 * Commit fails, or when `suspend_data`, which carries every fact, is refused other than as
 * malformed data.
 *
 * In review and browse mode (`cmi.core.lesson_mode` / `cmi.mode`) the learner looks at an attempt
 * without changing it: every tracking verb is a no-op and Finish only terminates.
 */
export class ScormSession {
  private state: 'new' | 'open' | 'finished' = 'new';
  /** Values the LMS holds already, and values it refused: neither is sent again until a failure. */
  private written = new Map<string, string>();
  private declined = new Map<string, string>();
  private startedAt = 0;
  private lookOnly = false;
  readonly refused: { element: string; value: string; code: string }[] = [];

  constructor(
    private readonly api: RawApi,
    readonly dialect: CmiDialect,
    private readonly now: () => number = Date.now,
  ) {}

  get finished(): boolean {
    return this.state === 'finished';
  }

  /** True when the LMS launched the course for review or browsing: nothing may be written. */
  get reviewing(): boolean {
    return this.lookOnly;
  }

  /** Initialize. Only once: a second start, or a start after finish, is refused without a call. */
  start(): boolean {
    if (this.state !== 'new') return false;
    if (!this.call(() => this.api.initialize())) return false;
    this.state = 'open';
    this.startedAt = this.now();
    const mode = this.get(this.dialect.read.mode);
    this.lookOnly = mode === 'review' || mode === 'browse';
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

  /** A `_count` the LMS reports, or null when it gives no number. */
  count(element: string): number | null {
    const v = this.get(element);
    return /^\d{1,5}$/.test(v) ? Number(v) : null;
  }

  setLocation(lessonId: string): boolean {
    return this.write(this.dialect.location(lessonId)) !== 'failed';
  }

  setProgress(done: number, total: number, success: Success | null = null): boolean {
    return this.write(this.dialect.progress(done, total, success)) !== 'failed';
  }

  /** Writes a step objective at index `n`; `recorded` only when the LMS took its id. */
  setStepObjective(n: number, objective: StepObjective): RecordOutcome {
    return this.write(this.dialect.objective(n, objective), { record: true });
  }

  /** Appends an interaction at index `n`; `recorded` only when the LMS took its id. */
  recordInteraction(n: number, interaction: InteractionRecord): RecordOutcome {
    return this.write(this.dialect.interaction(n, interaction), { record: true });
  }

  /** Writes a newer answer into the interaction the LMS already holds at index `n`. */
  updateInteraction(n: number, interaction: InteractionRecord): boolean {
    return this.write(this.dialect.interactionUpdate(n, interaction)) !== 'failed';
  }

  setScore(ratio: number): boolean {
    return this.write(this.dialect.score(ratio)) !== 'failed';
  }

  complete(success: Success | null): boolean {
    return this.write(this.dialect.complete(success)) !== 'failed';
  }

  /** `exit` as it should stand if the session ended now: "suspend" while the track is incomplete. */
  setExit(complete: boolean): boolean {
    return this.write(this.dialect.exit(complete)) !== 'failed';
  }

  suspend(data: string): boolean {
    return this.write(this.dialect.suspend(data), { essential: true }) !== 'failed';
  }

  commit(): boolean {
    if (this.lookOnly) return this.state === 'open';
    return this.state === 'open' && this.call(() => this.api.commit());
  }

  /**
   * Closes the session: exit ("suspend" while the track is incomplete, so the LMS resumes), the
   * session time in the version's format, when the learner asked to leave the navigation request
   * the version has (2004: suspendAll / exitAll, which an LMS may refuse), Commit, then Finish —
   * whatever the earlier calls answered, since Finish also saves in most LMSs. After this,
   * every verb is a no-op.
   */
  finish(complete: boolean, leaving = false): boolean {
    if (this.state !== 'open') return false;
    const ending = [...this.dialect.exit(complete), ...this.dialect.sessionTime(this.now() - this.startedAt)];
    const wrote = this.lookOnly || this.write(ending) !== 'failed';
    if (leaving) this.write(this.dialect.leave(complete || this.lookOnly), { navigation: true });
    const committed = this.lookOnly || this.call(() => this.api.commit());
    const finished = this.call(() => this.api.terminate());
    this.state = 'finished';
    return wrote && committed && finished;
  }

  /** After a failure, the LMS may have lost anything not committed: write it all again next time. */
  forget(): void {
    this.written.clear();
    this.declined.clear();
  }

  /**
   * Writes pairs in order. `record`: the first pair is a collection record's id; if the LMS
   * refuses it, there is no record, so its other fields are not sent. `essential`: a refusal
   * that is not a data error means the LMS is failing. `navigation`: allowed in review mode.
   */
  private write(pairs: Pairs, o: { record?: boolean; essential?: boolean; navigation?: boolean } = {}): RecordOutcome {
    if (this.state !== 'open') return 'failed';
    if (this.lookOnly && !o.navigation) return 'refused';
    for (const [i, [element, value]] of pairs.entries()) {
      if (this.written.get(element) === value) continue;
      if (this.declined.get(element) === value) {
        if (o.record && i === 0) return 'refused';
        continue;
      }
      let answer: string;
      try {
        answer = String(this.api.set(element, value));
      } catch {
        return 'failed';
      }
      this.declined.delete(element);
      if (answer !== 'true') {
        const code = this.lastError();
        if (o.essential && !this.dialect.dataErrors.has(code)) return 'failed';
        this.refused.push({ element, value, code });
        console.warn(`LMS refused ${element} = ${JSON.stringify(value.slice(0, 80))} (error ${code})`);
        this.declined.set(element, value);
        if (o.record && i === 0) return 'refused';
        continue;
      }
      this.written.set(element, value);
    }
    return 'recorded';
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
