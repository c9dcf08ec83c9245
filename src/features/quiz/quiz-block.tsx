import type { BlockOf } from '../../content/schema';
import { QuestionView } from './question-view';

export function QuizBlock({ block }: { block: BlockOf<'quiz'> }) {
  return (
    <section className="block quiz" aria-label={block.title ?? 'Quiz'}>
      {block.title && <h2>{block.title}</h2>}
      {block.questions.map((q, i) => (
        <QuestionView key={q.id} question={q} n={i + 1} total={block.questions.length} />
      ))}
    </section>
  );
}
