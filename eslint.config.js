import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.test-artifacts/**', '.bench/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // User text must never become markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never put text into innerHTML; use textContent or DOM nodes.' },
        { property: 'outerHTML', message: 'Never put text into outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Never insert HTML strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
      ],
    },
  },
  // The house rules (tests/house/rules.test.ts) said first by the editor.
  {
    files: ['utils/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['@/components/*', '@/entrypoints/*', '~/components/*', '~/entrypoints/*', '**/../components/*', '**/../entrypoints/*'], message: 'utils/ is the ground floor: it never imports from components/ or entrypoints/.' }],
        paths: [{ name: 'dexie', importNames: ['default', 'Dexie'], allowTypeImports: true, message: 'Only utils/db/ opens Dexie (key bounds: utils/db/keys.ts).' }],
      }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'dexie', importNames: ['default', 'Dexie'], allowTypeImports: true, message: 'Only utils/db/ opens Dexie.' }],
      }],
    },
  },
  { files: ['utils/db/**/*.ts'], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
);
