// Text files in UTF-8 or Windows-1252 (what Dutch Excel and older case systems export): the encoding is given, or
// told from the bytes (a UTF-8 BOM, or the first non-ASCII bytes being valid UTF-8 or not), and decoded chunk by chunk.
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { TextDecoder } from 'node:util';

/** The text encodings the readers take. */
export type TextEncoding = 'utf-8' | 'windows-1252';
export const TEXT_ENCODINGS: readonly TextEncoding[] = ['utf-8', 'windows-1252'];

const BOM = [0xef, 0xbb, 0xbf];
// The longest UTF-8 sequence: with this many bytes after the first non-ASCII one, its validity is known.
const SEQUENCE = 4;

// isAscii is native: an all-ASCII chunk (most of a Dutch caseload) costs no byte-by-byte loop.
const firstNonAscii = (bytes: Uint8Array): number => (isAscii(bytes) ? -1 : bytes.findIndex((b) => b >= 0x80));

/** Whether `bytes` (from a non-ASCII byte on) start with one whole, valid UTF-8 sequence. */
function startsWithUtf8(bytes: Uint8Array): boolean {
  const lead = bytes[0]!;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length < length) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length));
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes bytes fed in chunks. Until the first non-ASCII byte (ASCII reads the same in both encodings) the encoding
 * is open; it is decided there, on that one character: UTF-8 when its bytes are a valid UTF-8 sequence, else
 * Windows-1252. The decision does not depend on how the bytes are cut into chunks, and no byte is lost or split.
 * Bytes later in a UTF-8 file that are not UTF-8 become U+FFFD, which the record readers report (invalid_encoding).
 */
export class TextChunkDecoder {
  private decided: TextEncoding | undefined;
  private decoder: TextDecoder | undefined;
  // Bytes from the first non-ASCII one, held until there are enough to decide on.
  private held: Uint8Array = new Uint8Array(0);
  private readonly onDecide: ((encoding: TextEncoding) => void) | undefined;

  constructor(given?: TextEncoding, onDecide?: (encoding: TextEncoding) => void) {
    this.onDecide = onDecide;
    if (given) this.decide(given);
  }

  /** The encoding used; `undefined` while every byte so far was ASCII. */
  get encoding(): TextEncoding | undefined {
    return this.decided;
  }

  private decide(encoding: TextEncoding): void {
    this.decided = encoding;
    this.decoder = new TextDecoder(encoding);
    this.onDecide?.(encoding);
  }

  /** The text that `chunk` completes; with `last`, all that remains (an all-ASCII input is then UTF-8). */
  push(chunk: Uint8Array, last = false): string {
    if (this.decoder) return this.decoder.decode(chunk, { stream: !last });
    const bytes = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
    this.held = new Uint8Array(0);
    const k = firstNonAscii(bytes);
    if (k < 0) {
      if (last) this.decide('utf-8');
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    }
    const prefix = Buffer.from(bytes.buffer, bytes.byteOffset, k).toString('latin1');
    const rest = bytes.subarray(k);
    const bom = k === 0 && BOM.every((b, i) => rest[i] === b);
    if (!bom && !last && rest.length < SEQUENCE) {
      this.held = Uint8Array.from(rest);
      return prefix;
    }
    this.decide(bom || startsWithUtf8(rest) ? 'utf-8' : 'windows-1252');
    return prefix + this.decoder!.decode(rest, { stream: !last });
  }
}

/** The text of a whole file's bytes, and the encoding used. */
export function decodeText(bytes: Uint8Array, given?: TextEncoding): { text: string; encoding: TextEncoding } {
  const decoder = new TextChunkDecoder(given);
  const text = decoder.push(bytes, true);
  return { text: text.replace(/^\uFEFF/, ''), encoding: decoder.encoding ?? 'utf-8' };
}

/** Progress of a read: bytes of a known total (text files), or rows of a known total (workbooks, JSON arrays). */
export interface ReadProgress {
  readonly done: number;
  readonly total: number;
  readonly unit: 'bytes' | 'rows';
}

export interface DecodeFileOptions {
  readonly encoding?: TextEncoding | undefined;
  readonly onEncoding?: ((encoding: TextEncoding) => void) | undefined;
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
  readonly chunkBytes?: number;
}

/** A file's text in chunks, decoded as {@link TextChunkDecoder} does; a leading BOM is left out. */
export async function* decodeFile(path: string, options: DecodeFileOptions = {}): AsyncGenerator<string> {
  const decoder = new TextChunkDecoder(options.encoding, options.onEncoding);
  const source = createReadStream(path, { highWaterMark: options.chunkBytes ?? 64 * 1024 });
  let first = true;
  let done = 0;
  try {
    const total = options.onProgress ? (await stat(path)).size : 0;
    for await (const chunk of source as AsyncIterable<Buffer>) {
      done += chunk.length;
      const text = decoder.push(chunk);
      const out = first ? text.replace(/^\uFEFF/, '') : text;
      if (out !== '') first = false;
      options.onProgress?.({ done, total: Math.max(total, done), unit: 'bytes' });
      if (out !== '') yield out;
    }
    const rest = decoder.push(new Uint8Array(0), true);
    const out = first ? rest.replace(/^\uFEFF/, '') : rest;
    if (out !== '') yield out;
  } finally {
    source.destroy();
  }
}
