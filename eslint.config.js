import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Besides the usual checks, this config enforces the architecture's import direction:
 * content, progress, machines and assessment stay pure (no React, Dexie, SCORM or zod at runtime);
 * only src/app picks concrete adapters; scorm-again never enters the course bundle.
 */
const pure = [
  'react',
  'react-dom',
  'react-dom/*',
  '@xstate/react',
  'dexie',
  'zustand',
  'i18next',
  'react-i18next',
  'scorm-again',
  'scorm-again/*',
];
const upper = (...dirs) => dirs.map((d) => `**/${d}/**`);

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
  {
    files: ['src/content/**', 'src/progress/**', 'src/machines/**', 'src/assessment/**'],
    ignores: ['src/content/schema.ts', 'src/content/parse.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [],
          patterns: [
            { group: pure, message: 'content, progress and machines are pure: no UI, storage or LMS code here.' },
            {
              group: ['zod', 'zod/*'],
              message: 'zod is for build time and tests; the player checks data with small guards.',
            },
            {
              group: upper('services', 'features', 'app', 'components', 'stores', 'i18n'),
              message: 'Imports go one way: content ← machines ← shared ← features ← app.',
            },
            {
              group: ['**/content/schema', '**/content/schema.ts', '**/content/parse', '**/content/parse.ts'],
              allowTypeImports: true,
              message: 'Only types from the schema at runtime (it pulls zod).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@xstate/react', 'scorm-again', 'scorm-again/*', 'zod'],
              message: 'Adapters hold no UI; scorm-again is the LMS side, never shipped in the course.',
            },
            { group: upper('features', 'app', 'components', 'stores'), message: 'Adapters are wired by src/app only.' },
            {
              group: ['**/content/schema', '**/content/schema.ts'],
              allowTypeImports: true,
              message: 'Only types from the schema at runtime.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/features/**', 'src/components/**', 'src/stores/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['dexie', 'scorm-again', 'scorm-again/*', 'zod'],
              message: 'Features reach storage and the LMS only through the machine.',
            },
            {
              group: upper('services', 'app'),
              message: 'Only src/app imports concrete adapters; features sit below app.',
            },
            {
              group: ['**/content/schema', '**/content/schema.ts'],
              allowTypeImports: true,
              message: 'Only types from the schema at runtime.',
            },
          ],
        },
      ],
    },
  },
);
