// Security lint (issue 7): nothing that turns text into code may appear in the engine, the server, the CLI, the
// extension or the week view script — plan files and `.hybridrc.json` files come from untrusted workspaces.
// `npm run lint` runs it; test/hostile/lint.test.ts proves each rule fires.
import tsParser from '@typescript-eslint/parser';

const NON_LITERAL = "[arguments.0.type!='Literal'][arguments.0.type!='TemplateLiteral']";
const NON_LITERAL_TEMPLATE = "[arguments.0.type='TemplateLiteral'][arguments.0.expressions.length>0]";

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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vm', message: 'No vm: document text must never become code.' },
            { name: 'node:vm', message: 'No vm: document text must never become code.' },
            { name: 'child_process', message: 'The engine, server and extension start no processes.' },
            { name: 'node:child_process', message: 'The engine, server and extension start no processes.' },
            { name: 'worker_threads', message: 'No workers built from strings.' },
            { name: 'node:worker_threads', message: 'No workers built from strings.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
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
      ],
    },
  },
];
