import { hashSeed, seededShuffle } from '../../lib/seeded-random';

/** The slice of a question that its option order depends on. */
interface Orderable<O extends { id: string }> {
  id: string;
  kind: string;
  options: readonly O[];
}

/**
 * The order one learner sees a question's options in. The right answer's position must not give
 * it away (content brief, « Writing quizzes that test »), so options are shuffled with a seed
 * made of the learner's key and the question id: the same learner gets the same order on every
 * reload and device of one LMS account, two learners usually different ones. A true/false
 * question always reads « Vrai » then « Faux »: shuffling two fixed answers is only noise.
 */
export function optionOrder<O extends { id: string }>(question: Orderable<O>, learnerKey: string): O[] {
  if (question.kind === 'truefalse')
    return [...question.options].sort((a, b) => Number(b.id === 'true') - Number(a.id === 'true'));
  return seededShuffle(question.options, hashSeed(`${learnerKey}\u0000${question.id}`));
}
