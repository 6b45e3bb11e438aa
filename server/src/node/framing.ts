// Base-protocol framing for `--stdio`: vscode-jsonrpc keeps re-reading a malformed header forever (no
// Content-Length, a length that is not a number, negative or absurd), so one bad frame left the server deaf. This
// stream sits in front of it: it passes well-formed frames on with a canonical header and drops a malformed one,
// resynchronising at the next `Content-Length:`, so the next good message is answered.
import { Transform, type TransformCallback } from 'node:stream';
import { MAX_HEADER_BYTES, MAX_MESSAGE_BYTES } from '../budgets';

const CONTENT_LENGTH = Buffer.from('content-length:');

export class FrameGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** The body length of the frame being read, once its header was accepted. */
  private bodyLength: number | undefined;

  /** `onDropped` gets one line per dropped frame or run of garbage bytes. */
  constructor(private readonly onDropped: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    this.drain();
    callback();
  }

  private drain(): void {
    for (;;) {
      if (this.bodyLength !== undefined) {
        if (this.buffer.length < this.bodyLength) return;
        const body = this.buffer.subarray(0, this.bodyLength);
        this.buffer = this.buffer.subarray(this.bodyLength);
        this.bodyLength = undefined;
        this.push(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
        continue;
      }
      const start = headerStart(this.buffer);
      if (start === 'partial') return;
      if (start === 'garbage') {
        if (!this.skipTo(0, 'bytes outside any message')) return;
        continue;
      }
      const crlf = this.buffer.indexOf('\r\n\r\n');
      const lf = this.buffer.indexOf('\n\n');
      // A header ends at its first blank line; bare line feeds are accepted as some clients write them.
      const end = crlf >= 0 && (lf < 0 || crlf <= lf) ? crlf : lf;
      if (end < 0) {
        if (this.buffer.length <= MAX_HEADER_BYTES) return;
        if (!this.skipTo(1, 'a header without an end')) return;
        continue;
      }
      const length = contentLength(this.buffer.subarray(0, end).toString('latin1'));
      this.buffer = this.buffer.subarray(end + (end === crlf ? 4 : 2));
      // A bad header: its message is dropped, and its body, if any, is skipped as bytes outside any message.
      if (typeof length === 'string') this.onDropped(`dropped a message: ${length}`);
      else this.bodyLength = length;
    }
  }

  /**
   * Drops the bytes before the next `Content-Length:` at or after `from`: true when one was found; else drops all
   * but a tail that may be the beginning of one, and waits for more input.
   */
  private skipTo(from: number, reason: string): boolean {
    const lower = Buffer.from(this.buffer.toString('latin1').toLowerCase(), 'latin1');
    const next = lower.indexOf(CONTENT_LENGTH, from);
    const dropped = next >= 0 ? next : Math.max(0, this.buffer.length - CONTENT_LENGTH.length + 1);
    if (dropped > 0) this.onDropped(`dropped ${dropped} bytes: ${reason}`);
    this.buffer = this.buffer.subarray(dropped);
    return next >= 0;
  }
}

const HEADER_NAMES = ['content-length:', 'content-type:'];

/** Whether the bytes begin with a header field: yes, maybe (too few bytes yet), or not. */
function headerStart(buffer: Buffer): 'header' | 'partial' | 'garbage' {
  const head = buffer.subarray(0, 15).toString('latin1').toLowerCase();
  for (const name of HEADER_NAMES) {
    if (head.startsWith(name)) return 'header';
    if (name.startsWith(head)) return 'partial';
  }
  return 'garbage';
}

/** The body length a header announces, or why the header is unusable. */
function contentLength(header: string): number | string {
  let value: string | undefined;
  for (const line of header.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    if (line.slice(0, colon).trim().toLowerCase() === 'content-length') value = line.slice(colon + 1).trim();
  }
  if (value === undefined) return 'its header has no Content-Length';
  if (!/^\d{1,10}$/.test(value)) return `Content-Length '${value.slice(0, 20)}' is not a length`;
  const length = Number(value);
  if (length > MAX_MESSAGE_BYTES) return `Content-Length ${length} is above the limit of ${MAX_MESSAGE_BYTES} bytes`;
  return length;
}
