/**
 * One handler per channel of shared/ipc.ts: the input is validated with the channel's schema before any
 * service runs, and only our own renderer may call. Plain Node: unit-tested, and bound by the e2e bridge.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { channelName, channels, MAX_MESSAGE_BYTES, type Channel, type ChannelOutput } from '../shared/ipc.ts';
import { formatPath } from '../shared/problems.ts';
import { messageBytes } from './message-size.ts';
import type { AppServices } from './services/app-services.ts';

export type Handlers = { readonly [C in Channel]: (input: unknown) => Promise<ChannelOutput<C>> };

/** A call refused before anything was done: unknown channel, invalid input or untrusted sender. */
export class RejectedCall extends Error {
  override readonly name = 'RejectedCall';
}

const MAX_DETAILS = 5;

/** Wraps each service so it only ever sees input that matches its channel's schema. */
export function createHandlers(services: AppServices): Handlers {
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const channel of Object.keys(channels) as Channel[]) {
    const schema = channels[channel].input;
    const service = services[channel] as (input: unknown) => Promise<unknown>;
    handlers[channel] = async (input) => {
      // Weighed before validation, which would otherwise walk a huge or deeply nested message recursively.
      if (messageBytes(input, MAX_MESSAGE_BYTES) > MAX_MESSAGE_BYTES) {
        throw new RejectedCall(`${channel}: the message is over ${MAX_MESSAGE_BYTES / (1024 * 1024)} MB or nested too deep, nothing was done`);
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const details = parsed.error.issues
          .slice(0, MAX_DETAILS)
          .map((issue) => `${formatPath(issue.path) || 'input'}: ${issue.message}`)
          .join('; ');
        throw new RejectedCall(`${channel}: invalid input, nothing was done (${details})`);
      }
      return service(parsed.data);
    };
  }
  return handlers as unknown as Handlers;
}

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && Object.hasOwn(channels, name);

/** Calls the handler of `channel` (a name that came from the renderer, so it is checked too). */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<unknown> {
  if (!isChannel(channel)) throw new RejectedCall(`Unknown channel: ${String(channel)}`);
  return handlers[channel](input);
}

/** The part of Electron's ipcMain we use, so this file needs no electron import. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>): void;
}

/** Registers one `ipcMain.handle` per channel; calls from any other frame than ours are refused. */
export function registerIpc(ipcMain: IpcMainLike, handlers: Handlers, isTrustedSender: (frameUrl: string) => boolean): void {
  for (const channel of Object.keys(channels) as Channel[]) {
    ipcMain.handle(channelName(channel), async (event, input) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) throw new RejectedCall(`${channel}: refused, the caller is not Régie's window`);
      return handlers[channel](input);
    });
  }
}

/** True only for the built renderer's own page (file://…/renderer/index.html), whatever its #hash. */
export function isOwnRenderer(rendererIndexHtml: string): (frameUrl: string) => boolean {
  const expected = resolve(rendererIndexHtml);
  return (frameUrl) => {
    try {
      const url = new URL(frameUrl);
      return url.protocol === 'file:' && url.host === '' && resolve(fileURLToPath(url)) === expected;
    } catch {
      return false;
    }
  };
}
