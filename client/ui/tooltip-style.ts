/**
 * The look of every map's hover tooltip (deck.gl getTooltip): dark, white text, line breaks kept, in the page's font
 * stack. deck.gl sets its own (Helvetica Neue, Arial, sans-serif), which on a machine without CJK system fonts draws
 * the Chinese as boxes: the shipped Noto Sans SC is only used where a stack names it.
 */
export const tooltipStyle = {
  fontFamily: 'var(--font)',
  backgroundColor: 'rgba(20, 28, 40, 0.92)',
  color: '#fff',
  fontSize: '13px',
  lineHeight: '1.5',
  padding: '6px 10px',
  borderRadius: '4px',
  whiteSpace: 'pre',
};

/** A deck.gl tooltip of `text` in the shared look, or null (no tooltip) for no text. */
export function styledTooltip(text: string | null | undefined): { text: string; style: typeof tooltipStyle } | null {
  return text ? { text, style: tooltipStyle } : null;
}
