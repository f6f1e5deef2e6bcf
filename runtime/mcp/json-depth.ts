/**
 * The nesting limit on MCP request bodies, checked on the raw text before anything parses it. Parsing a
 * deep value is cheap (V8's JSON.parse does not recurse), but most code that walks a value afterwards
 * does: JSON.stringify on the way to a backend throws "Maximum call stack size exceeded" at a few thousand
 * levels, and the SDK's schemas, the backend's own parser and log serialisers recurse too. A caller must
 * not be able to make vmcp fail in any of those places, least of all in one that counts against a backend
 * everyone shares. The check is a linear scan that counts brackets outside strings: no recursion, no
 * allocation, cheap enough for every request on the hot path.
 */
import type { ServerResponse } from 'node:http';
import { writeJsonRpcError } from './write-response.js';

/**
 * 64 levels: the JSON-RPC envelope takes three (message, params, arguments), which leaves 61 for a tool's
 * own data, deeper than any tool input schema we know of; and it is far below where recursive code gives
 * out (thousands of levels with Node's default stack, fewer when each level costs several frames, as in
 * schema validators), so a value that passes can be walked by anything downstream.
 */
export const DEFAULT_MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * Whether `text` nests objects and arrays deeper than `maxDepth`. Text that is not JSON is scanned as far
 * as it goes; the parser refuses it afterwards.
 */
export function exceedsJsonDepth(text: string, maxDepth: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      if (i === -1) return false;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > maxDepth) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

/** Answers a body `exceedsJsonDepth` refused: 400, -32600, with the request's id when the text shows it. */
export function refuseTooDeep(res: ServerResponse, text: string, maxDepth: number): void {
  writeJsonRpcError(res, 400, -32600, `Invalid Request: the JSON body is nested deeper than ${maxDepth} levels`, topLevelId(text), {
    vmcpCode: 'VMCP_JSON_TOO_DEEP',
    maxDepth,
  });
}

/**
 * The `id` of a JSON-RPC request body, read without parsing it (the body is the one vmcp refused to
 * parse): a string or number under the key `id` of the top-level object, the last one as JSON.parse
 * would take it; null otherwise.
 */
export function topLevelId(text: string): string | number | null {
  let id: string | number | null = null;
  let depth = 0;
  let i = skipSpace(text, 0);
  if (text.charCodeAt(i) !== OPEN_BRACE) return null;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (end === -1) return id;
      if (depth === 1 && end === i + 3 && text.slice(i, end + 1) === '"id"') {
        const colon = skipSpace(text, end + 1);
        const value = text.charCodeAt(colon) === COLON ? idValue(text, skipSpace(text, colon + 1)) : undefined;
        if (value !== undefined) id = value;
      }
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      depth--;
    }
  }
  return id;
}

/** The index of the quote that closes the string opening at `start`; -1 when it never closes. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
  return -1;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** A string or number literal at `at`; undefined for anything else (an id must be one of those). */
function idValue(text: string, at: number): string | number | undefined {
  if (text.charCodeAt(at) === QUOTE) {
    const end = stringEnd(text, at);
    if (end === -1) return undefined;
    try {
      return JSON.parse(text.slice(at, end + 1)) as string;
    } catch {
      return undefined;
    }
  }
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  return m ? Number(m[0]) : undefined;
}

/** JSON's whitespace: space, tab, line feed, carriage return. */
function skipSpace(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  return i;
}
