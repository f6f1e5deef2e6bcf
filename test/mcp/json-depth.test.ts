/** The depth scan on raw request text (json-depth.ts): exact at the limit, blind to brackets in strings. */
import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth, topLevelId } from '../../runtime/mcp/json-depth.js';

const nested = (levels: number, inner = '1'): string => '['.repeat(levels) + inner + ']'.repeat(levels);

describe('exceedsJsonDepth', () => {
  it('allows exactly the limit and refuses one more, for arrays and objects alike', () => {
    expect(exceedsJsonDepth(nested(64), 64)).toBe(false);
    expect(exceedsJsonDepth(nested(65), 64)).toBe(true);
    const objects = (levels: number) => '{"a":'.repeat(levels - 1) + '{}' + '}'.repeat(levels - 1);
    expect(exceedsJsonDepth(objects(64), 64)).toBe(false);
    expect(exceedsJsonDepth(objects(65), 64)).toBe(true);
    expect(exceedsJsonDepth('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(exceedsJsonDepth('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it('counts depth, not brackets: siblings at the same level do not add up', () => {
    const wide = `[${Array.from({ length: 1000 }, () => '[[1]]').join(',')}]`;
    expect(exceedsJsonDepth(wide, 3)).toBe(false);
    expect(exceedsJsonDepth(wide, 2)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(exceedsJsonDepth(JSON.stringify({ s: '['.repeat(1000) }), 1)).toBe(false);
    expect(exceedsJsonDepth(JSON.stringify({ s: `"${'{'.repeat(100)}\\"[[` }), 1)).toBe(false);
    // A string ending in an escaped backslash ends there: the bracket after it counts.
    expect(exceedsJsonDepth('["a\\\\",[[1]]]', 2)).toBe(true);
    expect(exceedsJsonDepth('["a\\\\",[[1]]]', 3)).toBe(false);
  });

  it('scans 100,000 levels without recursion, and text that is not JSON without throwing', () => {
    expect(exceedsJsonDepth(nested(100_000), 64)).toBe(true);
    expect(exceedsJsonDepth('{"unterminated": "[[[[', 1)).toBe(false);
    expect(exceedsJsonDepth(']]]]', 1)).toBe(false);
    expect(exceedsJsonDepth('', 1)).toBe(false);
  });
});

describe('topLevelId', () => {
  const deep = nested(100_000);
  it('finds the id before or after a deep value, as a number or a string', () => {
    expect(topLevelId(`{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"arguments":{"x":${deep}}}}`)).toBe(7);
    expect(topLevelId(`{"method":"tools/call","params":{"arguments":{"x":${deep}}},"jsonrpc":"2.0","id":"a\\"b"}`)).toBe('a"b');
    expect(topLevelId(`{ "id" : -1.5e2 , "params": ${deep}}`)).toBe(-150);
  });

  it('ignores ids of nested objects, "id" as a value, and ids that are not strings or numbers', () => {
    expect(topLevelId(`{"params":{"id":5,"x":${deep}},"method":"id"}`)).toBeNull();
    expect(topLevelId(`{"id":null,"params":${deep}}`)).toBeNull();
    expect(topLevelId(`{"id":{"x":1}}`)).toBeNull();
    expect(topLevelId(`[{"id":1}]`)).toBeNull();
    expect(topLevelId('not json')).toBeNull();
  });
});
