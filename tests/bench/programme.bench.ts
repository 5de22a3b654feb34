/** Importing a programme: a generated 1,000-talk schedule.xml (30 rooms, 2 days) read, checked and applied. */
import type { Project } from '../../shared/model/schema.ts';
import { importProgramme } from '../../shared/programme/apply.ts';
import { readProgramme, type ImportedProgramme } from '../../shared/programme/read-programme.ts';
import type { BenchCase } from './types.ts';

const TALKS = 1_000;
const ROOMS = 30;
const DAYS = ['2025-10-14', '2025-10-15'];
const TRACKS = ['Génomique', 'Imagerie', 'Jumeaux numériques', 'Santé publique', 'Éthique & droit', 'Données longitudinales'];

/** A schedule as pretalx writes it: every event with its guid, persons, abstract, track and links. */
function scheduleText(): string {
  const perRoomDay = Math.ceil(TALKS / (ROOMS * DAYS.length));
  const days: string[] = [];
  let n = 0;
  DAYS.forEach((date, d) => {
    const rooms: string[] = [];
    for (let r = 0; r < ROOMS && n < TALKS; r += 1) {
      const events: string[] = [];
      for (let k = 0; k < perRoomDay && n < TALKS; k += 1, n += 1) {
        const minutes = 8 * 60 + k * 35;
        const start = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        events.push(`      <event guid="00000000-0000-4000-8000-${String(n).padStart(12, '0')}" id="${n + 1}">
        <date>${date}T${start}:00+02:00</date><start>${start}</start><duration>00:30</duration><room>Salle ${r + 1}</room>
        <slug>ja25-${n + 1}-expose</slug><url>https://programme.example.org/talk/${n + 1}</url>
        <title>Exposé ${n + 1} : modèles &amp; données</title><subtitle></subtitle><track>${TRACKS[n % TRACKS.length]!.replace('&', '&amp;')}</track>
        <type>${n % 20 === 0 ? 'keynote' : 'Talk'}</type><language>${n % 3 === 0 ? 'en' : 'fr'}</language>
        <abstract>Résumé de l’exposé ${n + 1}, sur plusieurs lignes, avec des caractères accentués : é, è, à, ç.</abstract><description></description>
        <persons><person id="${n % 700}">Personne${n % 700} Nom${n % 700}</person><person id="${(n + 350) % 700}">Personne${(n + 350) % 700} Nom${(n + 350) % 700}</person></persons>
        <links><link href="https://example.org/slides/${n + 1}">Diapositives</link></links>
      </event>`);
      }
      rooms.push(`    <room name="Salle ${r + 1}" guid="room-${r + 1}">\n${events.join('\n')}\n    </room>`);
    }
    days.push(`  <day index="${d + 1}" date="${date}" start="${date}T06:00:00+02:00" end="${date}T23:00:00+02:00">\n${rooms.join('\n')}\n  </day>`);
  });
  const tracks = TRACKS.map((name, i) => `<track name="${name.replace('&', '&amp;')}" color="#${(0x1f77b4 + i * 0x101010).toString(16)}"/>`).join('');
  return `<?xml version="1.0" encoding="utf-8"?>\n<schedule>\n  <version>1.0</version>\n  <conference><acronym>ja25</acronym><title>Journées annuelles 2025</title><start>${DAYS[0]}</start><end>${DAYS[1]}</end><days>2</days><time_zone_name>Europe/Paris</time_zone_name>${tracks}</conference>\n${days.join('\n')}\n</schedule>\n`;
}

let text: string | null = null;
const schedule = (): string => (text ??= scheduleText());

function read(): ImportedProgramme {
  const result = readProgramme(schedule(), 'schedule.xml');
  if (!result.ok || result.programme.events.length !== TALKS) throw new Error('the generated schedule did not read');
  return result.programme;
}

let imported: Project | null = null;
/** CPU time of the last run, which a machine shared with other work does not inflate as it does the wall-clock time. */
const cpu = { import: 0, reimport: 0 };
function timedCpu(which: keyof typeof cpu, run: () => void): void {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  cpu[which] = (used.user + used.system) / 1000;
}

export const benchmarks: readonly BenchCase[] = [
  {
    name: `programme import: ${TALKS}-talk schedule.xml (${ROOMS} rooms, ${DAYS.length} days) into a new project (read + check + apply)`,
    targetMs: 500,
    stat: 'median',
    iterations: 10,
    run: () => timedCpu('import', () => {
      imported = importProgramme(null, read()).project;
    }),
    note: () => `${(schedule().length / 1_000_000).toFixed(1)} MB of XML; last run ${cpu.import.toFixed(0)} ms of CPU`,
  },
  {
    name: `programme re-import: the same ${TALKS}-talk schedule.xml into the project it made (matched by guid)`,
    targetMs: 500,
    stat: 'median',
    iterations: 10,
    run: () => timedCpu('reimport', () => importProgramme(imported ?? importProgramme(null, read()).project, read())),
    note: () => `last run ${cpu.reimport.toFixed(0)} ms of CPU`,
  },
];
