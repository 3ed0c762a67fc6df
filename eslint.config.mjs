// Lint rules: typescript-eslint's recommended set, plus fences that keep the core host-neutral
// and its folders in one direction (ARCHITECTURE.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import officeAddins from 'eslint-plugin-office-addins';

/**
 * The folders of shared/, lowest first. A folder may import only from the folders of earlier
 * lines (and from itself); folders on one line may not import each other.
 */
export const LAYERS = [
  ['text', 'crypto'],
  ['i18n'],
  ['errors'],
  ['workbook'],
  ['files'],
  ['plan'],
  ['units', 'tracking'],
  ['book'],
  ['report'],
  ['layout'],
  ['read'],
  ['xlsx'],
  ['app'],
  ['ui'],
];

const FOLDERS = LAYERS.flat();

const layerZones = [
  ...LAYERS.flatMap((line, i) =>
    line.map((folder) => ({
      target: `./shared/${folder}`,
      from: LAYERS.slice(i)
        .flat()
        .filter((f) => f !== folder)
        .map((f) => `./shared/${f}`),
      message: `shared/${folder} may import only the folders below it (ARCHITECTURE.md, LAYERS in eslint.config.mjs).`,
    })),
  ).filter((zone) => zone.from.length > 0),
  {
    // a new folder of shared/ takes its place in LAYERS before it may import anything
    target: `./shared/!(${FOLDERS.join('|')})/**`,
    from: './shared/**',
    message:
      'A folder of shared/ that is not in LAYERS (eslint.config.mjs): give it its place first.',
  },
  {
    target: './shared',
    from: ['./addin', './apps-script', './cli', './test', './bench', './scripts'],
    message: 'The core imports no host, test or tool.',
  },
];

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'alert',
  'confirm',
  'prompt',
  'fetch',
  'XMLHttpRequest',
  'FileReader',
  'HTMLElement',
  'Element',
  'Node',
  'Event',
  'KeyboardEvent',
  'MouseEvent',
  'CustomEvent',
  'requestAnimationFrame',
  'getComputedStyle',
  'matchMedia',
];

const HOST_GLOBALS = [
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
  'Office',
  'Excel',
  'SpreadsheetApp',
  'HtmlService',
  'LockService',
  'Session',
  'Utilities',
  'google',
];

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
      'no-restricted-syntax': [
        'error',
        {
          // esbuild keeps all of `z` (every locale of zod's messages, its JSON Schema code)
          // for a named import: 370 KB more in the sidebar and in the Apps Script server
          selector: "ImportDeclaration[source.value='zod'] ImportSpecifier[imported.name='z']",
          message:
            "Import zod as a namespace (import * as z from 'zod'): esbuild then drops what is not used.",
        },
      ],
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
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.flatMap((m) => [m, `node:${m}`]),
          patterns: ['node:*', '**/addin/**', '**/apps-script/**', '**/cli/**'],
        },
      ],
      'no-restricted-globals': ['error', ...HOST_GLOBALS, ...DOM_GLOBALS],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: layerZones },
      ],
    },
  },
  {
    // the one UI is the only code of the core that touches the page
    files: ['shared/ui/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...HOST_GLOBALS] },
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
