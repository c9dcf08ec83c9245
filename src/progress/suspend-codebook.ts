import type { CourseOutline, LessonOutline, QuestionOutline } from '../content/model';
import { courseIds } from './selectors';

/**
 * The vocabulary of suspend-codec.ts: the 64-character alphabet and its varints, the 3-character
 * hashed names of authored ids (the codebook), and a reader that refuses anything malformed.
 */
export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
export const REF_LENGTH = 3;
const REF_SPACE = 64 ** REF_LENGTH;
export const MAX_SALT = 1023;
export const MAX_TEXT = 20000;

// ── numbers and strings ────────────────────────────────────────────────────────────────────

export function varint(n: number): string {
  let v = Math.max(0, Math.floor(n));
  let out = ALPHABET[v % 32]!;
  v = Math.floor(v / 32);
  while (v > 0) {
    out = ALPHABET[32 + (v % 32)]! + out;
    v = Math.floor(v / 32);
  }
  return out;
}

export function spelled(s: string): string {
  return varint(s.length) + s;
}

export function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  return (h ^ (h >>> 12)) >>> 0;
}

export function ref(id: string, salt: number): string {
  let v = fnv1a(id, salt) % REF_SPACE;
  let out = '';
  for (let i = 0; i < REF_LENGTH; i++) {
    out = ALPHABET[v % 64]! + out;
    v = Math.floor(v / 64);
  }
  return out;
}

/**
 * The options of a question that the outline names: its right ones, and both sides of a
 * true/false. A choice is written as a bit mask over them; other option ids are spelled out.
 */
export function knownOptions(q: QuestionOutline): string[] {
  return [...new Set(q.kind === 'truefalse' ? [...q.correct, 'true', 'false'] : q.correct)].sort();
}

/** One character that changes when a question's known options change (a course update). */
export function optionsCheck(q: QuestionOutline): string {
  return ALPHABET[fnv1a(knownOptions(q).join(','), 7) % 64]!;
}

export class Reader {
  private i = 0;
  constructor(private readonly s: string) {}
  get done() {
    return this.i === this.s.length;
  }
  char(): string {
    if (this.i >= this.s.length) throw new RangeError('truncated');
    return this.s[this.i++]!;
  }
  int(max: number): number {
    let v = 0;
    for (let digits = 0; digits < 8; digits++) {
      const d = ALPHABET.indexOf(this.char());
      if (d < 0) throw new RangeError('not a digit');
      v = v * 32 + (d % 32);
      if (d < 32) {
        if (v > max) throw new RangeError('out of range');
        return v;
      }
    }
    throw new RangeError('number too long');
  }
  take(n: number): string {
    if (this.i + n > this.s.length) throw new RangeError('truncated');
    const out = this.s.slice(this.i, this.i + n);
    this.i += n;
    return out;
  }
  text(max = MAX_TEXT): string {
    return this.take(this.int(max));
  }
}

// ── the codebook: which ids a course has, and their short names ─────────────────────────────

export interface Codebook {
  salt: number;
  lessons: Map<string, LessonOutline>;
  questions: Map<string, QuestionOutline>;
  reflections: Map<string, string>;
}

/** Per outline and salt, its codebook or null when two ids collide (computed once each). */
const books = new WeakMap<CourseOutline, Map<number, Codebook | null>>();

function byRef<T>(items: T[], id: (t: T) => string, salt: number): Map<string, T> | null {
  const out = new Map<string, T>();
  for (const it of items) {
    const r = ref(id(it), salt);
    if (out.has(r)) return null;
    out.set(r, it);
  }
  return out;
}

/**
 * Short names for one salt. With `salt` undefined, the first salt under which no two ids of the
 * same kind share a name (the writer's choice); a reader uses the salt written in the data.
 */
export function codebook(outline: CourseOutline, salt?: number): Codebook | null {
  let cache = books.get(outline);
  if (!cache) books.set(outline, (cache = new Map()));
  const ids = courseIds(outline);
  const tryBook = (s: number): Codebook | null => {
    if (cache.has(s)) return cache.get(s)!;
    const lessons = byRef(ids.lessons, (l) => l.id, s);
    const questions = byRef(ids.questions, (q) => q.id, s);
    const reflections = byRef(ids.reflections, (r) => r, s);
    const book = lessons && questions && reflections ? { salt: s, lessons, questions, reflections } : null;
    cache.set(s, book);
    return book;
  };
  if (salt !== undefined) return tryBook(salt);
  for (let s = 0; s <= MAX_SALT; s++) {
    const book = tryBook(s);
    if (book) return book;
  }
  return null;
}
