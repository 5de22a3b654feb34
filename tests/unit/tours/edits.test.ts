import { describe, expect, it } from 'vitest';
import { applyEdit, EditRejected } from '../../../shared/edits/index.ts';
import { emptyHistory, perform, undo } from '../../../shared/edits/history.ts';
import { sampleProject } from '../../../shared/sample/index.ts';
import { planProjectTour } from '../../../shared/tours/index.ts';

const project = sampleProject();
const tour = project.tours[0]!;
const [first, second] = tour.groups;
const someone = first!.participantIds.find((id) => !project.participants.find((p) => p.id === id)!.companionIds.length)!;

describe('tour edits', () => {
  it('moves a person to another group and back out of every group', () => {
    const moved = applyEdit(project, { type: 'tours/moveParticipant', payload: { tourId: tour.id, participantId: someone, groupId: second!.id } });
    const groups = moved.tours[0]!.groups;
    expect(groups[0]!.participantIds).not.toContain(someone);
    expect(groups[1]!.participantIds.at(-1)).toBe(someone);
    const out = applyEdit(moved, { type: 'tours/moveParticipant', payload: { tourId: tour.id, participantId: someone, groupId: null } });
    expect(out.tours[0]!.groups.flatMap((g) => g.participantIds)).not.toContain(someone);
  });

  it('pins a group and a person; a person moved away loses their pin', () => {
    let next = applyEdit(project, { type: 'tours/pinGroup', payload: { tourId: tour.id, groupId: first!.id, pinned: true } });
    next = applyEdit(next, { type: 'tours/pinParticipant', payload: { tourId: tour.id, participantId: someone, pinned: true } });
    expect(next.tours[0]!.groups[0]).toMatchObject({ pinned: true, pinnedParticipantIds: [someone] });
    next = applyEdit(next, { type: 'tours/moveParticipant', payload: { tourId: tour.id, participantId: someone, groupId: second!.id } });
    expect(next.tours[0]!.groups[0]!.pinnedParticipantIds).toEqual([]);
  });

  it('replaces the groups with a plan in one step that one undo takes back', () => {
    const emptied = applyEdit(project, { type: 'tours/setGroups', payload: { tourId: tour.id, groups: [] } });
    const plan = planProjectTour(emptied, emptied.tours[0]!);
    const done = perform(emptied, emptyHistory(), [{ type: 'tours/setGroups', payload: { tourId: tour.id, groups: plan.groups } }], 'plan');
    expect(done.project.tours[0]!.groups).toEqual(tour.groups);
    expect(undo(done.project, done.history).project.tours[0]!.groups).toEqual([]);
  });

  it('refuses a limit that is not a positive whole number, and names the field', () => {
    const attempt = () => applyEdit(project, { type: 'tours/update', payload: { tourId: tour.id, changes: { groupSizeLimit: 0 } } });
    expect(attempt).toThrow(EditRejected);
    expect(applyEdit(project, { type: 'tours/update', payload: { tourId: tour.id, changes: { groupSizeLimit: 25, latestReturn: '21:30' } } }).tours[0]).toMatchObject({ groupSizeLimit: 25, latestReturn: '21:30' });
  });
});

describe('guides', () => {
  it('adds a guide with languages, changes them, and removes the guide from the groups they led', () => {
    const personId = project.people.find((p) => !tour.guides.some((g) => g.personId === p.id))!.id;
    let next = applyEdit(project, { type: 'tours/setGuide', payload: { tourId: tour.id, personId, languages: [' EN', 'de', 'en'], stepFree: true } });
    expect(next.tours[0]!.guides.at(-1)).toEqual({ personId, languages: ['en', 'de'], stepFree: true });
    const leader = first!.guideId!;
    next = applyEdit(next, { type: 'tours/removeGuide', payload: { tourId: tour.id, personId: leader } });
    expect(next.tours[0]!.guides.map((g) => g.personId)).not.toContain(leader);
    expect(next.tours[0]!.groups[0]!.guideId).toBeNull();
    expect(next.tours[0]!.groups[0]!.participantIds).toEqual(first!.participantIds);
  });

  it('refuses a guide without any language code', () => {
    const personId = tour.guides[0]!.personId;
    expect(() => applyEdit(project, { type: 'tours/setGuide', payload: { tourId: tour.id, personId, languages: ['anglais !'], stepFree: false } })).toThrow(EditRejected);
  });
});

describe('a tour without its registration option', () => {
  it('says nobody is registered and why, instead of planning no group', () => {
    const orphan = { ...tour, optionId: null, groups: [] };
    const plan = planProjectTour({ ...project, tours: [orphan] }, orphan);
    expect(plan.groups).toEqual([]);
    expect(plan.problems.map((p) => p.code)).toEqual(['tours:impossible.noOption']);
  });
});

describe('the registration option', () => {
  it('links the tour to an option of the event, and refuses one that does not exist', () => {
    const other = project.event.registrationOptions.find((o) => o.id !== tour.optionId)!;
    expect(applyEdit(project, { type: 'tours/update', payload: { tourId: tour.id, changes: { optionId: other.id } } }).tours[0]!.optionId).toBe(other.id);
    expect(() => applyEdit(project, { type: 'tours/update', payload: { tourId: tour.id, changes: { optionId: 'option-gone' } } })).toThrow(EditRejected);
  });
});
