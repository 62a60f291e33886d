import type { ChangeEvent } from 'react';

export interface FilePickerProps {
  accept: string;
  /** The chosen file's name, or null: shown beside the button. */
  fileName: string | null;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  disabled?: boolean;
  testId: string;
  /** The interface's words: the button's ('选择文件…') and the line's when nothing is chosen ('未选择文件'). */
  chooseText: string;
  noneText: string;
}

/**
 * A file input in the interface's language. The browser's own button and line speak the browser's language
 * ("Choose File", "No file chosen" in an English Chromium, as on many intranet PCs); the input stays in the page,
 * out of sight, so the keyboard and scripts still reach it.
 */
export function FilePicker({ accept, fileName, onChange, disabled, testId, chooseText, noneText }: FilePickerProps) {
  return (
    <span className="file-picker">
      <label className={disabled ? 'file-picker-button disabled' : 'file-picker-button'}>
        {chooseText}
        <input type="file" className="visually-hidden" accept={accept} onChange={onChange} disabled={disabled} data-testid={testId} />
      </label>
      <span className="file-picker-name" data-testid={`${testId}-name`}>
        {fileName ?? noneText}
      </span>
    </span>
  );
}
