declare module 'virtual:course' {
  import type { CourseOutline, StepContent } from './content/model';
  export const outline: CourseOutline;
  export const stepLoaders: Record<string, () => Promise<{ default: StepContent }>>;
}
