import { describe, expect, it } from 'vitest';
import { apiMessages, say } from './messages';

describe('the API’s messages', () => {
  // A library's own error text (JSZip's "end of central directory…", csv-parse's "Invalid Closing Quote…") is English a
  // Chinese user cannot act on (QA finding): the English message keeps it for the administrator, the Chinese one says
  // what to do instead.
  it('never puts a library’s {detail} into a Chinese message', () => {
    const withDetail = Object.entries(apiMessages).filter(([, m]) => m['zh-CN'].includes('{detail}')).map(([code]) => code);
    expect(withDetail).toEqual([]);
  });

  it('tells a Chinese user what to do with a file it cannot read, and keeps the detail in English', () => {
    const params = { detail: 'end of central directory record signature not found' };
    expect(say('zh-CN', 'file_not_zip', params)).toBe('上传的文件不是有效的 ZIP 压缩包；请把同名的 .shp、.dbf（及 .prj）文件一起压缩后上传');
    expect(say('en', 'file_not_zip', params)).toContain(params.detail);
  });
});
