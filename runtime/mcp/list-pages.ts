/**
 * Answers to list requests, from pages of the aggregated lists encoded once per catalog and page. A catalog
 * is the lists a caller sees (the pool keeps one per caller when credentials are per caller) and is
 * replaced, never changed, when a backend's lists change: its encoded pages stay right as long as it is in
 * use and go with it. Encoding a list of a few hundred tools again on every `tools/list` cost more than
 * the rest of answering it.
 */
import type { RequestId } from '@modelcontextprotocol/server';
import type { AggregatedCatalog } from '../aggregation/types.js';
import { pageAt, pageStart } from './paginate.js';
import type { EncodedResponse } from './post-answer.js';

export type ListKind = 'tools' | 'prompts' | 'resources' | 'resourceTemplates';

/** The list requests and the catalog list each one reads. */
export const LIST_METHODS: ReadonlyMap<string, ListKind> = new Map<string, ListKind>([
  ['tools/list', 'tools'],
  ['prompts/list', 'prompts'],
  ['resources/list', 'resources'],
  ['resources/templates/list', 'resourceTemplates'],
]);

const encoded = new WeakMap<AggregatedCatalog, Map<string, Buffer>>();

/**
 * The response to listing `kind` from `cursor`, as the SDK server would write it
 * (`{"result":{"tools":[...],"nextCursor":"..."},"jsonrpc":"2.0","id":1}`): the page's bytes, kept, then
 * the request's id. Throws the ProtocolError of a cursor this list did not give.
 */
export function listResponse(catalog: AggregatedCatalog, kind: ListKind, cursor: string | undefined, pageSize: number, id: RequestId): EncodedResponse {
  return [pageBytes(catalog, kind, pageStart(catalog[kind], cursor), pageSize), `${JSON.stringify(id)}}`];
}

/** `{"result":<page>,"jsonrpc":"2.0","id":` as UTF-8. */
function pageBytes(catalog: AggregatedCatalog, kind: ListKind, start: number, pageSize: number): Buffer {
  const key = `${kind} ${start}`;
  const pages = encoded.get(catalog);
  const hit = pages?.get(key);
  if (hit !== undefined) return hit;
  const items: readonly unknown[] = catalog[kind];
  const page = pageAt(items, start, pageSize);
  const bytes = Buffer.from(`{"result":${JSON.stringify({ [kind]: page.items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) })},"jsonrpc":"2.0","id":`);
  // Only pages that vmcp's own cursors begin are kept: a client making up cursors cannot fill memory.
  if (start % pageSize === 0) {
    if (pages) pages.set(key, bytes);
    else encoded.set(catalog, new Map([[key, bytes]]));
  }
  return bytes;
}
