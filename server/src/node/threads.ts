// The one place the server touches worker_threads (eslint.config.mjs allows it here only): the language server runs
// a second copy of itself on a worker thread for plans whose checks are long (node/router.ts), so the main thread
// keeps answering. The worker is this same bundle (`__filename`), never code built from a string.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { PortMessageReader, PortMessageWriter, type MessageReader, type MessageWriter } from 'vscode-jsonrpc/node';

/** True in the worker thread started by `startWorker`. */
export function inWorkerThread(): boolean {
  return !isMainThread && parentPort !== null;
}

/** The worker side of the channel to the main thread. */
export function parentChannel(): [MessageReader, MessageWriter] {
  if (!parentPort) throw new Error('not in a worker thread');
  return [new PortMessageReader(parentPort), new PortMessageWriter(parentPort)];
}

/**
 * Lowers the scheduling priority of the calling thread (the worker's) by `nice` steps, so that on a busy machine the
 * main thread — the router and the light plans' server, which answer hovers — gets a core first while a heavy plan is
 * checked (rust-analyzer gives its background threads a lower QoS likewise). Linux only: there a thread has its own
 * nice value, named by its thread id (`/proc/thread-self`). Elsewhere, or when not allowed, nothing changes.
 */
export function lowerThreadPriority(nice = 10): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0 || tid === process.pid) return;
    setPriority(tid, Math.min(19, getPriority(tid) + nice));
  } catch {
    // Not Linux, or not allowed: the thread keeps the process's priority.
  }
}

/**
 * Counts the document changes the main thread has sent to the worker (slot 0), readable by the worker at once even
 * while its messages wait: a check about to start on the worker for a version already replaced is stale and waits.
 */
export type ChangeBoard = Int32Array;

/** The worker's view of the board its main thread counts changes on. */
export function workerBoard(): ChangeBoard | undefined {
  const board = (workerData as { board?: unknown } | null)?.board;
  return board instanceof SharedArrayBuffer ? new Int32Array(board) : undefined;
}

export interface WorkerChannel {
  reader: MessageReader;
  writer: MessageWriter;
  /** Counts one document change sent to the worker. */
  changeSent(): void;
  terminate(): void;
}

/**
 * Starts this bundle again on a worker thread; messages go both ways over its port. `onExit` is called once when the
 * thread has ended, however it ended (terminated, `process.exit`, out of memory, an exception nothing caught — the
 * last two with the error the thread died of).
 */
export function startWorker(file: string, onExit: (code: number, error?: Error) => void): WorkerChannel {
  // The worker does not keep the process alive: it ends with the main thread (`exit`, or the client going away).
  const board = new SharedArrayBuffer(4);
  const counter = new Int32Array(board);
  const worker = new Worker(file, { argv: process.argv.slice(2), stdout: false, stderr: false, workerData: { board } });
  worker.unref();
  // A Worker emits 'error' before 'exit' when its thread dies of an exception or out of memory; an 'error' nobody
  // listens to would be thrown on the main thread.
  let failure: Error | undefined;
  worker.on('error', (error: Error) => (failure = error));
  worker.on('exit', (code) => onExit(code, failure));
  return {
    reader: new PortMessageReader(worker),
    writer: new PortMessageWriter(worker),
    changeSent: () => void Atomics.add(counter, 0, 1),
    terminate: () => void worker.terminate(),
  };
}
