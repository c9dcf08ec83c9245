import { applyFacts, factId, type Fact } from '../progress/facts';
import type { PlayerContext } from './context';

/**
 * Accumulates the context changes and new facts of one event, so that later builders see the
 * effect of earlier ones (entering a lesson after leaving the previous one, completing it after
 * an answer) and the machine assigns once and persists once.
 */
export class Change {
  readonly facts: Fact[] = [];
  checkpoint = false;
  /** `at`: when the event happened (ms since epoch), the time every fact of the change carries. */
  constructor(
    public ctx: PlayerContext,
    readonly at: number,
  ) {}

  add(build: (ctx: PlayerContext, at: number) => Fact[]): this {
    const facts = build(this.ctx, this.at).map((f) => after(this.ctx.progress[factId(f)], f));
    if (facts.length) {
      this.facts.push(...facts);
      this.ctx = { ...this.ctx, progress: applyFacts(this.ctx.progress, facts) };
    }
    return this;
  }

  set(patch: Partial<PlayerContext>): this {
    this.ctx = { ...this.ctx, ...patch };
    return this;
  }

  /** Ask the LMS to commit now: a checkpoint such as a finished lesson or an answered quiz. */
  commit(when = true): this {
    this.checkpoint ||= when;
    return this;
  }
}

/**
 * What the learner does now must win over what is stored, even when the stored copy carries a
 * later time (another device's clock ahead of ours, LMS data stamped on resume): the new fact is
 * dated just after the one it replaces.
 */
function after(prev: Fact | undefined, f: Fact): Fact {
  return prev && prev.at >= f.at ? { ...f, at: prev.at + 1 } : f;
}
