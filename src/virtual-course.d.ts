declare module 'virtual:course' {
  import type { CourseOutline, StepContent } from './content/model';
  export const outline: CourseOutline;
  export const stepLoaders: Record<string, () => Promise<{ default: StepContent }>>;
}

declare module 'virtual:course-home' {
  import type { HomeOutline } from './content/model';
  export const home: HomeOutline;
}
