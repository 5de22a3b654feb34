import { describe, expect, it } from 'vitest';
import { ancestorsOf, isInside, nestedTogether, parentsOf } from '../../../shared/model/nesting.ts';

const sessions = (parents: Record<string, string | null>) => Object.entries(parents).map(([id, parentId]) => ({ id, parentId }));

describe('which session is inside which', () => {
  const parentOf = parentsOf(sessions({ theme: null, talk: 'theme', demo: 'talk', intruder: null }));

  it('walks up from a talk to its thematic session, nearest first', () => {
    expect(ancestorsOf('demo', parentOf)).toEqual(['talk', 'theme']);
    expect(ancestorsOf('theme', parentOf)).toEqual([]);
    expect(ancestorsOf('unknown', parentOf)).toEqual([]);
  });

  it('says a talk is inside its thematic session at any depth, and an intruder is inside nothing', () => {
    expect(isInside('talk', 'theme', parentOf)).toBe(true);
    expect(isInside('demo', 'theme', parentOf)).toBe(true);
    expect(isInside('theme', 'talk', parentOf)).toBe(false);
    expect(isInside('intruder', 'theme', parentOf)).toBe(false);
    expect(nestedTogether('theme', 'demo', parentOf)).toBe(true);
    expect(nestedTogether('demo', 'theme', parentOf)).toBe(true);
    expect(nestedTogether('talk', 'intruder', parentOf)).toBe(false);
  });

  it('stops at a cycle of parents instead of looping, and finds no session inside itself', () => {
    const cycle = parentsOf(sessions({ a: 'b', b: 'c', c: 'a', d: 'c', self: 'self' }));
    expect(ancestorsOf('a', cycle)).toEqual(['b', 'c']);
    expect(ancestorsOf('d', cycle)).toEqual(['c', 'a', 'b']);
    expect(ancestorsOf('self', cycle)).toEqual([]);
    expect(isInside('d', 'b', cycle)).toBe(true);
    expect(isInside('a', 'd', cycle)).toBe(false);
    expect(isInside('a', 'a', cycle)).toBe(false);
    expect(isInside('self', 'self', cycle)).toBe(false);
    expect(nestedTogether('a', 'intruder', cycle)).toBe(false);
  });
});
