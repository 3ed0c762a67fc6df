/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // the page's file code, which it loads lazily with import(), loaded at once in Jest's modules
  // (a mapping matches the name as imported, wherever shared/ui/file-code is imported from)
  moduleNameMapper: {
    '(^|/)ui/file-code$': '<rootDir>/test/helpers/file-code-now.ts',
    '^\\./file-code$': '<rootDir>/test/helpers/file-code-now.ts',
  },
  testTimeout: 60000,
};
