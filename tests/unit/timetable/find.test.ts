import { describe, expect, it } from 'vitest';
import { findOnGrid } from '../../../shared/timetable/find.ts';
import { twoVenueEvent } from '../../fixtures/project.ts';

const ALL_ROOMS = ['amphi-a', 'salle-1', 'grand-hall'];

describe('the search over the grid', () => {
  it('finds titles whatever the accents and case, in reading order (day, time, room)', () => {
    expect(findOnGrid(twoVenueEvent(), 'EXPOSE', ALL_ROOMS)).toEqual(['ts1-t1', 'ts1-t2']);
    expect(findOnGrid(twoVenueEvent(), 'session thématique', ALL_ROOMS)).toEqual(['ts1']);
  });

  it('finds a session by a speaker’s name and by its room’s name', () => {
    expect(findOnGrid(twoVenueEvent(), 'mickael tanter', ALL_ROOMS)).toEqual(['ts1-k']);
    expect(findOnGrid(twoVenueEvent(), 'grand hall', ALL_ROOMS)).toEqual(['cocktail']);
  });

  it('needs every word, and orders a room’s sessions by start time', () => {
    expect(findOnGrid(twoVenueEvent(), 'amphi', ALL_ROOMS)).toEqual(['ts1', 'ts1-k', 'ts1-t1', 'ts1-t2']);
    expect(findOnGrid(twoVenueEvent(), 'amphi cocktail', ALL_ROOMS)).toEqual([]);
  });

  it('leaves out the backlog and the hidden rooms, and finds nothing for an empty search', () => {
    // "Réseau fédéré" waits in the backlog; the cocktail's room is hidden.
    expect(findOnGrid(twoVenueEvent(), 'reseau', ALL_ROOMS)).toEqual([]);
    expect(findOnGrid(twoVenueEvent(), 'cocktail', ['amphi-a', 'salle-1'])).toEqual([]);
    expect(findOnGrid(twoVenueEvent(), '   ', ALL_ROOMS)).toEqual([]);
  });
});
