// Lint warnings fail the build (`--max-warnings 0` in package.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'web/dist', 'coverage', 'test-results', '**/*.js', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Only repositories/ and db/ speak SQL (DESIGN.md, convention 2).
      'no-restricted-imports': ['error', { paths: [
        { name: 'kysely', message: 'Only server/repositories/ and server/db/ import the query builder.' },
        { name: 'pg', message: 'Only server/db/ connects to the database.' },
        { name: '@electric-sql/pglite', message: 'Only server/db/ connects to the database.' },
        { name: 'pdfjs-dist/legacy/build/pdf.mjs', allowTypeImports: true, message: 'Load pdfjs through server/importers/formats/pdfjs.ts, which keeps the engine\'s JSON.' },
      ] }],
    },
  },
  {
    files: ['server/repositories/**', 'server/db/**', 'test/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
