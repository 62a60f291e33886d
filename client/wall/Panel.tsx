import type { ReactNode } from 'react';

/**
 * A titled box of the wall; testId names it for the browser tests (wall-panel-…); `info` is the glossary's words for
 * what its chart counts (core/measures/glossary.ts), the title's tooltip.
 */
export function Panel({ title, testId, children, className, info }: { title: string; testId: string; children: ReactNode; className?: string; info?: string }) {
  return (
    <section className={`wall-panel ${className ?? ''}`} data-testid={testId}>
      <h2 className="wall-panel-title" title={info}>{title}</h2>
      <div className="wall-panel-body">{children}</div>
    </section>
  );
}

/** One big figure with its label, for reading from across the room; `title` is its glossary words (core/measures/glossary.ts) for whoever points at it. */
export function Figure({ label, value, sub, tone, title }: { label: string; value: string; sub?: ReactNode; tone?: 'alert' | 'warn' | 'ok'; title?: string }) {
  return (
    <div className={`wall-figure ${tone ? `wall-figure-${tone}` : ''}`} title={title}>
      <div className="wall-figure-value">{value}</div>
      <div className="wall-figure-label">{label}</div>
      {sub && <div className="wall-figure-sub">{sub}</div>}
    </div>
  );
}
