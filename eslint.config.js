import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const coreBoundary = {
  patterns: [
    {
      group: ['discord.js', '@discordjs/*', 'discord-api-types', 'discord-api-types/*'],
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
    files: ['src/model/**', 'src/answer/**', 'src/render/**'],
    rules: { 'no-restricted-imports': ['error', coreBoundary] },
  },
);
