import { incidentIdsOf, SseParser } from './sse-parser';
import { sessionHeaders, type LoadSession } from './load-session';

/** One open GET /api/live stream and the incident ids it has received so far. */
export interface LiveStream {
  received: Set<number>;
  /** Why the stream ended early (a refusal or a dropped connection), if it did. */
  failure: string | undefined;
  close(): void;
}

/**
 * Opens a wall stream in this session and resolves once the server's `hello` event arrived (so that writes
 * made afterwards are the stream's to receive); from then on it records the incident ids of every event.
 */
export async function openLiveStream(baseUrl: string, session: LoadSession, helloTimeoutMs = 30_000): Promise<LiveStream> {
  const abort = new AbortController();
  const res = await fetch(`${baseUrl}/api/live`, { headers: { ...sessionHeaders(session), accept: 'text/event-stream' }, signal: abort.signal });
  if (res.status !== 200 || !res.body) {
    abort.abort();
    throw new Error(`实时流打开失败（GET /api/live answered ${res.status}）`);
  }
  const stream: LiveStream = { received: new Set(), failure: undefined, close: () => abort.abort() };
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  let greeted: () => void = () => {};
  const hello = new Promise<void>((resolve) => (greeted = resolve));
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const e of parser.push(value)) {
          if (e.event === 'hello') greeted();
          for (const id of incidentIdsOf(e)) stream.received.add(id);
        }
      }
      if (!abort.signal.aborted) stream.failure = 'the server ended the stream';
    } catch (err) {
      if (!abort.signal.aborted) stream.failure = err instanceof Error ? err.message : String(err);
    }
    greeted();
  })();
  const timer = setTimeout(() => {
    stream.failure ??= `no hello event within ${helloTimeoutMs} ms`;
    greeted();
  }, helloTimeoutMs);
  await hello;
  clearTimeout(timer);
  return stream;
}
