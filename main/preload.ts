/** The bridge between the sandboxed window and main: `window.regie`, built from the one contract. Nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import {
  channelName,
  makeRegieApi,
  MENU_COMMANDS,
  MENU_EVENT,
  PROGRESS_EVENT,
  type MenuCommand,
  type Progress,
  type RegieApi,
} from '../shared/ipc.ts';

const isMenuCommand = (value: unknown): value is MenuCommand => MENU_COMMANDS.includes(value as MenuCommand);

const isProgress = (value: unknown): value is Progress =>
  typeof value === 'object' && value !== null && typeof (value as Progress).done === 'number' && typeof (value as Progress).total === 'number';

const api = makeRegieApi(
  (channel, input) => ipcRenderer.invoke(channelName(channel), input),
  (listener) => {
    // The renderer never sees the IPC event itself, only the command.
    const forward = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, forward);
    };
  },
  (listener) => {
    const forward = (_event: unknown, progress: unknown): void => {
      if (isProgress(progress)) listener(progress);
    };
    ipcRenderer.on(PROGRESS_EVENT, forward);
    return () => {
      ipcRenderer.removeListener(PROGRESS_EVENT, forward);
    };
  },
) satisfies RegieApi;

contextBridge.exposeInMainWorld('regie', api);
