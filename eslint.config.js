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
);
