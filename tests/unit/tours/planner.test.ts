import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n/index.ts';
import { planTour } from '../../../shared/tours/planner.ts';
import type { TourPlan } from '../../../shared/tours/types.ts';
import { chain, crowd, evening, guide, visitor } from './input.ts';

const fr = createI18n('fr');
const en = createI18n('en');
const sentences = (plan: TourPlan, t = en.t) => plan.problems.map((p) => t(p.code, p.params));
const sizes = (plan: TourPlan) => plan.groups.map((g) => g.participantIds.length);

describe('a fresh plan', () => {
  it('makes the fewest groups the limit allows, balanced, with staggered departures and a guide each', () => {
    const plan = planTour(evening({ visitors: crowd(148) }), 'plan');
    expect(plan.problems).toEqual([]);
    expect(sizes(plan)).toEqual([30, 30, 30, 29, 29]);
    expect(plan.groups.map((g) => g.departure)).toEqual(['19:15', '19:30', '19:45', '20:00', '20:15']);
    expect(new Set(plan.groups.map((g) => g.guideId)).size).toBe(5);
    expect(plan.groups.map((g) => g.name)).toEqual(['Groupe 1', 'Groupe 2', 'Groupe 3', 'Groupe 4', 'Groupe 5']);
  });

  it('keeps a chain of companions in one group', () => {
    const people = [...chain(crowd(7, 'c')), ...crowd(50)];
    const plan = planTour(evening({ visitors: people }), 'plan');
    const holding = plan.groups.filter((g) => g.participantIds.some((id) => id.startsWith('c')));
    expect(holding).toHaveLength(1);
    expect(holding[0]!.participantIds.filter((id) => id.startsWith('c'))).toHaveLength(7);
  });

  it('gives English-only guests a group whose guide guides in English, and fills it up with those who follow English too', () => {
    const people = [...crowd(13, 'en', { languages: ['en'] }), ...crowd(135, 'fr', { languages: ['fr', 'en'] })];
    const guides = [guide('g1'), guide('g2'), guide('g3'), guide('g4'), guide('g5', { languages: ['fr', 'en'] })];
    const plan = planTour(evening({ visitors: people, guides }), 'plan');
    expect(plan.problems).toEqual([]);
    expect(plan.groups).toHaveLength(5);
    const english = plan.groups.filter((g) => g.language === 'en');
    expect(english.map((g) => g.guideId)).toEqual(['g5']);
    expect(english[0]!.participantIds.filter((id) => id.startsWith('en'))).toHaveLength(13);
    expect(Math.max(...sizes(plan)) - Math.min(...sizes(plan))).toBeLessThanOrEqual(1);
  });

  it('puts people who need the step-free route only with a guide who takes it', () => {
    const people = [...crowd(3, 'w', { stepFree: true }), ...crowd(80)];
    const guides = [guide('g1'), guide('g2'), guide('g3', { stepFree: true })];
    const plan = planTour(evening({ visitors: people, guides }), 'plan');
    const withWheelchairs = plan.groups.filter((g) => g.participantIds.some((id) => id.startsWith('w')));
    expect(withWheelchairs.map((g) => g.guideId)).toEqual(['g3']);
  });

  it('sends groups out in waves when there are more groups than guides, a guide back before leaving again', () => {
    const plan = planTour(evening({ visitors: crowd(120), guides: [guide('g1'), guide('g2')] }), 'plan');
    expect(plan.problems).toEqual([]);
    expect(plan.groups.map((g) => [g.departure, g.guideId])).toEqual([
      ['19:15', 'g1'], ['19:30', 'g2'], ['20:00', 'g1'], ['20:15', 'g2'],
    ]);
  });

  it('mixes affiliations across groups', () => {
    const people = crowd(60).map((p, i) => ({ ...p, affiliation: i < 20 ? 'Inria' : i < 40 ? 'Inserm' : 'CHU' }));
    const plan = planTour(evening({ visitors: people, guides: [guide('g1'), guide('g2')] }), 'plan');
    const affiliationOf = new Map(people.map((p) => [p.id, p.affiliation]));
    for (const group of plan.groups) {
      const inria = group.participantIds.filter((id) => affiliationOf.get(id) === 'Inria').length;
      expect(inria).toBe(10);
    }
  });
});

describe('an impossible plan says which constraint fails and what would fix it', () => {
  it('a chain of 35 companions', () => {
    const plan = planTour(evening({ visitors: [...chain(crowd(35, 'c')), ...crowd(10)] }), 'plan');
    expect(sentences(plan)).toEqual([
      'The 35 people who came together (Person c1, Person c2, Person c3, Person c4, …) are more than the limit of 30 per group: raise the limit to 35, or remove some companion links.',
    ]);
    expect(sentences(plan, fr.t)[0]).toContain('relevez la limite à 35');
    expect(plan.unplaced).toHaveLength(35);
    expect(plan.groups.flatMap((g) => g.participantIds)).toHaveLength(10);
  });

  it('40 English speakers and one English guide', () => {
    const people = [...crowd(40, 'en', { languages: ['en'] }), ...crowd(20)];
    const guides = [guide('g1'), guide('g2'), guide('g3', { languages: ['en'] })];
    const plan = planTour(evening({ visitors: people, guides, latest: 20 * 60 + 15 }), 'plan');
    expect(sentences(plan)).toEqual([
      '40 people can only follow the visit in en: that makes 2 groups in en, but the guides in en (1 guide) can lead only 1 in the window. Add 1 guide for en, or raise the limit to 40.',
    ]);
    expect(sentences(plan, fr.t)[0]).toContain('Ajoutez 1 guide en en, ou relevez la limite à 40');
  });

  it('no guide for a language', () => {
    const plan = planTour(evening({ visitors: [visitor('x', { languages: ['de'], name: 'Karl Weber' }), ...crowd(5)] }), 'plan');
    expect(sentences(plan)).toEqual(['1 person (Karl Weber) can only follow a visit in de, and no guide guides in de: add a guide who guides in de.']);
  });

  it('nobody takes the step-free route', () => {
    const plan = planTour(evening({ visitors: [visitor('w', { stepFree: true, name: 'Anne Roy' }), ...crowd(5)] }), 'plan');
    expect(sentences(plan)[0]).toBe(
      'The step-free route is needed by 1 person (Anne Roy), and no guide of their language takes it: tick “step-free route” for a guide who guides in fr, or add one.',
    );
  });

  it('too few guides for the window', () => {
    const plan = planTour(evening({ visitors: crowd(150), guides: [guide('g1')], latest: 21 * 60 }), 'plan');
    expect(sentences(plan)).toEqual([
      '150 people can only follow the visit in fr: that makes 5 groups in fr, but the guides in fr (1 guide) can lead only 2 in the window. Add 2 guides for fr, or raise the limit to 75.',
    ]);
  });

  it('a window too short for the departures', () => {
    const plan = planTour(evening({ visitors: crowd(150), latest: 20 * 60 + 15 }), 'plan');
    expect(sentences(plan)).toEqual([
      'With 5 groups leaving every 15 min, the last is back only at 21:00, after the window closes (20:15), which leaves room for 2 departures: move the latest return to 21:00, shorten the interval, or raise the limit to 75.',
    ]);
  });

  it('companions who share no language', () => {
    const pair = chain([visitor('a', { name: 'Ana', languages: ['fr'] }), visitor('b', { name: 'Ben', languages: ['en'] })]);
    const plan = planTour(evening({ visitors: pair }), 'plan');
    expect(sentences(plan)).toEqual(['Ana, Ben came together but share no language to follow a visit in (fr, en): give one of them a common language, or remove the companion link.']);
  });

  it('no earliest departure', () => {
    expect(sentences(planTour(evening({ visitors: crowd(3), earliest: null }), 'plan'))).toEqual([
      'The tour has no earliest departure: set one, or place the tour’s session in the timetable.',
    ]);
  });
});

describe('late changes', () => {
  const first = planTour(evening({ visitors: crowd(148) }), 'plan');

  it('places newcomers and lets the cancelled go, moving nobody else', () => {
    const visitors = [...crowd(148).filter((p) => p.id !== 'p3' && p.id !== 'p40'), ...crowd(4, 'new')];
    const plan = planTour(evening({ visitors, groups: first.groups }), 'replan');
    expect(plan.problems).toEqual([]);
    const between = plan.moves.filter((m) => m.from !== null && m.to !== null);
    expect(between).toEqual([]);
    expect(plan.moves.filter((m) => m.to === null).map((m) => m.participantId).sort()).toEqual(['p3', 'p40']);
    expect(plan.moves.filter((m) => m.from === null).map((m) => m.participantId).sort()).toEqual(['new1', 'new2', 'new3', 'new4']);
    expect(Math.max(...sizes(plan))).toBeLessThanOrEqual(30);
  });

  it('moves only the one who has to join a newcomer’s companion in a full group', () => {
    const full = first.groups.find((g) => g.participantIds.length === 30)!;
    const member = full.participantIds[0]!;
    const visitors = [...crowd(148).map((p) => (p.id === member ? { ...p, companionIds: ['late'] } : p)), visitor('late', { companionIds: [member] })];
    const plan = planTour(evening({ visitors, groups: first.groups }), 'replan');
    const together = plan.groups.find((g) => g.participantIds.includes('late'))!;
    expect(together.participantIds).toContain(member);
    expect(plan.moves.filter((m) => m.from !== null && m.to !== null).map((m) => m.participantId)).toEqual([member]);
  });

  it('never moves a pinned group or a pinned person, and adds a group when the others are full', () => {
    const groups = first.groups.map((g, i) => (i === 0 ? { ...g, pinned: true } : i === 1 ? { ...g, pinnedParticipantIds: [g.participantIds[0]!] } : g));
    const visitors = [...crowd(148), ...crowd(20, 'new')];
    const plan = planTour(evening({ visitors, groups }), 'replan');
    expect(plan.groups.find((g) => g.id === groups[0]!.id)).toEqual(groups[0]);
    expect(plan.groups.find((g) => g.id === groups[1]!.id)!.participantIds).toContain(groups[1]!.participantIds[0]);
    expect(plan.groups).toHaveLength(6);
    expect(plan.unplaced).toEqual([]);
    expect(plan.groups.at(-1)!.name).toBe('Groupe 6');
  });

  it('a fresh plan keeps pinned groups as they are', () => {
    const groups = first.groups.map((g, i) => (i === 2 ? { ...g, pinned: true } : g));
    const plan = planTour(evening({ visitors: crowd(148), groups }), 'plan');
    expect(plan.groups.find((g) => g.id === groups[2]!.id)).toEqual(groups[2]);
    expect(plan.groups.flatMap((g) => g.participantIds)).toHaveLength(148);
  });
});

describe('a re-plan after a drag', () => {
  it('brings back a companion dragged away and moves nobody else out of the full group', () => {
    const people = [...chain([visitor('a'), visitor('b')]), ...crowd(58)];
    const first = planTour(evening({ visitors: people, guides: [guide('g1'), guide('g2')] }), 'plan');
    const [home, other] = first.groups.find((g) => g.participantIds.includes('a'))!.id === first.groups[0]!.id ? first.groups : [first.groups[1]!, first.groups[0]!];
    const dragged = [
      { ...home!, participantIds: home!.participantIds.filter((id) => id !== 'a') },
      { ...other!, participantIds: [...other!.participantIds, 'a'] },
    ];
    const plan = planTour(evening({ visitors: people, guides: [guide('g1'), guide('g2')], groups: dragged }), 'replan');
    expect(plan.moves).toEqual([{ participantId: 'a', from: other!.id, to: home!.id }]);
  });
});
