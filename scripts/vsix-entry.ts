// The entry of dist/client.js (scripts/build.mjs), the one bundle the .vsix ships: VS Code loads it as the extension, and the extension
// forks the same file as the language server (whose worker thread is the same file again). Client and server share
// the LSP protocol libraries and jsonc-parser, so one bundle holds them once (docs/benchmarks.md, ".vsix size").
// Run as a program (forked by the client, or a worker thread: `require.main === module`) it is the server; required
// by the extension host it is the client. Each side is required here, not imported, so esbuild keeps it lazy: the
// server process never loads `vscode`, and the extension host never runs the server's start-up.
// dist/server.js (the server alone) stays the language server of `hybrid-language-server` and other editors. This
// file lives here, not in client/src, because the client's code reaches the server only through LSP (architecture.md):
// the two programs share a file, not modules.
if (require.main === module) {
  require('../server/src/server');
} else {
  module.exports = require('../client/src/extension');
}
