import type { MouseEvent, ReactNode } from 'react';
import { gridPagePath } from '../app/views';
import { isModifiedClick, openPath } from './open-path';

/** A link to one grid's page: a plain link (a new tab works), followed in place on a plain click. */
export function GridLink({ code, children }: { code: string; children?: ReactNode }) {
  const href = gridPagePath(code);
  const follow = (e: MouseEvent<HTMLAnchorElement>) => {
    if (isModifiedClick(e)) return;
    e.preventDefault();
    e.stopPropagation(); // inside a table row that opens something else on click
    openPath(href);
  };
  return (
    <a href={href} onClick={follow} className="grid-link" data-testid={`grid-link-${code}`}>
      {children ?? code}
    </a>
  );
}
