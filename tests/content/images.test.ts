import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMarkdown } from '../../src/content/markdown';
import { inlineToPlain } from '../../src/content/rich-text';
import {
  altProblems,
  mediaProblems,
  svgSafetyProblems,
  svgTextProblems,
  type ReviewedImage,
} from '../helpers/image-review';
import { realCourse } from '../helpers/mini-course';

const COURSE = resolve('courses/alliances-territoires');
const FIXTURES = resolve('tests/fixtures/bad-images');

const images: ReviewedImage[] = realCourse()
  .content.flatMap((c) => Object.values(c.lessons).flat())
  .flatMap((b) => (b.type === 'image' ? [{ ...b, caption: b.caption && inlineToPlain(b.caption) }] : []));
const svgs = images.filter((i) => i.src.endsWith('.svg'));
const read = (dir: string, src: string) => readFileSync(join(dir, src), 'utf8');

describe('the images of the course, as an accessibility and safety reviewer reads them', () => {
  it('has its diagrams, and every file of media/ is shown by a block that exists', () => {
    expect(svgs.length).toBeGreaterThanOrEqual(5);
    expect(
      mediaProblems(
        join(COURSE, 'media'),
        images.map((i) => i.src),
      ),
    ).toEqual([]);
  });

  it.each(images.map((i) => [i.src, i] as const))('%s has an alt that says what it shows', (_, img) => {
    expect(altProblems(img)).toEqual([]);
  });

  it.each(svgs.map((i) => [i.src, i] as const))('%s is one named image that runs and loads nothing', (src) => {
    expect(svgSafetyProblems(src, read(COURSE, src))).toEqual([]);
  });

  it.each(svgs.map((i) => [i.src, i] as const))(
    '%s says nothing in its text that its alt, caption and description do not',
    (src, img) => {
      expect(svgTextProblems(img, read(COURSE, src))).toEqual([]);
    },
  );
});

/** The fixtures' description, as an author writes it; good.svg says nothing more. */
const fixture = (src: string): ReviewedImage => ({
  src,
  alt: 'Deux temps : préparer ensemble, puis évaluer.',
  caption: 'Une démarche en deux temps.',
  description: compileMarkdown('1. **Préparer ensemble** : le cadrage.\n2. **Évaluer** : ce qui a fonctionné.'),
});

describe('each check, run on a deliberately bad fixture (tests/fixtures/bad-images)', () => {
  it('passes the good diagram and its text (control for the SVG checks)', () => {
    const svg = read(FIXTURES, 'media/good.svg');
    expect(svgSafetyProblems('media/good.svg', svg)).toEqual([]);
    expect(svgTextProblems(fixture('media/good.svg'), svg)).toEqual([]);
  });

  it.each([
    ['no-role.svg', 'the <svg> has no role="img"'],
    ['no-title.svg', 'the <svg> has no <title> nor an aria-labelledby that names it'],
    ['script.svg', 'holds a <script>'],
    ['on-attribute.svg', '<line> has an event handler onclick'],
    ['foreign-object.svg', 'holds a <foreignObject> (HTML inside the diagram)'],
    ['external-href.svg', '<image> links outside the file: https://example.org/logo.png'],
    ['not-xml.svg', 'is not a well-formed SVG document'],
  ])('refuses %s: %s', (file, problem) => {
    const src = `media/${file}`;
    expect(svgSafetyProblems(src, read(FIXTURES, src))).toEqual([`${src}: ${problem}`]);
  });

  it('refuses a stylesheet import and a paint server from another origin', () => {
    expect(svgSafetyProblems('media/external-url.svg', read(FIXTURES, 'media/external-url.svg'))).toEqual([
      'media/external-url.svg: <style> loads url(https://fonts.example.org/marianne.css) from outside the file',
      'media/external-url.svg: <style> has an @import',
      'media/external-url.svg: <rect> fill loads url(https://example.org/p.svg#g) from outside the file',
    ]);
  });

  it('refuses diagram text that the description does not say, and only for an informative image', () => {
    const src = 'media/untold-text.svg';
    const svg = read(FIXTURES, src);
    expect(svgTextProblems(fixture(src), svg)).toEqual([
      `${src}: the diagram says "Recommencer chaque année", but the alt, caption and description never say: recommencer, année`,
    ]);
    expect(svgTextProblems({ ...fixture(src), decorative: true, alt: '' }, svg)).toEqual([]);
  });

  const alts = JSON.parse(readFileSync(join(FIXTURES, 'alts.json'), 'utf8')) as {
    block: ReviewedImage;
    problem: string;
  }[];
  it.each(alts.map((a) => [a.block.alt.slice(0, 40), a] as const))('refuses the alt "%s"', (_, { block, problem }) => {
    expect(altProblems(block)).toEqual([problem]);
  });

  it('accepts a meaningful alt, and an empty one on a decorative image (control for the alt checks)', () => {
    expect(altProblems(fixture('media/good.svg'))).toEqual([]);
    expect(altProblems({ src: 'media/filet.svg', alt: '', decorative: true })).toEqual([]);
  });

  it('reports a block whose file is missing and a file that no block shows', () => {
    const problems = mediaProblems(join(FIXTURES, 'media'), ['media/good.svg', 'media/missing.svg']);
    expect(problems).toContain(`media/missing.svg: no such file in ${join(FIXTURES, 'media')}`);
    expect(problems).toContain('media/script.svg: no image block shows it (an unreviewed file shipped)');
    expect(problems.some((p) => p.startsWith('media/good.svg'))).toBe(false);
  });
});
