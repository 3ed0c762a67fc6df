/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // the pane's file code, which it loads lazily with import(), loaded at once in Jest's modules
  // (a mapping matches the name as imported: './file-code' in addin/src/host, '../host/file-code' beside it)
  moduleNameMapper: {
    '^(\\./|\\.\\./host/)file-code$': '<rootDir>/test/addin/helpers/file-code-now.ts',
  },
  testTimeout: 60000,
};
