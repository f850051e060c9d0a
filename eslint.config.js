// ESLint (flat config): the recommended JavaScript and typescript-eslint rules, and the layers of
// the house (README, "Layers"); formatting is Prettier's job, so every stylistic rule is off
// (eslint-config-prettier). Import circles are checked by scripts/import-circles.mjs (npm run lint).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The layers, bottom up. A file may import its own layer and the layers below it, never one
 * above: an import never climbs. A new folder goes into one of them (or the linter cannot say
 * where it belongs, and nothing stops it).
 */
const LAYERS = [
  ['util, config, logger', ['./src/util', './src/config.ts', './src/logger.ts']],
  ['corpus', ['./src/corpus']],
  ['analysis', ['./src/analysis']],
  ['knowledge', ['./src/knowledge']],
  ['answers, render, i18n', ['./src/answers', './src/render', './src/i18n']],
  ['framework', ['./src/framework']],
  ['services', ['./src/digest', './src/documents', './src/sources', './src/store', './src/feedback']],
  ['commands', ['./commands']],
  ['app', ['./src/app.ts', './src/moderation.ts', './src/asking']],
  ['transports', ['./src/discord', './src/cli']],
  ['entry points', ['./src/main.ts', './src/ask.ts', './src/deploy-commands.ts']],
];

const layerZones = LAYERS.flatMap(([name, target], i) => {
  const above = LAYERS.slice(i + 1);
  if (above.length === 0) return [];
  return [
    {
      target,
      from: above.flatMap(([, paths]) => paths),
      message: `${name} is below ${above.map(([layer]) => layer).join(', ')}: an import never climbs (README, "Layers").`,
    },
  ];
});

export default defineConfig(
  { ignores: ['node_modules/', 'data/', 'seeds/', 'test/fixtures/', 'bench/results*.json', '.tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-duplicate-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }] },
  },
  {
    // Tests read raw JSON off the wire (the fake Discord's bodies, the OpenAPI file).
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
