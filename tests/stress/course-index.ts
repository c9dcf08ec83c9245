import type { CompiledCourse } from '../../src/content/model';
import type { TrackId } from '../../src/content/schema';
import { spine } from '../../src/content/spine';

export interface LessonInfo {
  id: string;
  title: string;
  /** Questions in the order the lesson shows them, with their option ids in order. */
  questions: { id: string; kind: string; options: string[] }[];
  /** Ids of the lesson's own reflection blocks (not the feuille de route), in order. */
  reflections: string[];
}

/** What the runner needs to turn what it clicks into the fact keys the app stores. */
export function courseIndex({ outline, content }: CompiledCourse) {
  const lessons = new Map<string, LessonInfo>();
  for (const step of content)
    for (const [id, blocks] of Object.entries(step.lessons)) {
      const outlineLesson = outline.steps.flatMap((s) => s.lessons).find((l) => l.id === id)!;
      lessons.set(id, {
        id,
        title: outlineLesson.title,
        questions: blocks.flatMap((b) =>
          b.type === 'quiz'
            ? b.questions.map((q) => ({ id: q.id, kind: q.kind, options: q.options.map((o) => o.id) }))
            : [],
        ),
        reflections: blocks.flatMap((b) => (b.type === 'reflection' ? [b.id] : [])),
      });
    }
  return {
    courseId: outline.id,
    tracks: outline.tracks.map((t) => ({ id: t.id, label: t.label })),
    lesson: (id: string) => lessons.get(id),
    spine: (track: TrackId) => spine(outline, track).map((l) => l.id),
    lessonOfQuestion: (qid: string) => [...lessons.values()].find((l) => l.questions.some((q) => q.id === qid)),
    lessonOfReflection: (rid: string) => [...lessons.values()].find((l) => l.reflections.includes(rid)),
  };
}
export type CourseIndex = ReturnType<typeof courseIndex>;
