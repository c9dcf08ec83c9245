import type { CourseOutline } from '../../content/model';
import { ROADMAP_FIELDS } from '../../content/constants';
import type { RoadmapField } from '../../content/schema';
import { getFact, type Progress } from '../../progress/facts';

export interface RoadmapEntry {
  field: RoadmapField;
  reflectionId: string | null;
  lessonTitle: string | null;
  prompt: string;
  maxLength: number;
  text: string;
}

/** The feuille de route is a view over reflections tagged with a roadmap field: one source of truth. */
export function roadmapEntries(outline: CourseOutline, progress: Progress): RoadmapEntry[] {
  return ROADMAP_FIELDS.map((field) => {
    for (const s of outline.steps)
      for (const l of s.lessons)
        for (const r of l.reflections)
          if (r.roadmapField === field)
            return {
              field,
              reflectionId: r.id,
              lessonTitle: l.title,
              prompt: r.prompt,
              maxLength: r.maxLength,
              text: getFact(progress, 'reflection', r.id)?.value.text ?? '',
            };
    return { field, reflectionId: null, lessonTitle: null, prompt: '', maxLength: 2000, text: '' };
  });
}
