import { open, type FileHandle } from 'node:fs/promises';
import type { RangeResponse, Source } from 'pmtiles';

/**
 * The `pmtiles` reader's Source over a file on this server's disk: one handle for the package's life, each
 * request a positioned read. A read past the end returns what there is (the reader asks for 16 KiB at first).
 */
export class PmtilesFileSource implements Source {
  private constructor(
    private readonly path: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(path: string): Promise<PmtilesFileSource> {
    return new PmtilesFileSource(path, await open(path, 'r'));
  }

  getKey(): string {
    return this.path;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, offset);
    return { data: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + bytesRead) as ArrayBuffer };
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}
