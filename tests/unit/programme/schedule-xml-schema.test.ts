/** schedule.xml checked for what the c3voc schema requires, one group of requirements per test; the checks are shown to bite. */
import { describe, expect, it } from 'vitest';
import { sampleProject } from '../../../shared/sample/index.ts';
import { generateEvent } from '../../../shared/sample/generate.ts';
import { programmeEvent } from './export-event.ts';
import { programmeText } from './programme-texts.ts';
import { scheduleXsdViolations } from './schedule-xsd.ts';

const xml = programmeText(programmeEvent(), 'xml');
/** The valid export with one change: the checks must then find exactly what the schema would refuse. */
const broken = (from: string | RegExp, to: string) => {
  const changed = xml.replace(from, to);
  expect(changed).not.toBe(xml);
  return scheduleXsdViolations(changed);
};

describe('schedule.xml meets the c3voc schema', () => {
  it('for the hand-made event, the sample event and a generated event of 300 sessions', () => {
    expect(scheduleXsdViolations(xml)).toEqual([]);
    expect(scheduleXsdViolations(programmeText(sampleProject(), 'xml'))).toEqual([]);
    const generated = generateEvent({ days: 2, rooms: 12, sessions: 300, participants: 50, posters: 0, seed: 7 });
    expect(scheduleXsdViolations(programmeText(generated, 'xml'))).toEqual([]);
  });

  it('the schedule holds generator?, version, conference, then the days, in that order', () => {
    expect(broken(/<version>[^<]*<\/version>/, '')).toEqual([expect.stringMatching(/^schedule: children must be generator\?, version, conference, day\+/)]);
    expect(broken(/(<version>[^<]*<\/version>)(\s*)(<conference>[\s\S]*<\/conference>)/, '$3$2$1')[0]).toMatch(/found: generator conference version day day/);
    expect(broken(/<day [\s\S]*<\/day>/, '')[0]).toMatch(/found: generator version conference\)$/);
  });

  it('the conference has its title and acronym, known elements only, dates, a day count and a slot length of the right types', () => {
    expect(broken(/<acronym>[^<]*<\/acronym>/, '')).toEqual(['conference: element <acronym> is required']);
    expect(broken('<title>Journées test 2025</title>', '<title>Journées test 2025</title><title>Again</title>')).toEqual(['conference: element <title> appears more than once', 'conference: element <title> appears more than once']);
    expect(broken('<days>2</days>', '<days>two</days>')).toEqual(['conference/days: "two" is not of the type the schema gives <days>']);
    expect(broken('<start>2025-10-25</start>', '<start>25/10/2025</start>')).toEqual(['conference/start: "25/10/2025" is not of the type the schema gives <start>']);
    expect(broken('<timeslot_duration>00:05</timeslot_duration>', '<timeslot_duration>5 min</timeslot_duration>')).toEqual(['conference/timeslot_duration: "5 min" is not of the type the schema gives <timeslot_duration>']);
    expect(broken('<time_zone_name>', '<city>Lille</city><time_zone_name>')).toEqual(['conference: element <city> is not allowed']);
  });

  it('each day has a date, a start and an end with their offset, and a unique positive index', () => {
    expect(broken('start="2025-10-25T09:00:00+02:00"', 'start="2025-10-25T09:00:00"')).toEqual(['day[1]@start: "2025-10-25T09:00:00" is not a dateTimeTZ (with its offset)']);
    expect(broken('index="2"', 'index="1"')).toEqual(['day index "1" is used 2 times: it must be unique']);
    expect(broken('index="1"', 'index="0"')).toEqual(['day[1]@index: "0" is not a positive integer']);
    expect(broken('date="2025-10-26"', 'date="26 Oct"')).toEqual(['day[2]@date: "26 Oct" is not an xs:date']);
  });

  it('each event has a positive id and a uuid guid, and every element the schema requires, each once, nothing else', () => {
    expect(broken(/<subtitle><\/subtitle>/, '')).toEqual(['day[1]/room[1]/event[1]: element <subtitle> is required']);
    expect(broken(/<track>[^<]*<\/track>/, '<track></track><speaker>X</speaker>')[0]).toBe('day[1]/room[1]/event[1]: element <speaker> is not allowed');
    expect(broken(/guid="[^"]*"/, 'guid="not-a-uuid"')[0]).toBe('day[1]/room[1]/event[1]@guid: "not-a-uuid" is not a uuid');
    expect(broken(/ id="\d+"/, ' id="0"')[0]).toBe('day[1]/room[1]/event[1]@id: "0" is not a positive integer');
    expect(broken(/ guid="[^"]*"/, '')[0]).toBe('day[1]/room[1]/event[1]: attribute guid is required');
  });

  it('an event\'s date carries its offset, its start is HH:MM and its duration H:MM or HH:MM', () => {
    expect(broken('<date>2025-10-25T09:00:00+02:00</date>', '<date>2025-10-25T09:00:00</date>')).toEqual(['day[1]/room[1]/event[1]/date: "2025-10-25T09:00:00" is not a dateTimeTZ (with its offset)']);
    expect(broken('<start>09:00</start>', '<start>9h</start>')).toEqual(['day[1]/room[1]/event[1]/start: "9h" is not of the type the schema gives <start>']);
    expect(broken('<duration>01:00</duration>', '<duration>60</duration>')).toEqual(['day[1]/room[1]/event[1]/duration: "60" is not of the type the schema gives <duration>']);
  });

  it('persons hold person elements with a positive id', () => {
    expect(broken(/<person id="\d+">/, '<person id="p1">')).toEqual(['day[1]/room[1]/event[1]/persons/person@id: "p1" is not a positive integer']);
  });

  it('guids, ids and slugs are unique across the whole file', () => {
    const guids = [...xml.matchAll(/guid="([^"]+)"/g)].map((m) => m[1]!);
    expect(broken(guids[1]!, guids[0]!)).toEqual([`event guid "${guids[0]}" is used 2 times: it must be unique`]);
    const ids = [...xml.matchAll(/ id="(\d+)" guid|event guid="[^"]+" id="(\d+)"/g)].map((m) => m[1] ?? m[2]);
    expect(broken(`id="${ids[1]}"`, `id="${ids[0]}"`)).toEqual([`event id "${ids[0]}" is used 2 times: it must be unique`]);
    const slugs = [...xml.matchAll(/<slug>([^<]+)<\/slug>/g)].map((m) => m[1]!);
    expect(broken(`<slug>${slugs[1]}</slug>`, `<slug>${slugs[0]}</slug>`)).toEqual([`slug "${slugs[0]}" is used 2 times: it must be unique`]);
  });
});
