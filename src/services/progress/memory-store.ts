import { applyFacts, type Fact, type Progress } from '../../progress/facts';
import type { ProgressStore } from './port';

/** Progress kept in this page only: the fallback when IndexedDB is missing, and the test double. */
export class MemoryProgressStore implements ProgressStore {
  readonly kind: ProgressStore['kind'] = 'memory';
  private readonly courses = new Map<string, Progress>();
  private erased = false;

  async load(courseId: string) {
    return { facts: Object.values(this.courses.get(courseId) ?? {}), corrupt: 0 };
  }

  async put(courseId: string, _version: string, facts: Fact[]) {
    if (this.erased) return;
    this.courses.set(courseId, applyFacts(this.courses.get(courseId) ?? {}, facts));
  }

  watch() {
    return () => {};
  }

  async erase() {
    this.erased = true;
    this.courses.clear();
  }
}
