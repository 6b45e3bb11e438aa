// Security lint (issue 7): nothing that turns text into code may appear in the engine, the server, the CLI, the
// extension or the week view script — plan files and `.hybridrc.json` files come from untrusted workspaces.
// `npm run lint` runs it; test/hostile/lint.test.ts proves each rule fires.
import tsParser from '@typescript-eslint/parser';

const NON_LITERAL = "[arguments.0.type!='Literal'][arguments.0.type!='TemplateLiteral']";
const NON_LITERAL_TEMPLATE = "[arguments.0.type='TemplateLiteral'][arguments.0.expressions.length>0]";


const SECURITY_PATHS = [
            { name: 'vm', message: 'No vm: document text must never become code.' },
            { name: 'node:vm', message: 'No vm: document text must never become code.' },
            { name: 'child_process', message: 'The engine, server and extension start no processes.' },
            { name: 'node:child_process', message: 'The engine, server and extension start no processes.' },
            { name: 'worker_threads', message: 'No workers built from strings.' },
            { name: 'node:worker_threads', message: 'No workers built from strings.' },
          ];

const SECURITY_SYNTAX = [
        {
          selector: `CallExpression[callee.name='require']${NON_LITERAL}`,
          message: 'require() only with a literal module name.',
        },
        {
          selector: `CallExpression[callee.name='require']${NON_LITERAL_TEMPLATE}`,
          message: 'require() only with a literal module name.',
        },
        {
          selector: "ImportExpression[source.type!='Literal'][source.type!='TemplateLiteral']",
          message: 'import() only with a literal module name.',
        },
        {
          selector: "ImportExpression[source.type='TemplateLiteral'][source.expressions.length>0]",
          message: 'import() only with a literal module name.',
        },
        {
          selector: "CallExpression[callee.object.name='require'][callee.property.name='resolve']" + NON_LITERAL,
          message: 'require.resolve() only with a literal module name.',
        },
        {
          selector: "CallExpression[callee.name=/^(setTimeout|setInterval|setImmediate)$/][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]",
          message: 'Timers take a function, never a string of code.',
        },
        {
          selector: "NewExpression[callee.name='Worker'][arguments.1.properties.0.key.name='eval']",
          message: 'No workers built from strings.',
        },
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
          message: 'No document.write.',
        },
      ];

// Layers (docs/architecture.md): language → analysis → rules → fixes → engine → features / cli / server, and the
// client, which reaches the server only through shared/. Each folder may import only what lies below it; the front
// ends reach the layers below only through engine.ts; file-system I/O only in node/. test/hostile/lint.test.ts proves
// each wall fires.
const below = (folders, message) => ({ regex: `^\\.{1,2}/(\\.\\./)*(${folders.join('|')})(/|$)`, message });
const ABOVE_LANGUAGE = ['analysis', 'rules', 'fixes', 'features', 'node', 'engine', 'cli', 'server', 'budgets'];
const LSP = { group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-*', 'vscode', 'vscode-languageclient', 'vscode-languageclient/*'], message: 'The engine is pure: no LSP or editor types below features/ (convert at the edge, in features/).' };
const FILE_IO = {
  paths: ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http', 'https', 'node:https'].map((name) => ({
    name,
    message: 'I/O only in server/src/node/ (the engine is pure; front ends call node/ for files).',
  })),
};
function layer(files, patterns, extraPaths = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { paths: [...SECURITY_PATHS, ...FILE_IO.paths, ...extraPaths], patterns }],
    },
  };
}
const THROUGH_ENGINE = 'Front ends reach language/, analysis/, rules/ and fixes/ only through engine.ts.';

export default [
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts', 'shared/**/*.ts', 'client/media/**/*.js'],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: 'module',
    },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'eval', message: 'No eval: document text must never become code.' },
        { name: 'Function', message: 'No Function constructor: document text must never become code.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'eval', message: 'No eval: document text must never become code.' },
        { object: 'globalThis', property: 'Function', message: 'No Function constructor.' },
        { object: 'window', property: 'eval', message: 'No eval: document text must never become code.' },
        { object: 'global', property: 'eval', message: 'No eval: document text must never become code.' },
        { object: 'process', property: 'binding', message: 'No access to internal bindings.' },
        { object: 'module', property: 'require', message: 'No dynamic module loading.' },
      ],
      'no-restricted-imports': ['error', { paths: SECURITY_PATHS }],
      'no-restricted-syntax': ['error', ...SECURITY_SYNTAX],
    },
  },

  layer(['server/src/language/**/*.ts'], [below(ABOVE_LANGUAGE, 'language/ is the lowest layer: it imports nothing above it.'), LSP]),
  layer(['server/src/analysis/**/*.ts'], [below(ABOVE_LANGUAGE.filter((f) => f !== 'analysis'), 'analysis/ lies below the rules: it imports only language/.'), LSP]),
  layer(['server/src/rules/**/*.ts'], [below(['fixes', 'features', 'node', 'engine', 'cli', 'server', 'budgets'], 'rules/ imports only language/ and analysis/.'), LSP]),
  layer(['server/src/fixes/**/*.ts'], [below(['features', 'node', 'engine', 'cli', 'server'], 'fixes/ imports only language/, analysis/, rules/ and budgets.'), LSP]),
  layer(['server/src/engine.ts', 'server/src/budgets.ts'], [below(['features', 'node', 'cli', 'server'], 'engine.ts gathers the layers below it; nothing above.'), LSP]),
  layer(['server/src/features/**/*.ts'], [below(['language', 'analysis', 'rules', 'fixes', 'cli', 'server'], THROUGH_ENGINE)]),
  layer(['server/src/cli.ts', 'server/src/server.ts'], [below(['language', 'analysis', 'rules', 'fixes'], THROUGH_ENGINE)]),
  {
    // The reviewed exception to "no worker_threads": the server's second copy of itself (docs/robustness.md).
    files: ['server/src/node/threads.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: SECURITY_PATHS.filter((entry) => !entry.name.endsWith('worker_threads')), patterns: [LSP] }],
    },
  },
  {
    files: ['server/src/node/**/*.ts'],
    ignores: ['server/src/node/threads.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: SECURITY_PATHS, patterns: [below(['features', 'cli', 'server'], 'node/ does I/O for the front ends; it imports nothing above the engine.'), LSP] }] },
  },
  layer(['client/src/**/*.ts'], [
    { regex: '(^|/)server/', message: 'The client reaches the server only through shared/ (the protocol module) and LSP.' },
  ], []),
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...SECURITY_SYNTAX,
        {
          selector: "ImportDeclaration[importKind!='type'][source.value=/server\\u002Fsrc/]",
          message: 'shared/ takes only types from the server (the client bundles shared/).',
        },
      ],
    },
  },
];
