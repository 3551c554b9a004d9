import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Import boundaries of one folder of src/: its files import their own folder and the `allowed`
 * folders of src/, and no package unless `packages`. A relative import is judged by where it lands,
 * so there is one entry per folder depth: from src/core/x.ts one '..' leaves core, from
 * src/core/catalog/x.ts it takes two.
 */
function importsOnly(folder, allowed, message, { packages = false } = {}) {
  const names = [folder, ...allowed].map(escapeRegex).join('|');
  return [0, 1, 2, 3].map((depth) => ({
    files: [`src/${folder}/${'*/'.repeat(depth)}*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: `^(\\.\\./){${depth}}\\.\\.(/|$)(?!(${names})(/|$))`, message },
            ...(packages ? [] : [{ regex: '^[^.]', message: `${message} No packages.` }]),
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        module: 'writable',
        require: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // Imports flow one way: sheets, functions and the sidebar build on core; the server on core,
  // sheets and functions. Nothing in src/ reaches tools/ or test/; only the tests import the server.
  ...importsOnly('core', [], 'src/core is plain TypeScript on plain data: it imports only src/core.'),
  ...importsOnly('sheets', ['core'], 'src/sheets imports only src/core and itself.'),
  ...importsOnly('functions', ['core'], 'src/functions imports only src/core and itself.'),
  // The sidebar and the server may use packages, which esbuild bundles (the sidebar: a CSV parser).
  ...importsOnly('sidebar', ['core'], 'src/sidebar imports only src/core and itself.', { packages: true }),
  ...importsOnly('server', ['core', 'sheets', 'functions'], 'src/server builds on core, sheets, functions.', {
    packages: true,
  }),
  {
    files: ['tools/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/server(/|$)',
              message: 'Only src/server itself and the tests import src/server; tools drive dist/Code.js.',
            },
          ],
        },
      ],
    },
  },

  // The wizard's promises: one left floating loses its error silently in the sidebar.
  {
    files: ['src/sidebar/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
);
