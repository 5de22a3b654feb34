import { describe, expect, it } from 'vitest';
import { projectSchema, type Project } from '../../../shared/model/schema.ts';
import { sampleProject } from '../../../shared/sample/index.ts';

const sample: Project = sampleProject();
const byKind = (kind: string) => sample.sessions.filter((s) => s.kind === kind);
const option = (kind: string) => sample.event.registrationOptions.filter((o) => o.kind === kind);
const registeredFor = (optionId: string) => sample.participants.filter((p) => p.registrations.includes(optionId));
const personNamed = (fullName: string) => sample.people.find((p) => `${p.firstName} ${p.lastName}` === fullName);

describe('the sample event', () => {
  it('is a valid project file that parsing leaves unchanged', () => {
    expect(projectSchema.parse(sample)).toEqual(sample);
    expect(JSON.parse(JSON.stringify(sample))).toEqual(sample);
  });

  it('is the same on every call, and each call is a fresh copy', () => {
    const other = sampleProject();
    expect(other).toEqual(sample);
    other.sessions[0]!.title = 'changed';
    expect(sampleProject().sessions[0]!.title).not.toBe('changed');
  });

  it('covers 13–15 October 2025 in Lille, in French, Paris time', () => {
    expect(sample.event.days.map((d) => d.date)).toEqual(['2025-10-13', '2025-10-14', '2025-10-15']);
    expect(sample.event.days.every((d) => d.label.length > 0)).toBe(true);
    expect(sample.event.timeZone).toBe('Europe/Paris');
    expect(sample.event.locale).toBe('fr');
    expect(sample.venues.map((v) => v.name)).toEqual(['Pôle Formation UFR3S', 'Palais de la Bourse']);
    expect(sample.venues.every((v) => v.address.includes('Lille') && Object.values(v.travelMinutes).every((m) => m > 0))).toBe(true);
  });

  it('has the four thematic sessions, each a keynote then three talks back to back', () => {
    const themes = byKind('thematic-session');
    expect(themes).toHaveLength(4);
    expect(new Set(themes.map((t) => t.themeId)).size).toBe(4);
    const keynoteSpeakers = themes.map((theme) => {
      const children = sample.sessions
        .filter((s) => s.parentId === theme.id)
        .sort((a, b) => (a.slot!.start < b.slot!.start ? -1 : 1));
      expect(children.map((c) => c.kind)).toEqual(['keynote', 'talk', 'talk', 'talk']);
      expect(children.reduce((sum, c) => sum + c.durationMinutes, 0)).toBe(theme.durationMinutes);
      expect(children.every((c) => c.assumed.includes('parentId') || c.assumed.includes('title'))).toBe(true);
      return children[0]!.people.map((p) => p.personId);
    });
    expect(keynoteSpeakers).toEqual([['person-tanter'], ['person-lorenzi'], ['person-babykina'], ['person-hernandez']]);
  });

  it('has the two transverse keynotes, three workshops, five hackathons and the SASN session', () => {
    const transverse = byKind('keynote').filter((k) => k.parentId === null);
    expect(transverse.flatMap((k) => k.people.map((p) => p.personId)).sort()).toEqual(['person-maumet', 'person-orgerie']);
    expect(byKind('workshop')).toHaveLength(3);
    expect(byKind('hackathon')).toHaveLength(5);
    expect(byKind('hackathon').every((h) => h.audience.join() === 'engineers-seminar')).toBe(true);
    const sasn = sample.sessions.find((s) => s.title.includes('SASN') && s.parentId === null)!;
    const parts = sample.sessions.filter((s) => s.parentId === sasn.id);
    expect(parts.map((p) => p.people.map((q) => q.personId))).toEqual([
      ['person-perchant'],
      ['person-sobanski'],
      ['person-pelayo'],
      ['person-barth', 'person-mohamed'],
    ]);
  });

  it('has the opening with its six speakers, the poster plenary, and the evening in three parts at the Palais', () => {
    const opening = sample.sessions.find((s) => s.id === 'session-opening')!;
    expect(opening.people.map((p) => p.personId)).toEqual([
      'person-lacroix', 'person-buee', 'person-huot', 'person-senhadji', 'person-gesnouin', 'person-redon',
    ]);
    expect(sample.sessions.find((s) => s.id === 'session-poster-plenary')!.people).toHaveLength(12);
    const palaisRooms = new Set(sample.rooms.filter((r) => r.venueId === 'venue-palais-bourse').map((r) => r.id));
    const evening = byKind('social');
    expect(evening).toHaveLength(3);
    expect(evening.every((s) => palaisRooms.has(s.slot!.roomId))).toBe(true);
    expect(evening[0]!.audience).toEqual(expect.arrayContaining(['public', 'press']));
    expect(byKind('break').length).toBeGreaterThan(0);
    expect(byKind('meal').length).toBeGreaterThan(0);
  });

  it('names every person of the seed, with the affiliation the seed gives', () => {
    const seedPeople = [
      'Dominique Lacroix', 'Luc Buée', 'Stéphane Huot', 'Lotfi Senhadji', 'Philippe Gesnouin', 'Richard Redon',
      'Mickaël Tanter', 'Marco Lorenzi', 'Evgénia Babykina', 'Alfredo Hernandez', 'Camille Maumet', 'Anne-Cécile Orgerie',
      'Ghislain Vaillant', 'David Vaudry', 'Victoria Dominguez Del Angel', 'Thierry Garaix', 'Aymeric Perchant',
      'Vincent Sobanski', 'Sylvia Pelayo', 'Séverine Barth', 'Yousra Mohamed Abd-El-Halim',
    ];
    expect(seedPeople.filter((name) => !personNamed(name))).toEqual([]);
    expect(personNamed('Marco Lorenzi')!.affiliation).toContain('EPIONE');
    expect(personNamed('Sylvia Pelayo')!.affiliation).toContain('CIC-IT du CHU de Lille');
    const onProgramme = new Set(sample.sessions.flatMap((s) => s.people.map((p) => p.personId)));
    expect(seedPeople.map((name) => personNamed(name)!.id).filter((id) => !onProgramme.has(id))).toEqual([]);
  });

  it('marks what the seed does not say as assumed', () => {
    expect(sample.rooms.every((r) => r.assumed.includes('capacity'))).toBe(true);
    expect(sample.venues.every((v) => v.assumed.includes('openingHours'))).toBe(true);
    expect(sample.sessions.every((s) => s.assumed.includes('slot'))).toBe(true);
    expect(sample.posterHall.posters.every((p) => p.assumed.includes('title'))).toBe(true);
    expect(sample.event.description).toMatch(/Supposé/);
  });

  it('has four themes with distinct colours', () => {
    expect(sample.themes).toHaveLength(4);
    expect(new Set(sample.themes.map((t) => t.color.toLowerCase())).size).toBe(4);
  });
});

describe('the sample participants', () => {
  const [firstDay, secondDay] = option('day');
  const seminar = option('seminar')[0]!;

  it('counts about 245 people: 200+ at the annual days and 45 engineers', () => {
    expect(sample.participants.length).toBeGreaterThanOrEqual(240);
    expect(sample.participants.length).toBeLessThanOrEqual(250);
    const annual = sample.participants.filter((p) => p.registrations.includes(firstDay!.id) || p.registrations.includes(secondDay!.id));
    expect(annual.length).toBeGreaterThanOrEqual(200);
    expect(registeredFor(seminar.id)).toHaveLength(45);
    expect(new Set(sample.participants.map((p) => p.id)).size).toBe(sample.participants.length);
    expect(new Set(sample.participants.map((p) => p.email)).size).toBe(sample.participants.length);
  });

  it('puts each engineer in exactly one hackathon, nine per hackathon', () => {
    const hackathons = option('hackathon');
    expect(hackathons).toHaveLength(5);
    expect(hackathons.every((h) => h.sessionId && sample.sessions.some((s) => s.id === h.sessionId && s.kind === 'hackathon'))).toBe(true);
    for (const engineer of registeredFor(seminar.id)) {
      expect(engineer.registrations.filter((r) => hackathons.some((h) => h.id === r))).toHaveLength(1);
    }
    expect(hackathons.map((h) => registeredFor(h.id).length)).toEqual([9, 9, 9, 9, 9]);
    expect(registeredFor(seminar.id).some((p) => p.registrations.includes(secondDay!.id))).toBe(true);
  });

  it('gives each person at most one workshop, on a day they attend', () => {
    const workshops = option('workshop');
    expect(workshops).toHaveLength(3);
    for (const participant of sample.participants) {
      const chosen = workshops.filter((w) => participant.registrations.includes(w.id));
      expect(chosen.length).toBeLessThanOrEqual(1);
      if (chosen[0]) expect(participant.registrations).toContain(secondDay!.id);
    }
  });

  it('has realistic variety: accents, English speakers, diets, allergies, accessibility needs', () => {
    const names = sample.participants.map((p) => `${p.firstName} ${p.lastName}`).join(' ');
    expect(names).toMatch(/[ÉéèçÇüëïö]/);
    const english = sample.participants.filter((p) => p.language === 'en').length;
    expect(english).toBeGreaterThan(5);
    expect(english).toBeLessThan(sample.participants.length / 4);
    const diets = new Set(sample.participants.map((p) => p.diet));
    expect([...diets]).toEqual(expect.arrayContaining(['none', 'vegetarian', 'vegan', 'halal', 'gluten-free']));
    expect(sample.participants.filter((p) => p.diet === 'none').length).toBeGreaterThan(sample.participants.length / 2);
    expect(sample.participants.some((p) => p.allergies !== '')).toBe(true);
    expect(sample.participants.some((p) => p.accessibility !== '')).toBe(true);
    expect(sample.participants.every((p) => /^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/.test(p.email))).toBe(true);
  });

  it('records companions both ways', () => {
    const byId = new Map(sample.participants.map((p) => [p.id, p]));
    const withCompanions = sample.participants.filter((p) => p.companionIds.length > 0);
    expect(withCompanions.length).toBeGreaterThanOrEqual(10);
    for (const person of withCompanions) {
      for (const companionId of person.companionIds) expect(byId.get(companionId)?.companionIds).toContain(person.id);
    }
  });
});

describe('the sample tour', () => {
  const tour = sample.tours[0]!;
  const tourOption = option('tour')[0]!;
  const groupOf = new Map(tour.groups.flatMap((g) => g.participantIds.map((id) => [id, g.id] as const)));

  it('takes everyone registered for the tour, about 150, in groups of at most 30', () => {
    expect(tour.groupSizeLimit).toBe(30);
    expect(tourOption.sessionId).toBe(tour.sessionId);
    const visitors = registeredFor(tourOption.id).map((p) => p.id).sort();
    expect([...groupOf.keys()].sort()).toEqual(visitors);
    expect(visitors.length).toBeGreaterThanOrEqual(140);
    expect(visitors.length).toBeLessThanOrEqual(150);
    const sizes = tour.groups.map((g) => g.participantIds.length);
    expect(tour.groups).toHaveLength(Math.ceil(visitors.length / 30));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(30);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('puts the English-only guests with the guide who guides in English, and the wheelchair users on the step-free route', () => {
    const guideOf = new Map(tour.guides.map((g) => [g.personId, g]));
    for (const group of tour.groups) {
      const guide = guideOf.get(group.guideId!)!;
      expect(guide.languages).toContain(group.language);
      for (const id of group.participantIds) {
        const person = sample.participants.find((p) => p.id === id)!;
        expect([person.language, ...person.otherLanguages]).toContain(group.language);
        if (person.stepFree) expect(guide.stepFree).toBe(true);
      }
    }
    expect(sample.participants.filter((p) => p.stepFree).map((p) => p.accessibility)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Fauteuil roulant/)]),
    );
  });

  it('keeps companions together, gives every group its own guide and a staggered departure', () => {
    for (const person of sample.participants.filter((p) => groupOf.has(p.id))) {
      for (const companionId of person.companionIds) expect(groupOf.get(companionId)).toBe(groupOf.get(person.id));
    }
    const guides = tour.groups.map((g) => g.guideId);
    expect(new Set(guides).size).toBe(tour.groups.length);
    expect(guides.every((id) => id !== null && tour.guides.some((g) => g.personId === id) && sample.people.some((p) => p.id === id))).toBe(true);
    const departures = tour.groups.map((g) => g.departure).sort();
    expect(departures).toEqual(['19:15', '19:30', '19:45', '20:00', '20:15']);
    expect(tour.intervalMinutes).toBe(15);
  });
});

describe('the sample poster hall', () => {
  const { boards, posters, roomId } = sample.posterHall;
  const faces = new Map(boards.flatMap((b) => b.faces.map((f) => [f.id, b] as const)));

  it('shows 35 posters in the grand hall, all on distinct board faces', () => {
    expect(sample.rooms.find((r) => r.id === roomId)?.name).toBe('Grand hall');
    expect(posters).toHaveLength(35);
    expect(posters.every((p) => p.boardFaceId !== null && faces.has(p.boardFaceId))).toBe(true);
    expect(new Set(posters.map((p) => p.boardFaceId)).size).toBe(35);
    expect(new Set(boards.map((b) => b.number)).size).toBe(boards.length);
    expect(boards.every((b) => b.faces.map((f) => f.side).join() === 'A,B')).toBe(true);
  });

  it('highlights 12 posters, three per theme, on prime boards in their theme zone', () => {
    const highlighted = posters.filter((p) => p.highlighted);
    expect(highlighted).toHaveLength(12);
    for (const theme of sample.themes) expect(highlighted.filter((p) => p.themeId === theme.id)).toHaveLength(3);
    expect(highlighted.every((p) => faces.get(p.boardFaceId!)?.prime)).toBe(true);
    const themeName = new Map(sample.themes.map((t) => [t.id, t.name]));
    expect(posters.every((p) => faces.get(p.boardFaceId!)?.zone === themeName.get(p.themeId!))).toBe(true);
  });

  it('credits each poster to a presenter on the people list and one of the 17 targeted projects', () => {
    expect(new Set(posters.map((p) => p.project)).size).toBeLessThanOrEqual(17);
    expect(posters.map((p) => p.project)).toContain('SAFEPAW');
    expect(posters.every((p) => p.presenters.length > 0 && p.presenters.every((id) => sample.people.some((q) => q.id === id)))).toBe(true);
  });
});
