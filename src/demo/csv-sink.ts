/**
 * Streams CSV lines to disk in chunks (UTF-8, no BOM, LF) and counts the rows. Values are codes and
 * digits only, so no quoting is needed; a value with a comma, quote or line break is refused.
 */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

const CHUNK = 1 << 18;
const UNSAFE = /[",\r\n]/;

export class CsvSink {
  private pending: string[] = [];
  private pendingLength = 0;
  private count = 0;

  private constructor(private readonly stream: WriteStream) {}

  static async open(path: string, header: readonly string[]): Promise<CsvSink> {
    const stream = createWriteStream(path, { encoding: 'utf8' });
    await once(stream, 'open');
    const sink = new CsvSink(stream);
    sink.line(header);
    sink.count = 0;
    return sink;
  }

  get rows(): number {
    return this.count;
  }

  /** One data row; flushed to disk by `flush()`/`close()`. */
  row(values: readonly (string | number)[]): void {
    this.line(values);
    this.count++;
  }

  /** Writes the buffered lines when enough are pending; waits when the stream asks to. */
  async flush(force = false): Promise<void> {
    if (this.pendingLength === 0 || (!force && this.pendingLength < CHUNK)) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush(true);
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private line(values: readonly (string | number)[]): void {
    for (const v of values) {
      if (typeof v === 'string' && UNSAFE.test(v))
        throw new Error(`CSV value needs quoting: ${JSON.stringify(v)}`);
    }
    const text = `${values.join(',')}\n`;
    this.pending.push(text);
    this.pendingLength += text.length;
  }
}
