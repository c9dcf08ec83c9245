import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legendName } from '../../scorm/package/interactions-legend';
import { withLaunchMeta } from '../../scorm/package/launch-page';
import { manifestInfo } from '../../scorm/package/manifest-info';
import { manifest12 } from '../../scorm/package/manifest-scorm12';
import { manifest2004 } from '../../scorm/package/manifest-scorm2004';
import { writePackages, type BuiltPackage } from '../../scorm/package/package';
import { budgetErrors, budgetWarnings, courseChoices, suspendBudget } from '../../scorm/package/suspend-budget';
import { validateManifest } from '../../scorm/package/validate-manifest';
import { spine } from '../../src/content/spine';
import { realCourse } from '../helpers/mini-course';

const course = realCourse();
const { outline } = course;
let work: string;
let built: BuiltPackage[];

/** A small stand-in for dist/scorm-app, shaped like a Vite build with base './'. */
function fakeApp(dir: string, extraHtml = '') {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8" /><script type="module" src="./assets/index-abc.js"></script><link rel="stylesheet" href="./assets/index-abc.css">${extraHtml}</head><body><div id="root"></div></body></html>`,
  );
  writeFileSync(join(dir, 'assets/index-abc.js'), 'import("./step one-def.js")');
  writeFileSync(join(dir, 'assets/step one-def.js'), 'export default 1');
  writeFileSync(join(dir, 'assets/index-abc.css'), 'body{background:url(./bg.svg)}');
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'scorm-pack-'));
  fakeApp(join(work, 'app'));
  built = writePackages({ appDir: join(work, 'app'), outDir: join(work, 'out'), outline, course });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run scorm packages', () => {
  it('writes six zips, one per track and SCORM version, named for both', () => {
    expect(built.map((b) => b.name).sort()).toEqual(
      ['2h', '4h', '12h']
        .flatMap((t) => [`alliances-territoires-${t}-scorm12.zip`, `alliances-territoires-${t}-scorm2004.zip`])
        .sort(),
    );
  });

  it('puts a manifest that validates against the official XSDs at the root of each zip', async () => {
    for (const b of built) {
      const files = unzipSync(readFileSync(b.path));
      const manifest = strFromU8(files['imsmanifest.xml']!);
      const v = await validateManifest(manifest, b.version);
      expect(v, `${b.name}\n${v.messages}`).toMatchObject({ ok: true });
      expect(manifest).toContain(
        b.version === 'scorm12'
          ? '<schemaversion>1.2</schemaversion>'
          : '<schemaversion>2004 4th Edition</schemaversion>',
      );
      // Every schema file the manifest names travels with it.
      const locations = /xsi:schemaLocation="([^"]+)"/
        .exec(manifest)![1]!
        .split(/\s+/)
        .filter((_, i) => i % 2 === 1);
      for (const xsd of locations) expect(files[xsd], `${b.name}: ${xsd}`).toBeDefined();
    }
  });

  it('binds each package to its track and version through index.html, and lists every app file', () => {
    for (const b of built) {
      const files = unzipSync(readFileSync(b.path));
      const html = strFromU8(files['index.html']!);
      expect(html).toContain(`<meta name="at-lms" content="${b.version}" />`);
      expect(html).toContain(`<meta name="at-track" content="${b.track}" />`);
      const hrefs = [...b.manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => decodeURIComponent(m[1]!));
      expect(hrefs.sort()).toEqual([
        'assets/index-abc.css',
        'assets/index-abc.js',
        'assets/step one-def.js',
        'favicon.svg',
        'index.html',
      ]);
      for (const h of hrefs) expect(files[h], h).toBeDefined();
      expect(b.manifest).toMatch(/href="index\.html"/);
      // The schemas do not catch a misspelt SCO type attribute (their wildcard is lax): check it here.
      expect(b.manifest).toContain(b.version === 'scorm12' ? 'adlcp:scormtype="sco"' : 'adlcp:scormType="sco"');
      expect(b.manifest).not.toMatch(/href="\//);
      for (const id of b.manifest.matchAll(/identifier(?:ref)?="([^"]*)"/g))
        expect(id[1]).toMatch(/^[A-Za-z_][\w.-]*$/);
    }
  });

  it('gives every track its own title and identifiers, stable across course versions', () => {
    const twelve = built.find((b) => b.track === '12h' && b.version === 'scorm2004')!;
    expect(twelve.manifest).toContain('identifier="alliances-territoires-12h-scorm2004"');
    expect(twelve.manifest).toContain('<title>Alliances &amp; Territoires — 12\u00A0h · Se former</title>');
    const again = manifest2004(manifestInfo({ ...outline, version: '9.9.9' }, '12h', 'scorm2004', ['index.html']));
    expect(again).toContain('identifier="alliances-territoires-12h-scorm2004"');
  });

  it('writes beside each zip the teacher’s key to its interactions report, one row per option', () => {
    const { options } = courseChoices(course);
    for (const p of built) {
      const csv = readFileSync(join(work, 'out', legendName(p.name)), 'utf8');
      expect(csv.startsWith('\uFEFF"interaction (id)";"étape";"question"')).toBe(true);
      const rows = csv.trim().split('\r\n').slice(1);
      const questions = spine(outline, p.track).flatMap((l) => l.questions);
      // 12 h also lists the final assessment's bank: options, items, or every pair × target.
      const bankRows =
        p.track === '12h'
          ? course.bank.reduce(
              (n, q) =>
                n +
                (q.kind === 'ordering'
                  ? q.items.length
                  : q.kind === 'matching'
                    ? q.pairs.length * q.targets.length
                    : q.options.length),
              0,
            )
          : 0;
      expect(rows).toHaveLength(questions.reduce((n, q) => n + options.get(q.id)!.length, 0) + bankRows);
      if (p.track === '12h') {
        const matching = course.bank.find((q) => q.kind === 'matching')!;
        const couple = p.version === 'scorm12' ? '\\.' : '\\[\\.\\]';
        expect(rows).toContainEqual(
          expect.stringMatching(
            new RegExp(
              `^"${outline.assessment!.id}\\.\\*\\.${matching.id}";.*;"[\\w-]+${couple}[\\w-]+";".+ → .+";"oui"$`,
            ),
          ),
        );
      }
      const tf = questions.find((q) => q.kind === 'truefalse')!;
      const code = p.version === 'scorm12' ? (tf.correct[0] === 'true' ? 't' : 'f') : tf.correct[0];
      expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^"${tf.id}";.*;"${code}";"[^"]+";"oui"$`)));
    }
  });

  it('refuses an app with a root-relative URL, which would break under the LMS path', () => {
    const dir = join(work, 'rooted');
    fakeApp(dir, '<link rel="icon" href="/favicon.svg">');
    expect(() => writePackages({ appDir: dir, outDir: join(work, 'never'), outline })).toThrow(
      /root-relative URLs.*\/favicon\.svg/s,
    );
  });
});

describe('manifest validation can fail', () => {
  const m12 = manifest12(manifestInfo(outline, '2h', 'scorm12', ['index.html']));
  const m2004 = manifest2004(manifestInfo(outline, '2h', 'scorm2004', ['index.html']));

  it.each([
    ['an unknown SCO type', m12.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')],
    ['no resources', m12.replace(/<resources>[\s\S]*<\/resources>/, '')],
    ['an identifier with a space', m12.replace(/identifier="org-([^"]+)"/, 'identifier="org $1"')],
  ])('rejects a SCORM 1.2 manifest with %s', async (_label, xml) => {
    expect((await validateManifest(xml, 'scorm12')).ok).toBe(false);
  });

  it('rejects LOM metadata in a 1.2 manifest rather than letting it through unchecked', async () => {
    // The driver does not load imsmd (libxml2 cannot compile it); the strict wildcard must then refuse LOM.
    const lom = '<lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"/>';
    const v = await validateManifest(m12.replace('</schemaversion>', `</schemaversion>${lom}`), 'scorm12');
    expect(v.ok).toBe(false);
    expect(v.messages).toMatch(/lom/);
  });

  it.each([
    ['a non-boolean flow', m2004.replace('flow="true"', 'flow="often"')],
    ['an unknown LMS button to hide', m2004.replace('<adlnav:hideLMSUI>continue', '<adlnav:hideLMSUI>everything')],
    ['an unknown SCO type', m2004.replace('adlcp:scormType="sco"', 'adlcp:scormType="lesson"')],
    ['a misspelt delivery control', m2004.replace('completionSetByContent="true"', 'completionSetByContents="true"')],
  ])('rejects a SCORM 2004 manifest with %s', async (_label, xml) => {
    expect((await validateManifest(xml, 'scorm2004')).ok).toBe(false);
  });
});

describe('launch meta tags', () => {
  it('replaces the tags a build already has instead of adding a second pair', () => {
    const html = '<html><head><meta name="at-lms" content="none"><meta name="at-track" content=""></head></html>';
    const out = withLaunchMeta(html, 'scorm12', '4h');
    expect(out.match(/name="at-lms"/g)).toHaveLength(1);
    expect(out).toContain('<meta name="at-lms" content="scorm12" />');
    expect(out).toContain('<meta name="at-track" content="4h" />');
  });
});

describe('the suspend_data budget check of npm run scorm', () => {
  it('passes the real course, and fails a course whose lessons, answers or assessment could outgrow SCORM 1.2', () => {
    for (const t of outline.tracks) {
      expect(budgetErrors(suspendBudget(course, t.id))).toEqual([]);
      expect(budgetWarnings(suspendBudget(course, t.id))).toEqual([]);
    }
    const [first, ...rest] = outline.steps;
    const [lesson, ...others] = first!.lessons;
    const extra = Array.from({ length: 500 }, (_, i) => ({
      id: `q-extra-${i}`,
      kind: 'single' as const,
      correct: ['a'],
      options: ['a', 'b', 'c'],
      prompt: 'Question ?',
    }));
    const inflated = {
      ...course,
      outline: {
        ...outline,
        steps: [
          { ...first!, lessons: [{ ...lesson!, questions: [...lesson!.questions, ...extra] }, ...others] },
          ...rest,
        ],
      },
    };
    const budget = suspendBudget(inflated, '2h');
    expect(budget.core).toBeGreaterThan(4096);
    expect(budgetErrors(budget)).toEqual([expect.stringContaining('for lessons, answers and the assessment')]);
    expect(budgetWarnings(budget)).toEqual([expect.stringContaining('stay on the device')]);
  });
});
