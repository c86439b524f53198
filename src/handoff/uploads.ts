/**
 * Photos and documents a citizen sends from the web chat (Zalo and Messenger keep their own files and give
 * us links). Kept in the store, not on the local disk, so every instance of a cluster can show them to staff;
 * read only through the staff console. The type is checked from the file's first bytes, not from what the
 * browser claims.
 */
import { randomUUID } from 'node:crypto';
import type { Attachment } from '../channels/message';
import type { BaseDoc, Collection, Store } from '../store/ports';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

interface UploadDoc extends BaseDoc {
  conversationId: string;
  contentType: string;
  name?: string;
  size: number;
  /** base64 (a document store has no binary type common to nedb and MongoDB) */
  data: string;
  createdAt: Date;
}

const SIGNATURES: { type: string; kind: Attachment['kind']; test: (b: Buffer) => boolean }[] = [
  { type: 'image/jpeg', kind: 'image', test: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', kind: 'image', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/webp', kind: 'image', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'image/gif', kind: 'image', test: (b) => /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1')) },
  { type: 'application/pdf', kind: 'file', test: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

export class UploadError extends Error {
  constructor(readonly status: 413 | 415, readonly code: string, message: string) {
    super(message);
  }
}

/** What a file is, from its first bytes; null when it is none of the accepted kinds. */
export function sniff(bytes: Buffer): { type: string; kind: Attachment['kind'] } | null {
  const hit = SIGNATURES.find((s) => s.test(bytes));
  return hit ? { type: hit.type, kind: hit.kind } : null;
}

export class UploadStore {
  private readonly col: Collection<UploadDoc>;
  constructor(store: Store, private readonly now: () => Date) {
    this.col = store.collection<UploadDoc>('web_uploads', [{ fields: { agencyId: 1, conversationId: 1 } }]);
  }

  /** Keeps the file and returns the attachment the conversation records (its link works in the console). */
  async save(agencyId: string, conversationId: string, bytes: Buffer, name?: string): Promise<Attachment> {
    if (bytes.length > MAX_UPLOAD_BYTES) throw new UploadError(413, 'too_large', `Tệp quá lớn (tối đa ${MAX_UPLOAD_BYTES / 1024 / 1024} MB) / file too large`);
    const found = sniff(bytes);
    if (!found) throw new UploadError(415, 'unsupported_type', 'Chỉ nhận ảnh (JPEG, PNG, WebP, GIF) hoặc tệp PDF / only JPEG, PNG, WebP, GIF images or PDF files');
    const id = randomUUID();
    const clean = name?.replace(/[^\p{L}\p{N} ._()-]/gu, '').slice(0, 120) || undefined;
    await this.col.insert({ _id: id, agencyId, conversationId, contentType: found.type, ...(clean ? { name: clean } : {}), size: bytes.length, data: bytes.toString('base64'), createdAt: this.now() });
    return { kind: found.kind, url: `/console/api/uploads/${id}`, ...(clean ? { name: clean } : {}) };
  }

  async get(agencyId: string, id: string): Promise<{ contentType: string; name?: string; bytes: Buffer } | null> {
    const d = await this.col.findOne({ _id: id, agencyId });
    return d ? { contentType: d.contentType, name: d.name, bytes: Buffer.from(d.data, 'base64') } : null;
  }
}
