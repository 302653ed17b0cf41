import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: ['dist/', 'build/', 'node_modules/', 'src/generated/', 'test/.oracles/', 'docs/', 'custom-elements.json'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.ts'],
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // LitElement implements every lifecycle callback, so guarding super calls is noise.
      'wc/guard-super-call': 'off',
      // @lit/localize's msg() answers in one page-wide language; a widget's words come from msgIn(its locale).
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@lit/localize', importNames: ['msg'], message: 'Take msg from msgIn(locale).' }] },
      ],
    },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  {
    files: ['src/core/**/*.ts', 'src/hours.ts'],
    rules: {
      // The core is pure: no DOM, no Lit, no hidden clock.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location'],
      'no-restricted-imports': ['error', { patterns: ['lit', 'lit/*', '@lit/*'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time is a parameter in the core.',
        },
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'Time is a parameter in the core.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*', 'web-test-runner.config.mjs', 'bench/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
      },
    },
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // Functions the benches and checks run inside the browser page (page.evaluate).
    files: ['bench/**/*.mjs', 'scripts/check-built-in-url.mjs', 'test/server/wordpress-plugin.mjs'],
    languageOptions: {
      globals: {
        document: 'readonly',
        customElements: 'readonly',
        window: 'readonly',
        location: 'readonly',
        getComputedStyle: 'readonly',
        PerformanceObserver: 'readonly',
      },
    },
  },
  {
    // The WordPress test site's Node side.
    files: ['test/server/wordpress-plugin.mjs', 'test/wordpress/*.mjs'],
    languageOptions: { globals: { process: 'readonly', fetch: 'readonly', URL: 'readonly' } },
  },
  {
    // The plugin's editor script, a plain script in WordPress's block editor.
    files: ['wordpress/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly' } },
  },
);
