/** The bridge between the sandboxed window and main: `window.regie`, built from the one contract. Nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import {
  channelName,
  makeRegieApi,
  MENU_COMMANDS,
  MENU_EVENT,
  PROGRESS_EVENT,
  READING_EVENT,
  type MenuCommand,
  type Progress,
  type ReadingProgress,
  type RegieApi,
} from '../shared/ipc.ts';

const isMenuCommand = (value: unknown): value is MenuCommand => MENU_COMMANDS.includes(value as MenuCommand);

const isProgress = (value: unknown): value is Progress =>
  typeof value === 'object' && value !== null && typeof (value as Progress).done === 'number' && typeof (value as Progress).total === 'number';

const isReading = (value: unknown): value is ReadingProgress =>
  isProgress(value) && typeof (value as unknown as ReadingProgress).file === 'string' && typeof (value as unknown as ReadingProgress).finished === 'boolean';

/** Forwards one event channel to a listener, only when the payload has the expected shape; never the IPC event itself. */
function subscribe<T>(channel: string, accept: (value: unknown) => value is T) {
  return (listener: (value: T) => void) => {
    const forward = (_event: unknown, value: unknown): void => {
      if (accept(value)) listener(value);
    };
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };
}

const api = makeRegieApi(
  (channel, input) => ipcRenderer.invoke(channelName(channel), input),
  subscribe(MENU_EVENT, isMenuCommand),
  subscribe(PROGRESS_EVENT, isProgress),
  subscribe(READING_EVENT, isReading),
) satisfies RegieApi;

contextBridge.exposeInMainWorld('regie', api);
