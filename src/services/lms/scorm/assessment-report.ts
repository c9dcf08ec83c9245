import { currentAttempt } from '../../../assessment/attempt';
import { drawAttempt } from '../../../assessment/draw';
import { rightResponse, scoreAttempt } from '../../../assessment/scoring';
import type { AssessmentOutline, BankEntry } from '../../../content/model';
import { inlineToPlain } from '../../../content/rich-text';
import type { TrackId } from '../../../content/schema';
import { getFact, type AttemptValue, type Progress } from '../../../progress/facts';
import type { InteractionRecord } from './dialect';

/** The assessment's bank, fetched when a submitted attempt has to be reported (a lazy chunk). */
export type BankLoader = () => Promise<readonly BankEntry[]>;

/** A response as ids: options chosen, items in the learner's order, « pair.target » couples. */
function responseIds(q: BankEntry, response: readonly number[]): string[] {
  if (q.kind === 'ordering') return response.map((i) => q.items[i]!.id);
  if (q.kind === 'matching')
    return response.flatMap((t, i) => (t >= 0 ? [`${q.pairs[i]!.id}.${q.targets[t]!.id}`] : []));
  return response.map((i) => q.options[i]!.id);
}

/**
 * One interaction per drawn question of a submitted attempt: id « assessment.attempt.question »
 * (readable, and unique per attempt, so each attempt keeps its own records), the question's
 * step as objective, its type, the learner's response, the right one, the result and the
 * latency (the time taken to answer it; absent when unanswered).
 */
export function assessmentRecords(
  a: AssessmentOutline,
  attempt: AttemptValue,
  bank: readonly BankEntry[],
  at: number,
): InteractionRecord[] {
  const drawn = drawAttempt(bank, a, attempt.seed);
  const { outcomes } = scoreAttempt(drawn, attempt.answers);
  return drawn.map(({ question: q }, i) => {
    const answer = attempt.answers[i];
    return {
      id: `${a.id}.${attempt.number}.${q.id}`,
      attempt: 1,
      kind: q.kind,
      objectiveId: q.stepId,
      at,
      choice: responseIds(q, answer?.response ?? []),
      correct: responseIds(q, rightResponse(q)),
      result: outcomes[i]!,
      prompt: inlineToPlain(q.prompt),
      ...(answer ? { latency: answer.seconds } : {}),
    };
  });
}

/**
 * Writes each submitted attempt's answers to `cmi.interactions` once. The bank is fetched as
 * soon as an attempt exists; until it is there nothing is written and, once it is, `onBank` asks
 * the sync for another round. Attempts the LMS already holds (read from
 * suspend_data at launch) are not written again: SCORM 1.2 interactions are a write-only journal.
 */
export class AssessmentReporter {
  private bank: readonly BankEntry[] | null = null;
  private loading = false;

  constructor(
    private readonly a: AssessmentOutline | undefined,
    private readonly reported: Set<string>,
    private readonly loadBank: BankLoader | undefined,
    private readonly onBank: () => void,
  ) {}

  /** False when the LMS is failing (`write` said so); true otherwise, written or not yet. */
  write(progress: Progress, track: TrackId, write: (r: InteractionRecord) => boolean): boolean {
    const { a } = this;
    if (!a || a.track !== track) return true;
    const attempt = currentAttempt(a, progress);
    if (!attempt?.submitted) return true;
    const key = reportKey(a.id, attempt.number);
    if (this.reported.has(key)) return true;
    if (!this.bank) return (this.fetch(), true);
    const at = getFact(progress, 'attempt', a.id)!.at;
    for (const record of assessmentRecords(a, attempt, this.bank, at)) if (!write(record)) return false;
    this.reported.add(key);
    return true;
  }

  private fetch(): void {
    if (this.loading || !this.loadBank) return;
    this.loading = true;
    this.loadBank().then(
      (bank) => {
        this.bank = bank;
        this.onBank();
      },
      () => {
        // Not loaded (offline): the next sync tries again.
        this.loading = false;
      },
    );
  }
}

/** How an attempt is named among those already reported. */
export const reportKey = (assessmentId: string, attempt: number) => `${assessmentId}.${attempt}`;
