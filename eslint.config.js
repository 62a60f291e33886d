// The layering of STYLE.md ("Layout") kept by a linter, not by review (issue 13, item 5).
// Syntax rules only: type-aware typescript-eslint rules would double the time of `npm run lint`, and tsc
// already runs right after ESLint in that script.
// Boundaries with eslint-plugin-boundaries rather than no-restricted-imports: it resolves each import to a file, so a
// rule reads "feature A imports feature B" whatever the relative path, and it tells `import type` from a value import.
// Our imports are relative and extensionless, which the plain Node resolver finds once told the TS extensions.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

/** The parts of the system as the import-boundaries rule sees them; the first pattern that matches wins (exclusive). */
const elements = [
  { type: 'server-repos', pattern: 'server/db/repos', partialMatch: false, exclusive: true },
  { type: 'server-route', pattern: 'server/routes/*', capture: ['route'], partialMatch: false, exclusive: true },
  { type: 'server', pattern: 'server', partialMatch: false, exclusive: true },
  { type: 'core', pattern: 'core/*', capture: ['module'], partialMatch: false, exclusive: true },
  { type: 'core', pattern: 'core', partialMatch: false, exclusive: true },
  { type: 'data', pattern: 'data', partialMatch: false, exclusive: true },
  { type: 'test', pattern: 'test', partialMatch: false, exclusive: true },
  { type: 'feature', pattern: 'client/features/*', capture: ['feature'], partialMatch: false, exclusive: true },
  { type: 'client-shared', pattern: 'client/{shared,ui}', partialMatch: false, exclusive: true },
  { type: 'client-wall', pattern: 'client/wall', partialMatch: false, exclusive: true },
  { type: 'client-map', pattern: 'client/map', partialMatch: false, exclusive: true },
  { type: 'client', pattern: 'client', partialMatch: false, exclusive: true },
];

const clientTypes = ['feature', 'client-shared', 'client-wall', 'client-map', 'client'];

const policies = [
  {
    from: { element: { type: 'core' } },
    disallow: { to: { element: { types: [...clientTypes, 'server', 'server-route', 'server-repos', 'data', 'test'] } } },
    message: 'core/ 是纯逻辑层，不得引用 client/、server/、data/ 或 test/（core imports no client, server, data or test code）',
  },
  {
    // The golden road network of Monaco is a test fixture shared with the API tests; core's own tests may read it.
    from: { element: { type: 'core' }, file: { categories: 'test' } },
    allow: { to: { element: { type: 'test' } } },
  },
  {
    from: { element: { type: 'core', captured: { module: 'contracts' } } },
    disallow: { to: { element: { type: 'core', captured: { module: 'registry' } } } },
    message: 'core/contracts 不得引用 core/registry（registry builds on the contracts; the other way round is a cycle）',
  },
  {
    from: { element: { types: clientTypes } },
    disallow: { to: { element: { types: ['server', 'server-route', 'server-repos'] } }, dependency: { kind: 'value' } },
    message: 'client/ 只能以 `import type` 引用 server/（the client imports server code as types only）',
  },
  {
    from: { element: { types: clientTypes } },
    disallow: { to: { element: { type: 'server-repos' } } },
    message: 'client/ 不得引用 server/db/repos，连类型也不行（types the client needs live in core/contracts）',
  },
  {
    from: { element: { type: 'feature' } },
    disallow: { to: { element: { type: 'feature', captured: { feature: '!{{ from.element.captured.feature }}' } } } },
    message: '功能模块之间不得互相引用，共用部分放到 client/ui 或 client/shared（features share code through client/ui or client/shared, never each other）',
  },
  {
    from: { element: { type: 'client-shared' } },
    disallow: { to: { element: { types: ['feature', 'client-wall'] } } },
    message: 'client/shared 与 client/ui 是共用层，不得引用功能模块或大屏（shared client code imports no feature or wall code）',
  },
  {
    from: { element: { type: 'client-map' } },
    disallow: { to: { element: { types: ['client-wall', 'feature'] } } },
    message: 'client/map 是共用的地图层，不得引用 client/wall 或功能模块（map code is shared: it imports no wall or feature code）',
  },
  {
    from: { element: { type: 'server-route' } },
    disallow: { to: { element: { type: 'server-route', captured: { route: '!{{ from.element.captured.route }}' } } } },
    message: '路由不得引用其他路由的文件，共用的放在 server/routes/context.ts、validate.ts 或 server/services（a route imports no other route\'s files）',
  },
];

// The test hooks (window.__jingwang, window.__wall) are written only by their own modules, only in a test build, and
// read only by tests (issue 13, item 4): application code gets the map from MapView's onMap and keeps its own state.
const testHookModules = ['client/map/test-hooks.ts', 'client/wall/wall-test-hooks.ts'];
const testHookMessage = '测试钩子 window.__jingwang / window.__wall 只供浏览器测试读取，应用代码不得读写（use MapView\'s onMap/onDeck and the view\'s own state; the hooks are set in client/map/test-hooks.ts and client/wall/wall-test-hooks.ts, in test builds only）';

export default defineConfig(
  // core/contracts/api-paths.ts is written by openapi-typescript (npm run api:types), not by us.
  { ignores: ['dist/', 'node_modules/', '.data/', '.test-data/', 'test-results/', 'core/contracts/api-paths.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore marks a value kept on purpose (a skipped tuple slot, a field left out of a copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      // The React Compiler's rules judge code written for the compiler, which this build does not run: they flag
      // refs read in render for imperative maps (deck.gl, MapLibre, ECharts), Date.now() in render, and
      // data loads that set state in effects, the patterns of the whole client. Off until the compiler is adopted.
      'react-hooks/refs': 'off',
      'react-hooks/purity': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/immutability': 'off',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    ignores: testHookModules,
    rules: {
      'no-restricted-syntax': [
        'error',
        // window.__jingwang, (window as X).__wall, globalThis.__wall, window['__jingwang'], and the same inside ?.
        { selector: 'MemberExpression[property.name=/^__(jingwang|wall)$/]', message: testHookMessage },
        { selector: 'MemberExpression[property.value=/^__(jingwang|wall)$/]', message: testHookMessage },
      ],
    },
  },
  {
    // recorded_at is NULL for incidents entered before migration 0015: read bare, the wall would sort them first and
    // call none of them on time. incidents.recordedAt (or its alias i) in SQL belongs in incidentRecordedAt only.
    files: ['server/**/*.ts'],
    ignores: ['server/db/repos/incident-recorded-at-sql.ts', 'server/db/schema/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TaggedTemplateExpression[tag.name="sql"] MemberExpression[object.name=/^(incidents|i)$/][property.name="recordedAt"]',
          message: 'incidents.recorded_at may be NULL (entered before migration 0015): read it through incidentRecordedAt (server/db/repos/incident-recorded-at-sql.ts).',
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': [{ category: 'test', pattern: '**/*.test.{ts,tsx}' }],
      // Relative imports without an extension, resolved as the bundler and tsc resolve them.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', policies }],
    },
  },
);
