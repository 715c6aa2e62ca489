import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const coreBoundary = {
  patterns: [
    {
      group: ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*', '**/bot/discord.ts'],
      message:
        'The core (model, answer, render) stays free of Discord client code: return plain data instead.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'var/', 'coverage/', 'dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // discord.js through one module: in the bundle each module importing a CommonJS package makes its own
    // copy of all its exports at load (see src/bot/discord.ts).
    files: ['src/**', 'commands/**'],
    ignores: ['src/bot/discord.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'discord.js',
              message: 'Import discord.js from src/bot/discord.ts (add the value there if it is missing).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**', 'src/answer/**', 'src/render/**'],
    rules: { 'no-restricted-imports': ['error', coreBoundary] },
  },
);
