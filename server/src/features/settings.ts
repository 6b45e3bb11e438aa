// Settings per document: `hybrid.rules` from the client (asked per document with its scopeUri) layered over the
// nearest `.hybridrc.json` (file: URIs only). Cached per document until the client says settings changed, and per
// folder for `.hybridrc.json` until a watched-file event says one changed: no file I/O on the keystroke path.
import { type ClientCapabilities, type Connection } from 'vscode-languageserver/node';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../engine';
import type { ResolvedConfig } from '../engine';
import { RcFiles } from './rcfiles';

export interface DocumentSettings {
  config: ResolvedConfig;
  /** One line each, naming where the problem is (`.hybridrc.json` path or `hybrid.rules`). */
  problems: string[];
}

/** The `hybrid` settings section as the client sends it. */
export interface HybridSettings {
  rules?: unknown;
  /** `hybrid.rule.<id>`: one severity per rule from the Settings UI; `default` leaves the rule to the layers below. */
  rule?: unknown;
}

/** The `hybrid.rule.<id>` settings as a rules layer (only those set to a severity). */
export function ruleSettingsLayer(rule: unknown): { rules: Record<string, string> } | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const rules: Record<string, string> = {};
  for (const [id, severity] of Object.entries(rule)) {
    if (typeof severity === 'string' && severity !== 'default') rules[id] = severity;
  }
  return Object.keys(rules).length ? { rules } : undefined;
}

export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<DocumentSettings>>();
  private readonly resolved = new Map<string, DocumentSettings>();
  /** Settings pushed with `didChangeConfiguration`, for clients that cannot answer `workspace/configuration`. */
  private pushed: HybridSettings = {};
  readonly rcFiles = new RcFiles();

  constructor(
    private readonly connection: Connection,
    private readonly client: () => ClientCapabilities,
  ) {}

  /** Settings for a document, fetched once and then cached until `invalidate`. */
  forDocument(uri: string): Promise<DocumentSettings> {
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.fetch(uri)
        .catch((error: unknown): DocumentSettings => ({
          config: resolveConfig([]).config,
          problems: [`Settings could not be read (${error instanceof Error ? error.message : String(error)}); using the defaults`],
        }))
        .then((resolved) => {
          if (this.perDocument.get(uri) === settings) this.resolved.set(uri, resolved);
          return resolved;
        });
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  /** The settings already resolved for a document, if any. */
  known(uri: string): DocumentSettings | undefined {
    return this.resolved.get(uri);
  }

  /** True when `config` is still the configuration in force for the document. */
  isCurrent(uri: string, config: ResolvedConfig): boolean {
    return this.resolved.get(uri)?.config === config;
  }

  /** Client settings changed: every document asks again (the `.hybridrc.json` cache stays). */
  invalidate(pushed?: unknown): void {
    if (pushed && typeof pushed === 'object' && 'hybrid' in pushed) {
      const section = (pushed as { hybrid?: unknown }).hybrid;
      this.pushed = section && typeof section === 'object' ? (section as HybridSettings) : {};
    }
    this.perDocument.clear();
    this.resolved.clear();
  }

  /** A `.hybridrc.json` changed on disk: forget what was read and every document's settings. */
  invalidateRcFiles(): void {
    this.rcFiles.clear();
    this.perDocument.clear();
    this.resolved.clear();
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
    this.resolved.delete(uri);
  }

  private async fetch(uri: string): Promise<DocumentSettings> {
    const client = await this.clientSettings(uri);
    const problems: string[] = [];
    const layers: unknown[] = [];

    const rc = uri.startsWith('file:') ? this.nearestRc(uri) : undefined;
    if (rc) {
      if (rc.error !== undefined) problems.push(rc.error);
      else {
        layers.push(rc.content);
        for (const problem of resolveConfig([rc.content]).problems) problems.push(`${rc.path}: ${problem}`);
      }
    }
    if (client.rules !== undefined && client.rules !== null) {
      const layer = { rules: client.rules };
      layers.push(layer);
      for (const problem of resolveConfig([layer]).problems) problems.push(`Setting hybrid.rules: ${problem}`);
    }
    const perRule = ruleSettingsLayer(client.rule);
    if (perRule) {
      layers.push(perRule);
      for (const problem of resolveConfig([perRule]).problems) problems.push(`Setting hybrid.rule.*: ${problem}`);
    }
    return { config: resolveConfig(layers).config, problems };
  }

  /** The nearest `.hybridrc.json`; a URI that names no local path (e.g. `file://host/…`) has none. */
  private nearestRc(uri: string): ReturnType<RcFiles['nearest']> {
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    return this.rcFiles.nearest(path);
  }

  private async clientSettings(uri: string): Promise<HybridSettings> {
    if (!this.client().workspace?.configuration) return this.pushed;
    try {
      const [section] = await this.connection.workspace.getConfiguration([{ scopeUri: uri, section: 'hybrid' }]);
      return section && typeof section === 'object' ? (section as HybridSettings) : {};
    } catch (error) {
      this.connection.console.error(`[settings] ${error instanceof Error ? error.message : String(error)}`);
      return {};
    }
  }
}
