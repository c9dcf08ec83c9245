import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatError } from '../src/content/parse.ts';
import { homeOutline, type CompiledCourse, type CourseOutline, type HomeOutline } from '../src/content/model.ts';
import { loadCourseDir } from './load-course.ts';

const OUTLINE = 'virtual:course';
const HOME = 'virtual:course-home';
const STEP = 'virtual:course-step/';
/** The final assessment's bank: its own chunk, fetched when the assessment needs it, never at start. */
const BANK = 'virtual:course-bank';

/** For other build plugins (the prerender): the compiled course's home slice. */
export interface CourseApi {
  home(): HomeOutline;
}

export interface CoursePluginOptions {
  /** Keep question prompts in the outline: only the SCORM build reports them (interaction descriptions). */
  questionPrompts?: boolean;
}

/** The outline without question prompts, which only SCORM interaction descriptions use. */
export function withoutQuestionPrompts(outline: CourseOutline): CourseOutline {
  return {
    ...outline,
    steps: outline.steps.map((s) => ({
      ...s,
      lessons: s.lessons.map((l) => ({ ...l, questions: l.questions.map(({ prompt: _p, ...q }) => q) })),
    })),
  };
}

/**
 * Compiles `courses/<course>` at build time: validates it with the schema, turns markdown into
 * the safe tree, and exposes the home's slice of the outline (`virtual:course-home`, first
 * screen), the outline (`virtual:course`, with the player) and one lazily loaded chunk per step.
 * A content error fails the build with the same `file › path: reason` lines as `npm run validate`.
 */
export function coursePlugin(
  dir = process.env.COURSE_DIR ?? 'courses/alliances-territoires',
  { questionPrompts = true }: CoursePluginOptions = {},
): Plugin<CourseApi> {
  const root = resolve(dir);
  let course: CompiledCourse | undefined;
  const load = (): CompiledCourse => {
    const result = loadCourseDir(root);
    if (!result.ok) throw new Error(`Course content is invalid:\n${result.errors.map(formatError).join('\n')}`);
    return result.course;
  };
  return {
    name: 'course-content',
    api: { home: () => homeOutline((course ??= load()).outline) },
    buildStart() {
      course = load();
    },
    resolveId(id) {
      if (id === OUTLINE || id === HOME || id === BANK || id.startsWith(STEP)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:course')) return null;
      course ??= load();
      if (id === `\0${HOME}`) return `export const home = ${JSON.stringify(homeOutline(course.outline))};`;
      if (id === `\0${OUTLINE}`) {
        const loaders = course.outline.steps
          .map((s) => `${JSON.stringify(s.id)}: () => import(${JSON.stringify(STEP + s.id)})`)
          .join(',\n');
        const outline = questionPrompts ? course.outline : withoutQuestionPrompts(course.outline);
        return `export const outline = ${JSON.stringify(outline)};\nexport const stepLoaders = {\n${loaders}\n};`;
      }
      if (id === `\0${BANK}`) return `export const bank = ${JSON.stringify(course.bank)};`;
      const stepId = id.slice(`\0${STEP}`.length);
      const content = course.content.find((c) => c.stepId === stepId);
      if (!content) throw new Error(`unknown step ${stepId}`);
      return `export default ${JSON.stringify(content)};`;
    },
    // The course's media (illustrations, diagrams) are served as files next to index.html, at the
    // `media/…` paths the content names: an SVG stays an <img> source, never inlined in the page.
    generateBundle() {
      for (const file of mediaFiles(root))
        this.emitFile({
          type: 'asset',
          fileName: relative(root, file).split('\\').join('/'),
          source: readFileSync(file),
        });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!).replace(/^\//, '');
        const file = join(root, path);
        if (!path.startsWith('media/') || !file.startsWith(join(root, 'media')) || !existsSync(file)) return next();
        if (file.endsWith('.svg')) res.setHeader('Content-Type', 'image/svg+xml');
        res.end(readFileSync(file));
      });
    },
    handleHotUpdate(ctx) {
      if (ctx.file.startsWith(root)) {
        course = undefined;
        ctx.server.ws.send({ type: 'full-reload' });
        return [];
      }
      return undefined;
    },
  };
}

/** Every file under the course's media/ folder (none when it has no such folder). */
export function mediaFiles(root: string): string[] {
  const dir = join(root, 'media');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
