import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN';
import { FilePicker } from './FilePicker';

const picker = (fileName: string | null) =>
  renderToStaticMarkup(createElement(FilePicker, { accept: '.csv', fileName, onChange: () => {}, testId: 't', chooseText: zhCN.fileChoose, noneText: zhCN.fileNone }));

describe('a file input in the interface’s words', () => {
  it('says 选择文件… and 未选择文件 in Chinese, whatever the browser’s language, and names the chosen file', () => {
    const empty = picker(null);
    expect(empty).toContain('选择文件…');
    expect(empty).toContain('未选择文件');
    expect(picker('实有人口.csv')).toContain('实有人口.csv');
    expect(picker('实有人口.csv')).not.toContain('未选择文件');
  });

  it('keeps the real input in the page (out of sight) for the keyboard and for scripts', () => {
    expect(picker(null)).toMatch(/<input type="file" class="visually-hidden" accept=".csv" data-testid="t"\/>/);
  });
});
