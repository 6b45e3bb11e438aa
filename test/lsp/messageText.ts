// LSP 3.18 lets a diagnostic's message be markup; this server always sends plain text. The tests read it as text.
import type { MarkupContent } from 'vscode-languageserver-protocol';

export function messageText(message: string | MarkupContent): string {
  return typeof message === 'string' ? message : message.value;
}
