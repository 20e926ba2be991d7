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
// The encoding is decided on this many bytes from the first non-ASCII one (or all there are): one character could be
// valid UTF-8 by chance in a Windows-1252 file ("É" and a no-break space are C9 A0), a window of them hardly.
const WINDOW = 64 * 1024;

// isAscii is native: an all-ASCII chunk (most of a Dutch caseload) costs no byte-by-byte loop.
const firstNonAscii = (bytes: Uint8Array): number => (isAscii(bytes) ? -1 : bytes.findIndex((b) => b >= 0x80));

// Windows-1252's bytes 80–9F, as the WHATWG Encoding Standard maps them (the five it leaves undefined map to U+0081,
// U+008D, U+008F, U+0090, U+009D). Node's TextDecoder('windows-1252') decodes these as Latin-1 C1 controls instead,
// which would turn every "zo’n", "€ 15" and "9–17 uur" of a Dutch Excel export into invisible control characters.
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1 = /[\u0080-\u009F]/g;

/** Windows-1252 bytes as text: one byte, one character, no state between chunks. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(C1, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]!);
}

interface ChunkDecoder {
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}

const WINDOWS_1252: ChunkDecoder = { decode: (bytes) => decodeWindows1252(bytes) };

/** Whether `bytes` are valid UTF-8; unless `last`, a sequence cut off at their end counts as valid. */
function isUtf8(bytes: Uint8Array, last: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !last });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes bytes fed in chunks. Until the first non-ASCII byte (ASCII reads the same in both encodings) the encoding
 * is open; it is decided on the 64 KiB from there (or all there are): UTF-8 when they are valid UTF-8, else
 * Windows-1252. The decision does not depend on how the bytes are cut into chunks, and no byte is lost or split.
 * Bytes later in a UTF-8 file that are not UTF-8 become U+FFFD, which the record readers report (invalid_encoding).
 */
export class TextChunkDecoder {
  private decided: TextEncoding | undefined;
  private decoder: ChunkDecoder | undefined;
  // Bytes from the first non-ASCII one, held (as they came) until there are enough to decide on.
  private held: Uint8Array[] = [];
  private heldBytes = 0;
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
    this.decoder = encoding === 'utf-8' ? new TextDecoder('utf-8') : WINDOWS_1252;
    this.onDecide?.(encoding);
  }

  /** The text that `chunk` completes; with `last`, all that remains (an all-ASCII input is then UTF-8). */
  push(chunk: Uint8Array, last = false): string {
    if (this.decoder) return this.decoder.decode(chunk, { stream: !last });
    if (this.heldBytes > 0 && !last && this.heldBytes + chunk.length < WINDOW) {
      // Still short of the window: keep the chunk, joined once when there is enough.
      this.held.push(Uint8Array.from(chunk));
      this.heldBytes += chunk.length;
      return '';
    }
    const bytes = this.heldBytes === 0 ? chunk : Buffer.concat([...this.held, chunk]);
    this.held = [];
    this.heldBytes = 0;
    const k = firstNonAscii(bytes);
    if (k < 0) {
      if (last) this.decide('utf-8');
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    }
    const prefix = Buffer.from(bytes.buffer, bytes.byteOffset, k).toString('latin1');
    const rest = bytes.subarray(k);
    const bom = k === 0 && BOM.every((b, i) => rest[i] === b);
    if (!bom && !last && rest.length < WINDOW) {
      this.held = [Uint8Array.from(rest)];
      this.heldBytes = rest.length;
      return prefix;
    }
    this.decide(bom || isUtf8(rest.subarray(0, WINDOW), last && rest.length <= WINDOW) ? 'utf-8' : 'windows-1252');
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
