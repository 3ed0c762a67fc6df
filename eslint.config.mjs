// Lint rules: typescript-eslint's recommended set, plus a fence that keeps the core host-neutral.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import officeAddins from 'eslint-plugin-office-addins';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'stream',
  'util',
  'url',
  'buffer',
  'zlib',
  'worker_threads',
  'http',
  'https',
  'net',
  'readline',
  'process',
  'events',
  'vm',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '**/dist/**',
      'build/**',
      'out/**',
      'coverage/**',
      'test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core runs in Excel's pane, the Apps Script runtime and Node alike.
    files: ['shared/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.flatMap((m) => [m, `node:${m}`]),
          patterns: ['node:*', '**/addin/**', '**/apps-script/**', '**/cli/**'],
        },
      ],
      'no-restricted-globals': [
        'error',
        'process',
        'Buffer',
        'require',
        '__dirname',
        '__filename',
        'Office',
        'Excel',
        'SpreadsheetApp',
        'HtmlService',
        'LockService',
        'Session',
        'google',
        'window',
        'document',
      ],
    },
  },
  {
    // The Excel add-in: Office.js patterns (load before read, sync after load, no sync in loops).
    files: ['addin/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(
      officeAddins.configs.recommended
        .flatMap((c) => Object.entries(c.rules ?? {}))
        .filter(([name]) => name.startsWith('office-addins/')),
    ),
  },
);
