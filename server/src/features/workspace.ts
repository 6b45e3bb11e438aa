// Settings and `.hybridrc.json` changes: drop cached settings and re-check. Registers for the notifications
// dynamically when the client allows it (VS Code only sends them to servers that registered).
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
} from 'vscode-languageserver/node';
import type { ServerContext } from './context';

export const RC_FILE_GLOB = '**/.hybridrc.json';

export function registerWorkspace(ctx: ServerContext): void {
  ctx.onInitialized(async () => {
    const workspace = ctx.client.workspace;
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      await ctx.connection.client.register(DidChangeConfigurationNotification.type, { section: 'hybrid' });
    }
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      await ctx.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: RC_FILE_GLOB }],
      });
    }
  });

  ctx.connection.onDidChangeConfiguration((params) => {
    ctx.guard('workspace/didChangeConfiguration', undefined, () => {
      ctx.settings.invalidate(params.settings);
      ctx.settingsChanged();
    });
  });

  ctx.connection.onDidChangeWatchedFiles((params) => {
    ctx.guard('workspace/didChangeWatchedFiles', undefined, () => {
      if (!params.changes.some((change) => change.uri.endsWith('.hybridrc.json'))) return;
      ctx.settings.invalidateRcFiles();
      ctx.settingsChanged();
    });
  });
}
