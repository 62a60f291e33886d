import { describe, expect, it } from 'vitest';
import { NotUtf8Error, readFileText } from './browser-files';

// 张三 in GBK: D5C5 C8FD.
const gbk = new Blob([new Uint8Array([0x69, 0x64, 0x2c, 0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x31, 0x2c, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a])]);

describe('readFileText', () => {
  it('reads UTF-8 and drops its BOM', async () => {
    await expect(readFileText(new Blob(['\uFEFFid,name\n1,张三\n']))).resolves.toBe('id,name\n1,张三\n');
  });
  it('refuses bytes that are not UTF-8 instead of reading them as �', async () => {
    await expect(readFileText(gbk)).rejects.toBeInstanceOf(NotUtf8Error);
  });
  it('reads GBK when told', async () => {
    await expect(readFileText(gbk, 'gbk')).resolves.toBe('id,name\n1,张三\n');
  });
});
