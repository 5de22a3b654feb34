/**
 * What the c3voc schema (voc/schedule, validator/xsd/schedule.xml.xsd) requires of a schedule.xml, written out as checks:
 * the order of the schedule's children, the closed sets of elements (xs:all), required elements and attributes, the
 * simple types' patterns, and the unique guids, ids, slugs and day indexes. Each finding names the rule and the place.
 */
import { XMLParser } from 'fast-xml-parser';

type XmlNode = Record<string, unknown>;

const DATE = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME_TZ_PATTERN = /^.+(Z|\+[0-9]{1,2}:[0-9]{2}|-[0-9]{1,2}:[0-9]{2})$/;
const DURATION = /^(([0-9]{1,2}:[0-9]{2})|([0-9]{1,2}:[0-9]{2}:[0-9]{1,2}))$/;
const START = /^(([0-2][0-9]:[0-5][0-9])|([0-2][0-9]:[0-5][0-9]:[0-5][0-9]))$/;
const UUID = /^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;
const POSITIVE_INTEGER = /^\+?0*[1-9]\d*$/;
const INTEGER = /^[+-]?\d+$/;
const HTTP_URI = /^https?:\/\/.*$/;
const BOOLEAN = /^(true|false|1|0)$/;

const CONFERENCE_ELEMENTS = { title: 'required', acronym: 'required', start: DATE, end: DATE, days: INTEGER, timeslot_duration: DURATION, base_url: HTTP_URI, time_zone_name: null } as const;
const EVENT_REQUIRED = ['room', 'title', 'subtitle', 'type', 'date', 'start', 'duration', 'abstract', 'slug', 'track'];
const EVENT_OPTIONAL = ['logo', 'persons', 'language', 'description', 'recording', 'links', 'attachments', 'video_download_url', 'url'];
const EVENT_PATTERNS: Record<string, RegExp> = { start: START, duration: DURATION, video_download_url: HTTP_URI, url: HTTP_URI };

const nameOf = (node: XmlNode): string => Object.keys(node).find((key) => key !== ':@') ?? '';
const childrenOf = (node: XmlNode): XmlNode[] => (node[nameOf(node)] as XmlNode[] | undefined) ?? [];
const elementsOf = (node: XmlNode): XmlNode[] => childrenOf(node).filter((child) => nameOf(child) !== '#text');
const attributesOf = (node: XmlNode): Record<string, string> => (node[':@'] as Record<string, string> | undefined) ?? {};
const textOf = (node: XmlNode): string => childrenOf(node).map((child) => String(child['#text'] ?? '')).join('');

export function scheduleXsdViolations(xml: string): string[] {
  const found: string[] = [];
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: false, processEntities: true });
  const roots = (parser.parse(xml) as XmlNode[]).filter((node) => !nameOf(node).startsWith('?') && nameOf(node) !== '#text');
  if (roots.length !== 1 || nameOf(roots[0]!) !== 'schedule') return ['root: one <schedule> element'];
  const schedule = roots[0]!;

  const order = elementsOf(schedule).map(nameOf).join(' ');
  if (!/^(generator )?version conference( day)+$/.test(order)) found.push(`schedule: children must be generator?, version, conference, day+ (found: ${order})`);

  const attributes = (where: string, node: XmlNode, allowed: readonly string[], required: readonly string[] = []) => {
    const own = attributesOf(node);
    for (const name of Object.keys(own)) if (!allowed.includes(name)) found.push(`${where}: attribute ${name} is not allowed`);
    for (const name of required) if (!(name in own)) found.push(`${where}: attribute ${name} is required`);
  };
  const textOnly = (where: string, node: XmlNode) => {
    if (elementsOf(node).length > 0) found.push(`${where}: must hold text only`);
  };
  const matches = (where: string, value: string | undefined, pattern: RegExp, type: string) => {
    if (value !== undefined && !pattern.test(value)) found.push(`${where}: "${value}" is not ${type}`);
  };
  const dateTimeTz = (where: string, value: string | undefined) => {
    if (value === undefined) return;
    matches(where, value, DATE_TIME, 'an xs:dateTime');
    matches(where, value, DATE_TIME_TZ_PATTERN, 'a dateTimeTZ (with its offset)');
  };
  /** xs:all: each child from the closed set at most once, the required ones present. */
  const all = (where: string, node: XmlNode, required: readonly string[], optional: readonly string[]) => {
    const names = elementsOf(node).map(nameOf);
    for (const name of names) {
      if (![...required, ...optional].includes(name)) found.push(`${where}: element <${name}> is not allowed`);
      else if (names.filter((other) => other === name).length > 1) found.push(`${where}: element <${name}> appears more than once`);
    }
    for (const name of required) if (!names.includes(name)) found.push(`${where}: element <${name}> is required`);
  };

  for (const generator of elementsOf(schedule).filter((node) => nameOf(node) === 'generator')) {
    attributes('generator', generator, ['name', 'version']);
    if (childrenOf(generator).length > 0) found.push('generator: must be empty');
  }
  for (const version of elementsOf(schedule).filter((node) => nameOf(node) === 'version')) textOnly('version', version);

  for (const conference of elementsOf(schedule).filter((node) => nameOf(node) === 'conference')) {
    const required = Object.entries(CONFERENCE_ELEMENTS).filter(([, rule]) => rule === 'required').map(([name]) => name);
    all('conference', conference, required, Object.keys(CONFERENCE_ELEMENTS).filter((name) => !required.includes(name)));
    for (const child of elementsOf(conference)) {
      const rule = CONFERENCE_ELEMENTS[nameOf(child) as keyof typeof CONFERENCE_ELEMENTS];
      textOnly(`conference/${nameOf(child)}`, child);
      if (rule instanceof RegExp) matches(`conference/${nameOf(child)}`, textOf(child), rule, `of the type the schema gives <${nameOf(child)}>`);
    }
  }

  const guids = new Map<string, number>();
  const ids = new Map<string, number>();
  const slugs = new Map<string, number>();
  const indexes = new Map<string, number>();
  const count = (seen: Map<string, number>, value: string | undefined) => value !== undefined && seen.set(value, (seen.get(value) ?? 0) + 1);

  elementsOf(schedule).filter((node) => nameOf(node) === 'day').forEach((day, d) => {
    const where = `day[${d + 1}]`;
    attributes(where, day, ['date', 'start', 'end', 'index']);
    const own = attributesOf(day);
    matches(`${where}@date`, own.date, DATE, 'an xs:date');
    dateTimeTz(`${where}@start`, own.start);
    dateTimeTz(`${where}@end`, own.end);
    matches(`${where}@index`, own.index, POSITIVE_INTEGER, 'a positive integer');
    count(indexes, own.index);
    elementsOf(day).forEach((room, r) => {
      const inRoom = `${where}/room[${r + 1}]`;
      if (nameOf(room) !== 'room') return void found.push(`${where}: element <${nameOf(room)}> is not allowed`);
      attributes(inRoom, room, ['name']);
      elementsOf(room).forEach((event, e) => {
        const at = `${inRoom}/event[${e + 1}]`;
        if (nameOf(event) !== 'event') return void found.push(`${inRoom}: element <${nameOf(event)}> is not allowed`);
        attributes(at, event, ['id', 'guid'], ['id', 'guid']);
        const { id, guid } = attributesOf(event);
        matches(`${at}@id`, id, POSITIVE_INTEGER, 'a positive integer');
        matches(`${at}@guid`, guid, UUID, 'a uuid');
        count(ids, id);
        count(guids, guid);
        all(at, event, EVENT_REQUIRED, EVENT_OPTIONAL);
        for (const child of elementsOf(event)) {
          const name = nameOf(child);
          const inEvent = `${at}/${name}`;
          if (name === 'persons') {
            for (const person of elementsOf(child)) {
              if (nameOf(person) !== 'person') found.push(`${inEvent}: element <${nameOf(person)}> is not allowed`);
              attributes(`${inEvent}/person`, person, ['id']);
              matches(`${inEvent}/person@id`, attributesOf(person).id, POSITIVE_INTEGER, 'a positive integer');
              textOnly(`${inEvent}/person`, person);
            }
          } else if (name === 'links' || name === 'attachments') {
            const item = name === 'links' ? 'link' : 'attachment';
            for (const link of elementsOf(child)) {
              if (nameOf(link) !== item) found.push(`${inEvent}: element <${nameOf(link)}> is not allowed`);
              attributes(`${inEvent}/${item}`, link, ['href']);
            }
          } else if (name === 'recording') {
            all(inEvent, child, ['license', 'optout'], []);
            for (const optout of elementsOf(child).filter((node) => nameOf(node) === 'optout')) matches(`${inEvent}/optout`, textOf(optout), BOOLEAN, 'an xs:boolean');
          } else {
            textOnly(inEvent, child);
            if (name === 'date') dateTimeTz(inEvent, textOf(child));
            if (name === 'slug') count(slugs, textOf(child));
            const pattern = EVENT_PATTERNS[name];
            if (pattern) matches(inEvent, textOf(child), pattern, `of the type the schema gives <${name}>`);
          }
        }
      });
    });
  });
  const unique = (what: string, seen: Map<string, number>) => {
    for (const [value, times] of seen) if (times > 1) found.push(`${what} "${value}" is used ${times} times: it must be unique`);
  };
  unique('event guid', guids);
  unique('event id', ids);
  unique('slug', slugs);
  unique('day index', indexes);
  return found;
}
