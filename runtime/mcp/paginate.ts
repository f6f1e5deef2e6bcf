/**
 * Pagination of aggregated lists. The cursor is opaque to clients: the offset into the cached list plus the
 * list's length, so a cursor from before a list_changed is refused instead of silently skipping items.
 */
import { ProtocolError, ProtocolErrorCode } from '@modelcontextprotocol/server';

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export function paginate<T>(items: readonly T[], cursor: string | undefined, pageSize: number): Page<T> {
  return pageAt(items, pageStart(items, cursor), pageSize);
}

/** Where the page `cursor` names begins (0 without one); a ProtocolError for a cursor this list did not give. */
export function pageStart(items: readonly unknown[], cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const m = /^(\d+)\.(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m || Number(m[2]) !== items.length || Number(m[1]) > items.length) {
    throw new ProtocolError(ProtocolErrorCode.InvalidParams, 'invalid or stale cursor; list again from the start');
  }
  return Number(m[1]);
}

export function pageAt<T>(items: readonly T[], start: number, pageSize: number): Page<T> {
  const end = Math.min(items.length, start + pageSize);
  const page: Page<T> = { items: items.slice(start, end) };
  if (end < items.length) page.nextCursor = Buffer.from(`${end}.${items.length}`).toString('base64url');
  return page;
}
