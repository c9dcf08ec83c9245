declare module 'virtual:course' {
  import type { CourseOutline, StepContent } from './content/model';
  export const outline: CourseOutline;
  export const stepLoaders: Record<string, () => Promise<{ default: StepContent }>>;
}

declare module 'virtual:course-home' {
  import type { HomeOutline } from './content/model';
  export const home: HomeOutline;
}

declare module 'virtual:course-bank' {
  import type { BankEntry } from './content/model';
  /** The final assessment's questions, every step's, in course order (a lazily loaded chunk). */
  export const bank: BankEntry[];
}
