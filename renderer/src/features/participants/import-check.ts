/**
 * Checks an import off the window's thread, in a Web Worker of the window: the project with its unsaved edits lives
 * here, so the worker gets it once (in slices) and then each change of the mapping costs a message of a few bytes,
 * where the main process's reading worker would need the whole project sent through IPC at each change.
 * Only the newest request's answer is ever shown; a stopped or failed check shows nothing of an older one.
 */
import type { Language } from '../../../../shared/i18n/languages.ts';
import { freezePeople } from '../../../../shared/import/index.ts';
import type { Participant, Project } from '../../../../shared/model/schema.ts';
import type { CheckedImport, CheckRequest, CheckStep, FromChecker, ImportPayload, ProjectListKey, ToChecker } from './import-check-messages.ts';

export type CheckState =
  | { readonly status: 'checking'; readonly step: CheckStep }
  | { readonly status: 'checked'; readonly id: number; readonly result: CheckedImport }
  | { readonly status: 'stopped' }
  | { readonly status: 'failed'; readonly message: string };

/** Small enough that copying one slice to the worker never holds the window for long. */
const SLICE = 400;
const PROJECT_LISTS: readonly ProjectListKey[] = ['participants', 'sessions'];

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

export class ImportChecker {
  private worker: Worker | null = null;
  /** Messages go out in order, each after the slices before it. */
  private queue: Promise<void> = Promise.resolve();
  private project: Project | null = null;
  private request: CheckRequest | null = null;
  private latest = 0;
  /** Who waits for the people to import or the report: told null when a newer check or a stop makes it moot. */
  private readonly answers = new Map<string, (message: FromChecker | null) => void>();

  constructor(
    /** A ReadList as JSON text. */
    private readonly listJson: string,
    private readonly onState: (state: CheckState) => void,
  ) {}

  /** The project the import goes into; a new one (an undo meanwhile) is sent again and checked again. */
  setProject(project: Project): void {
    if (project === this.project) return;
    this.project = project;
    if (this.worker) this.sendProject(this.worker, project);
    if (this.request) this.check(this.request);
  }

  check(request: CheckRequest): void {
    this.request = request;
    const id = ++this.latest;
    this.dropAnswers();
    const worker = this.worker ?? this.start();
    this.onState({ status: 'checking', step: 1 });
    this.post(worker, { type: 'check', id, request });
  }

  /** Stops the check under way: the worker is ended, and the next check starts a fresh one. */
  cancel(): void {
    this.close();
    this.onState({ status: 'stopped' });
  }

  close(): void {
    this.worker?.terminate();
    this.worker = null;
    this.latest++;
    this.dropAnswers();
  }

  /**
   * The people to import for the check `id`, frozen like the rest of the project and read one part per turn;
   * null when a newer check or a stop came meanwhile.
   */
  async payload(id: number): Promise<ImportPayload | null> {
    const answer = await this.ask(id, { type: 'payload', id });
    if (answer?.type !== 'payload') return null;
    const upserts: Participant[] = [];
    for (const part of answer.parts) {
      const people = JSON.parse(part) as Participant[];
      freezePeople(people);
      upserts.push(...people);
      await nextTask();
      if (id !== this.latest) return null;
    }
    return { upserts, removeIds: answer.removeIds };
  }

  /** The whole report of the check `id`, in `language`. */
  report(id: number, language: Language): Promise<string[][] | null> {
    return this.ask(id, { type: 'report', id, language }).then((answer) => (answer?.type === 'report' ? answer.rows : null));
  }

  private ask(id: number, message: ToChecker): Promise<FromChecker | null> {
    const worker = this.worker;
    if (!worker || id !== this.latest) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.answers.set(message.type, resolve);
      this.post(worker, message);
    });
  }

  private dropAnswers(): void {
    for (const answer of this.answers.values()) answer(null);
    this.answers.clear();
  }

  private start(): Worker {
    const worker = new Worker(new URL('./import-check.worker.ts', import.meta.url));
    this.worker = worker;
    this.queue = Promise.resolve();
    worker.onmessage = ({ data: message }: MessageEvent<FromChecker>) => this.receive(message);
    worker.onerror = (event) => {
      event.preventDefault();
      this.close();
      this.onState({ status: 'failed', message: event.message });
    };
    this.post(worker, { type: 'list', json: this.listJson });
    if (this.project) this.sendProject(worker, this.project);
    return worker;
  }

  private receive(message: FromChecker): void {
    if (message.id !== this.latest) return;
    if (message.type === 'step') this.onState({ status: 'checking', step: message.step });
    else if (message.type === 'checked') this.onState({ status: 'checked', id: message.id, result: message.result });
    else {
      this.answers.get(message.type)?.(message);
      this.answers.delete(message.type);
    }
  }

  private sendProject(worker: Worker, project: Project): void {
    this.post(worker, { type: 'project', base: { ...project, participants: [], sessions: [] } });
    for (const key of PROJECT_LISTS) {
      const items = project[key];
      for (let from = 0; from < items.length; from += SLICE) {
        this.queue = this.queue.then(nextTask);
        this.post(worker, { type: 'projectPart', key, items: items.slice(from, from + SLICE) });
      }
    }
  }

  private post(worker: Worker, message: ToChecker): void {
    this.queue = this.queue.then(() => worker.postMessage(message));
  }
}
