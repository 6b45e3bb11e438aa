// Times `require()` of the extension's client bundle in a fresh Node process, as VS Code does on activation.
// `vscode` exists only inside the editor: a stub stands in for it (every property and call yields the stub).
'use strict';
const Module = require('node:module');
const path = require('node:path');

const stub = new Proxy(function vscodeStub() {}, {
  get: (target, key) => (key === 'prototype' ? target.prototype : key === 'then' ? undefined : stub),
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function loadWithVscodeStub(request, ...rest) {
  return request === 'vscode' ? stub : load.call(this, request, ...rest);
};

const started = process.hrtime.bigint();
const extension = require(path.resolve(process.argv[2]));
const requireMs = Number(process.hrtime.bigint() - started) / 1e6;
if (typeof extension.activate !== 'function') throw new Error('the client bundle exports no activate()');
process.stdout.write(JSON.stringify({ requireMs }));
