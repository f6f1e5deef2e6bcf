/**
 * Splits a `text/event-stream` body into the data of its events (WHATWG SSE: `data:` lines joined with
 * newlines, an empty line ends the event; `event:`, `id:`, `retry:` and comments are not needed to find a
 * JSON-RPC message). Chunks may cut lines anywhere, so the reader keeps the unfinished tail.
 */
export class SseReader {
  private tail = '';
  private data: string[] = [];

  /** Feeds a chunk; returns the data of every event the chunk completed. */
  push(chunk: string): string[] {
    const events: string[] = [];
    const text = this.tail + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
      const line = text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
      start = nl + 1;
      if (line === '') {
        if (this.data.length > 0) events.push(this.data.join('\n'));
        this.data = [];
      } else if (line.startsWith('data:')) {
        this.data.push(line.charCodeAt(5) === 32 ? line.slice(6) : line.slice(5));
      }
    }
    this.tail = text.slice(start);
    return events;
  }
}
