/** One server-sent event as read off the wire: the `event:` name (default "message"), `id:` and joined `data:` lines. */
export interface SseEvent {
  event: string;
  id: string | undefined;
  data: string;
}

/**
 * Splits a text/event-stream into events, chunk by chunk (a chunk may end mid-line). Comment lines
 * (`: keep-alive`) and the `retry:` field are skipped. See the WHATWG HTML "server-sent events" parsing rules.
 */
export class SseParser {
  private buffer = '';

  push(chunk: string): SseEvent[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n');
    const events: SseEvent[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event = parseBlock(block);
      if (event) events.push(event);
    }
    return events;
  }
}

function parseBlock(block: string): SseEvent | undefined {
  let event = 'message';
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'id') id = value;
    else if (field === 'data') data.push(value);
  }
  return data.length === 0 && id === undefined ? undefined : { event, id, data: data.join('\n') };
}

/**
 * The incident ids an event carries: an `incident` event's payload.id; an event whose payload is a list of
 * incidents (a coalesced batch) gives each one's id. Any other event carries none.
 */
export function incidentIdsOf(e: SseEvent): number[] {
  if (!e.event.startsWith('incident')) return [];
  let body: unknown;
  try {
    body = JSON.parse(e.data);
  } catch {
    return [];
  }
  const payload = (body as { payload?: unknown } | null)?.payload;
  const items = Array.isArray(payload) ? payload : Array.isArray((payload as { incidents?: unknown })?.incidents) ? (payload as { incidents: unknown[] }).incidents : [payload];
  return items.map((p) => (p as { id?: unknown } | null)?.id).filter((id): id is number => typeof id === 'number');
}
