// Keeps the language server answering while a long check runs (issue 16, "the server never blocks"). The main thread
// reads every message from the client and hands each to one of two copies of the same server: the one on the main
// thread for plans whose checks are short, or one on a worker thread (node/threads.ts) for *heavy* plans — longer than
// LIGHT_MAX_CHARS, or big plans whose check on the main thread took longer than HEAVY_CHECK_MS. Both copies see every open
// document (didOpen, didChange, didClose go to both); requests go to the one that owns the document they name. So a
// hover on a small plan is answered by the main thread while the worker checks a 1 MB one.
//
// Besides the routing, the router is where two promises are kept for every request and every plan:
// - `$/cancelRequest`: the client gets the RequestCancelled error at once, the server's late answer is dropped, and the
//   server is told too (a request still queued behind a long check is then never run);
// - stale work: diagnostics published for a version of a document older than the one the client has sent since are
//   never passed on (the check of the newer version publishes its own);
// - the worker thread may end (terminated, out of memory, a crash): its plans are then checked again — on a new
//   worker thread, or on the main thread when workers keep ending (WORKER_LOSSES) — and the requests it had not
//   answered are passed on to whoever owns their document now, so that none of them waits for ever.
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  Disposable,
  Message,
  type DataCallback,
  type MessageReader,
  type MessageWriter,
  type NotificationMessage,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-jsonrpc/node';
import { startWorker, type WorkerChannel } from './threads';

/** Plans longer than this (UTF-16 units) are checked on the worker thread from the start. */
export const LIGHT_MAX_CHARS = 64 * 1024;

/**
 * A plan whose check on the main thread took longer than this (ms) moves to the worker thread for good — when it is
 * big too, at least HEAVY_WORK weeks and sessions (a season of 52 weeks has about 400): a small plan's check is slow
 * only on a busy machine or before V8 has optimised the code, and moving it would put it behind the heavy ones.
 */
export const HEAVY_CHECK_MS = 40;
export const HEAVY_WORK = 500;

/**
 * What a check of a short text will have to look at, guessed from the text before any check: every `+`, `,` and `;`
 * (sessions, exercises and days written on one line) and the weeks of every `week N-M` range. Real plans stay far
 * below HEAVY_WORK (a generated season of 104 weeks: 371); the short hostile shapes of bench/hostile.ts go far above.
 */
export function estimatedWork(text: string): number {
  let work = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 43 || code === 44 || code === 59) work++;
  }
  for (const range of text.matchAll(/week\s*(\d{1,6})\s*-\s*(\d{1,6})/gi)) {
    work += Math.min(Math.max(Number(range[2]) - Number(range[1]) + 1, 1), 520);
  }
  return work;
}

/** LSP's RequestCancelled. */
const REQUEST_CANCELLED = -32800;
/** LSP's ContentModified: a request that cannot be answered any more; clients drop it quietly. */
const CONTENT_MODIFIED = -32801;

/**
 * A worker thread that ends (terminated, out of memory, a crash) is replaced by a new one, which is given every open
 * document and checks the heavy plans again — unless it is the WORKER_LOSSES + 1st to end within WORKER_LOSS_WINDOW_MS:
 * then no worker is started again and the main thread checks every plan (within the engine's budgets), so that a plan
 * that kills every worker does not have them started over and over.
 */
export const WORKER_LOSSES = 3;
export const WORKER_LOSS_WINDOW_MS = 3 * 60_000;

/** Ids of the worker's requests to the client carry this prefix, so that the client's answers find their way back. */
const WORKER_ID = 'worker:';

/** The id of the `initialize` the router replays to a worker started late; its answer is not the client's. */
const REPLAYED_INITIALIZE = 'router:initialize';

type Side = 'main' | 'worker';

/** A client request not answered yet. */
interface Pending {
  /** Who answers it. */
  side: Side | 'both';
  request: RequestMessage;
  /** Passed on once already because the worker thread that had it ended. */
  passedOn: boolean;
}

/** The part of a text document the router keeps: enough to size it and to apply incremental changes. */
interface Mirror {
  languageId: string;
  version: number;
  text: string;
}

interface Position {
  line: number;
  character: number;
}

interface ContentChange {
  range?: { start: Position; end: Position };
  text: string;
}

/** The offset of an LSP position in a text (clamped as vscode-languageserver-textdocument does). */
function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return Math.min(offset + Math.max(position.character, 0), end);
}

function applyChanges(text: string, changes: readonly ContentChange[]): string {
  let result = text;
  for (const change of changes) {
    if (!change.range) {
      result = change.text;
      continue;
    }
    const start = offsetAt(result, change.range.start);
    const end = Math.max(start, offsetAt(result, change.range.end));
    result = result.slice(0, start) + change.text + result.slice(end);
  }
  return result;
}

/** The message reader the main thread's server listens on: fed by the router. */
class LocalReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  private readonly waiting: Message[] = [];

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    for (const message of this.waiting.splice(0)) callback(message);
    return Disposable.create(() => {
      this.callback = undefined;
    });
  }

  deliver(message: Message): void {
    if (this.callback) this.callback(message);
    else this.waiting.push(message);
  }

  end(): void {
    this.fireClose();
  }
}

/** The message writer the main thread's server writes to: drained by the router. */
class LocalWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly sink: (message: Message) => void) {
    super();
  }

  write(message: Message): Promise<void> {
    this.sink(message);
    return Promise.resolve();
  }

  end(): void {}
}

export class Router {
  /** The main thread's server connects to these. */
  readonly reader = new LocalReader();
  readonly writer: LocalWriter;
  private worker: WorkerChannel | undefined;
  private workerFailed = false;
  private readonly documents = new Map<string, Mirror>();
  /** Documents moved to the worker because a check on the main thread was long. */
  private readonly heavy = new Set<string>();
  /** Client requests not answered yet, and who answers them. */
  private readonly pending = new Map<string | number, Pending>();
  /** When worker threads ended (within WORKER_LOSS_WINDOW_MS). */
  private losses: number[] = [];
  /** `shutdown` or `exit` was sent, or the client went away: a worker thread that ends now is not replaced. */
  private closing = false;
  /** The worker's requests to the client, by the id the client sees. */
  private readonly workerRequests = new Map<string, string | number>();
  private initialize: RequestMessage | undefined;
  private initialized = false;

  constructor(
    private readonly client: { reader: MessageReader; writer: MessageWriter },
    private readonly workerFile: string,
    private readonly log: (line: string) => void,
    /** `HYBRID_TEST_HOOKS=1`: the client may end the worker thread (TEST_END_WORKER), for the tests of its loss. */
    private readonly testHooks = false,
  ) {
    this.writer = new LocalWriter((message) => this.fromServer('main', message));
    client.reader.listen((message) => this.fromClient(message));
    client.reader.onClose(() => {
      this.closing = true;
      this.reader.end();
    });
    client.reader.onError((error) => this.log(`[router] ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Which copy of the server answers for a document. */
  owner(uri: string): Side {
    if (this.workerFailed) return 'main';
    const document = this.documents.get(uri);
    return this.heavy.has(uri) || (document !== undefined && document.text.length > LIGHT_MAX_CHARS) ? 'worker' : 'main';
  }

  /** The main thread's server took too long on this document: the worker takes it over from the next message on. */
  markHeavy(uri: string, why = `a check took over ${HEAVY_CHECK_MS} ms`): void {
    if (this.workerFailed || this.heavy.has(uri) || !this.documents.has(uri)) return;
    this.heavy.add(uri);
    this.log(`[router] ${uri} is checked on the worker thread from now on (${why})`);
    if (this.worker) this.toWorker({ jsonrpc: '2.0', method: HEAVY_NOTIFICATION, params: { uri } } as NotificationMessage);
    else this.startWorker();
  }

  private write(message: Message): void {
    void this.client.writer.write(message).catch((error: unknown) => this.log(`[router] write failed: ${String(error)}`));
  }

  private toMain(message: Message): void {
    this.reader.deliver(message);
  }

  private toWorker(message: Message): void {
    if (!this.worker) return;
    if (Message.isNotification(message) && message.method === 'textDocument/didChange' && this.documents.has(this.uriOf(message.params) ?? '')) this.worker.changeSent();
    void this.worker.writer.write(message).catch(() => undefined);
  }

  private to(side: Side | 'both', message: Message): void {
    if (side !== 'worker') this.toMain(message);
    if (side !== 'main') this.toWorker(message);
  }

  private startWorker(): void {
    if (this.worker || this.workerFailed || !this.initialize) return;
    let channel: WorkerChannel;
    try {
      channel = startWorker(this.workerFile, (code, error) => this.workerEnded(channel, code, error));
    } catch (error) {
      this.log(`[router] no worker thread: ${error instanceof Error ? error.message : String(error)}; every plan is checked on the main thread`);
      this.toMainForGood();
      return;
    }
    this.worker = channel;
    this.worker.reader.listen((message) => this.fromServer('worker', message));
    // The worker starts where the main thread's server is: initialized, with every open document as it is now.
    this.toWorker({ ...this.initialize, id: REPLAYED_INITIALIZE } as RequestMessage);
    if (this.initialized) this.toWorker({ jsonrpc: '2.0', method: 'initialized', params: {} } as NotificationMessage);
    for (const uri of this.heavy) this.toWorker({ jsonrpc: '2.0', method: HEAVY_NOTIFICATION, params: { uri } } as NotificationMessage);
    for (const [uri, document] of this.documents) {
      this.toWorker({
        jsonrpc: '2.0',
        method: 'textDocument/didOpen',
        params: { textDocument: { uri, languageId: document.languageId, version: document.version, text: document.text } },
      } as NotificationMessage);
    }
  }

  /** The documents the worker thread owns (or would own if it were running). */
  private workerDocuments(): string[] {
    return [...this.documents.keys()].filter((uri) => this.owner(uri) === 'worker');
  }

  /** No worker thread from now on: the main thread's server is told to check the plans it did not own. */
  private toMainForGood(): void {
    const owned = this.workerDocuments();
    this.workerFailed = true;
    if (owned.length > 0) this.toMain({ jsonrpc: '2.0', method: OWNED_NOTIFICATION, params: { uris: owned } } as NotificationMessage);
  }

  /**
   * The worker thread ended. Its plans are checked again — on a new worker thread, or on the main thread once more
   * than WORKER_LOSSES ended within WORKER_LOSS_WINDOW_MS — and every request it had not answered is passed on to whoever owns its document
   * now (once: a request whose second thread ends too is answered ContentModified). Logged once.
   */
  private workerEnded(channel: WorkerChannel, code: number, error: Error | undefined): void {
    if (channel !== this.worker) return;
    this.worker = undefined;
    // The dead thread's requests to the client: their answers have nowhere to go.
    this.workerRequests.clear();
    const waiting = [...this.pending].filter(([, pending]) => pending.side === 'worker');
    if (this.closing) {
      for (const [id] of waiting) this.answerError(id, CONTENT_MODIFIED, 'The server is shutting down');
      return;
    }
    const now = Date.now();
    this.losses = [...this.losses.filter((time) => now - time < WORKER_LOSS_WINDOW_MS), now];
    const owned = this.workerDocuments();
    const replace = this.losses.length <= WORKER_LOSSES;
    const why = error ? `${error.name}: ${error.message}` : `exit code ${code}`;
    const plans = `plans it checked (${owned.length})`;
    const requests = waiting.length > 0 ? `; ${waiting.length} request${waiting.length === 1 ? '' : 's'} waiting on it passed on` : '';
    this.log(
      replace
        ? `[router] the worker thread ended (${why}); the ${plans} are checked again on a new worker thread${requests}`
        : `[router] the worker thread ended (${why}), ${this.losses.length} times in ${WORKER_LOSS_WINDOW_MS / 60_000} minutes; the ${plans} are checked on the main thread from now on${requests}`,
    );
    if (!replace) this.toMainForGood();
    else if (owned.length > 0 || waiting.length > 0) this.startWorker();
    for (const [id, pending] of waiting) {
      if (pending.passedOn) {
        this.answerError(id, CONTENT_MODIFIED, 'The checking thread ended twice while this request waited; try again');
        continue;
      }
      pending.passedOn = true;
      pending.side = this.sideOf(pending.request);
      this.to(pending.side, pending.request);
    }
  }

  /** Who answers a request (the worker thread is started if it is the one and is not running). */
  private sideOf(request: RequestMessage): Side | 'both' {
    let side: Side | 'both';
    if (request.method === 'initialize' || request.method === 'shutdown') side = 'both';
    else {
      const uri = this.uriOf(request.params);
      side = uri === undefined ? 'main' : this.owner(uri);
    }
    if (side === 'worker' && !this.worker) this.startWorker();
    if (side === 'worker' && !this.worker) side = 'main';
    if (side === 'both' && !this.worker) side = 'main';
    return side;
  }

  private answerError(id: string | number, code: number, message: string): void {
    this.pending.delete(id);
    const answer: ResponseMessage = { jsonrpc: '2.0', id, error: { code, message } };
    this.write(answer);
  }

  /** The document a request is about: `textDocument.uri`, else the first open document's URI found in its parameters. */
  private uriOf(params: unknown): string | undefined {
    const direct = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
    if (typeof direct === 'string') return direct;
    // Commands and resolve requests carry the URI somewhere in their arguments or data.
    const queue: unknown[] = [params];
    for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
      const value = queue.shift();
      if (typeof value === 'string') {
        if (this.documents.has(value)) return value;
      } else if (value && typeof value === 'object') {
        for (const child of Object.values(value)) queue.push(child);
      }
    }
    return undefined;
  }

  private fromClient(message: Message): void {
    if (Message.isRequest(message)) {
      if (message.method === 'initialize') this.initialize = message;
      if (message.method === 'shutdown') this.closing = true;
      const side = this.sideOf(message);
      this.pending.set(message.id ?? '', { side, request: message, passedOn: false });
      this.to(side, message);
      return;
    }
    if (Message.isNotification(message)) {
      this.notificationFromClient(message);
      return;
    }
    if (Message.isResponse(message)) {
      const id = message.id;
      if (typeof id === 'string' && id.startsWith(WORKER_ID)) {
        const original = this.workerRequests.get(id);
        this.workerRequests.delete(id);
        if (original !== undefined) this.toWorker({ ...message, id: original } as ResponseMessage);
      } else this.toMain(message);
    }
  }

  private notificationFromClient(message: NotificationMessage): void {
    const params = message.params as Record<string, unknown> | undefined;
    switch (message.method) {
      case '$/cancelRequest': {
        const id = (params as { id?: string | number } | undefined)?.id;
        if (id === undefined) return;
        const side = this.pending.get(id)?.side;
        if (side === undefined) return;
        // Answered now; whatever the server answers later for this id is dropped (it is no longer pending).
        this.answerError(id, REQUEST_CANCELLED, 'Request cancelled');
        this.to(side, message);
        return;
      }
      case 'initialized':
        this.initialized = true;
        break;
      case 'exit':
        this.closing = true;
        break;
      case TEST_END_WORKER: {
        // Tests only: the worker thread ends the way it would in use — terminated, or ending or crashing by itself.
        if (!this.testHooks) break;
        const how = (params as { how?: unknown } | undefined)?.how;
        if (how === 'terminate') this.worker?.terminate();
        else this.toWorker(message);
        return;
      }
      case 'textDocument/didOpen': {
        const document = (params as { textDocument: { uri: string; languageId: string; version: number; text: string } }).textDocument;
        this.documents.set(document.uri, { languageId: document.languageId, version: document.version, text: document.text });
        break;
      }
      case 'textDocument/didChange': {
        const { textDocument, contentChanges } = params as { textDocument: { uri: string; version: number }; contentChanges: ContentChange[] };
        const document = this.documents.get(textDocument.uri);
        if (document) {
          document.text = applyChanges(document.text, contentChanges);
          document.version = textDocument.version;
        }
        break;
      }
      case 'textDocument/didClose': {
        const uri = (params as { textDocument: { uri: string } }).textDocument.uri;
        this.documents.delete(uri);
        this.heavy.delete(uri);
        break;
      }
      default:
        break;
    }
    // Both copies keep every document and every setting; the worker is started once a document needs it (it is
    // then given every open document as it is, this change included).
    this.toMain(message);
    if (this.worker) this.toWorker(message);
    if (message.method === 'textDocument/didOpen' || message.method === 'textDocument/didChange') {
      const uri = this.uriOf(params);
      if (uri === undefined) return;
      const document = this.documents.get(uri);
      if (document && !this.heavy.has(uri) && document.text.length <= LIGHT_MAX_CHARS && estimatedWork(document.text) >= HEAVY_WORK) {
        this.markHeavy(uri, 'it holds many sessions or weeks');
      } else if (!this.worker && this.owner(uri) === 'worker') this.startWorker();
    }
  }

  private fromServer(side: Side, message: Message): void {
    if (Message.isResponse(message)) {
      const id = message.id;
      if (side === 'worker' && id === REPLAYED_INITIALIZE) return;
      if (id === null) return;
      const owner = this.pending.get(id)?.side;
      // Cancelled and answered already, or the other copy's answer to a request both got.
      if (owner === undefined || (owner === 'both' && side === 'worker')) return;
      this.pending.delete(id);
      this.write(message);
      return;
    }
    if (Message.isRequest(message)) {
      if (side === 'worker') {
        // The main thread's server registers the capabilities; the worker's registrations would be duplicates.
        if (message.method === 'client/registerCapability' || message.method === 'client/unregisterCapability') {
          const answer: ResponseMessage = { jsonrpc: '2.0', id: message.id, result: null };
          this.toWorker(answer);
          return;
        }
        const id = `${WORKER_ID}${String(message.id)}`;
        this.workerRequests.set(id, message.id ?? '');
        this.write({ ...message, id } as RequestMessage);
        return;
      }
      this.write(message);
      return;
    }
    if (Message.isNotification(message) && message.method === 'textDocument/publishDiagnostics') {
      const { uri, version, diagnostics } = message.params as { uri: string; version?: number; diagnostics: unknown[] };
      const document = this.documents.get(uri);
      const clearing = diagnostics.length === 0 && version === undefined;
      // Only for the version the client has now: a check of an older one is stale. (Each copy checks only the
      // documents it owns; a check that ran as a document moved to the worker is still right for its version.)
      if (!clearing && (!document || (version !== undefined && version !== document.version))) return;
    }
    this.write(message);
  }
}

/**
 * Tests only, and only with `HYBRID_TEST_HOOKS=1` in the server's environment (otherwise an unknown notification like
 * any other): `{ how: 'terminate' }` terminates the worker thread (`Worker.terminate`), `'exit'` makes it exit with
 * code 70, `'throw'` makes it throw an exception nothing catches.
 */
export const TEST_END_WORKER = 'hybrid/test/endWorker';

/** Tells the worker's server that a document is its own although it is short (a check of it was long). */
export const HEAVY_NOTIFICATION = 'hybrid/internal/heavy';

/**
 * Tells the main thread's server that the documents in `uris` are its own from now on (no worker thread any more):
 * it checks them again, since it did not while the worker owned them.
 */
export const OWNED_NOTIFICATION = 'hybrid/internal/owned';
