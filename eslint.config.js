import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Besides the usual checks, this config enforces the architecture's import direction (design.md):
 *
 *   lib ← content ← progress ← assessment ← machines ← services, components, stores, i18n ← features ← app
 *
 * Each layer of src/ may import only the layers on its left. lib, content, progress, assessment
 * and machines stay pure (no React, Dexie, SCORM at runtime). Build-time code (zod, the markdown
 * compiler, tools/) never enters the player; scorm-again never enters the course bundle; the
 * SCORM packager and preview (scorm/) never depend on the UI or on test code.
 *
 * ESLint keeps one set of options per rule and file (a later block replaces, not merges, an
 * earlier one), so each block below lists every pattern that applies to its files.
 */
const ui = ['react', 'react-dom', 'react-dom/*', '@xstate/react', 'zustand', 'i18next', 'react-i18next'];
const lmsSide = ['scorm-again', 'scorm-again/*'];
const dirs = (...names) => names.map((d) => `**/${d}/**`);

/** Patterns that hold for every file of src/: no build-time code, no packager, no test code. */
const everywhereInSrc = [
  {
    group: ['zod', 'zod/*', 'mdast-util-from-markdown', 'mdast-util-from-markdown/*'],
    message: 'Build-time code only (zod, the markdown compiler): the player never ships it.',
  },
  {
    group: ['**/content/markdown', '**/content/markdown.ts'],
    message: 'Markdown is compiled at build time (src/content/schema.ts); the player gets the safe tree.',
  },
  {
    // src/ never reaches out to the top-level scorm/, tests/ and tools/ folders (src/services/lms/scorm
    // is reached by a path that names services first, so it does not match).
    regex: '^(\\.\\./)+(scorm|tests|tools)/',
    message:
      'src/ is the player: the build tools, the SCORM packager, the preview LMS and tests import it, never the reverse.',
  },
  {
    group: [
      '**/content/schema',
      '**/content/schema.ts',
      '**/content/schema-*',
      '**/content/parse',
      '**/content/parse.ts',
    ],
    allowTypeImports: true,
    message: 'Only types from the schema at runtime (it pulls zod).',
  },
];

const pureGroup = {
  group: [...ui, 'dexie', ...lmsSide],
  message: 'lib, content, progress, assessment and machines are pure: no UI, storage or LMS code here.',
};

/** `no-restricted-imports` for a layer of src/ that must not import `forbidden` (directory names). */
const layer = (forbidden, ...extra) => [
  'error',
  {
    patterns: [
      ...extra,
      ...everywhereInSrc,
      ...(forbidden.length
        ? [
            {
              group: dirs(...forbidden),
              message: `Imports go one way: lib ← content ← progress ← assessment ← machines ← services, components, stores, i18n ← features ← app. Not ${forbidden.join(', ')} from here.`,
            },
          ]
        : []),
    ],
  },
];

const above = {
  lib: ['content', 'progress', 'assessment', 'machines', 'services', 'components', 'stores', 'i18n', 'features', 'app'],
  content: ['progress', 'assessment', 'machines', 'services', 'components', 'stores', 'i18n', 'features', 'app'],
  progress: ['assessment', 'machines', 'services', 'components', 'stores', 'i18n', 'features', 'app'],
  assessment: ['machines', 'services', 'components', 'stores', 'i18n', 'features', 'app'],
  machines: ['services', 'components', 'stores', 'i18n', 'features', 'app'],
};

/** Code of scorm/: the packager (Node) and the preview LMS; their test code lives in tests/scorm. */
const scormBase = [
  { group: ui, message: 'The packager and the preview LMS hold no player UI.' },
  {
    group: [...dirs('app', 'features', 'components', 'stores', 'i18n'), '**/tests/**', '**/testing/**'],
    message: 'The packager and the preview LMS use the course model only, never the UI or test code.',
  },
  {
    group: ['vitest', 'playwright-core', '@playwright/*'],
    message: 'Test tools belong to tests, not to the packager.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.lms-data/**', 'scorm/preview/vendor/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, react },
    settings: { react: { version: '19.3' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Course text never reaches the DOM as HTML: it is rendered node by node (rich-text.tsx).
      'react/no-danger': 'error',
    },
  },
  ...Object.entries(above).map(([dir, forbidden]) => ({
    files: [`src/${dir}/**`],
    rules: { 'no-restricted-imports': layer(forbidden, pureGroup) },
  })),
  {
    // The schema and its parser run at build time (vite-plugin-course, validate, the packager):
    // zod and the markdown compiler are theirs, the import direction still holds.
    files: ['src/content/schema*.ts', 'src/content/parse.ts', 'src/content/markdown.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pureGroup,
            everywhereInSrc[2],
            { group: dirs(...above.content), message: 'Content is the lowest layer but lib.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**'],
    rules: {
      'no-restricted-imports': layer(['features', 'app', 'components', 'stores', 'i18n'], {
        group: [...ui, ...lmsSide],
        message: 'Adapters hold no UI; scorm-again is the LMS side, never shipped in the course.',
      }),
    },
  },
  {
    files: ['src/components/**', 'src/stores/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': layer(['services', 'features', 'app'], {
        group: ['dexie', ...lmsSide],
        message: 'The UI reaches storage and the LMS only through the machine.',
      }),
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': layer(['services', 'app'], {
        group: ['dexie', ...lmsSide],
        message: 'Features reach storage and the LMS only through the machine.',
      }),
    },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': layer([], {
        group: lmsSide,
        message: 'scorm-again is the LMS side (preview and tests), never shipped in the course.',
      }),
    },
  },
  {
    files: ['scorm/*.ts', 'scorm/package/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...scormBase,
            { group: lmsSide, message: 'The packager writes packages; scorm-again (the LMS side) is for the preview.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scorm/preview/**'],
    ignores: ['scorm/preview/vendor/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: scormBase }] },
  },
  {
    files: ['scorm/preview/page.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...scormBase,
            {
              group: ['node:*', 'fs', 'path', 'http'],
              message: 'The preview page runs in the browser: no Node modules.',
            },
          ],
        },
      ],
    },
  },
);
