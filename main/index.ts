/** The Electron shell: app lifecycle, the one window, its menu, native dialogs and security settings. Thin. */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Store from 'electron-store';
import { createI18n, pickLanguage } from '../shared/i18n/index.ts';
import { MENU_EVENT, PROGRESS_EVENT, READING_EVENT, type AppInfo, type MenuCommand } from '../shared/ipc.ts';
import { createHandlers, isOwnRenderer, registerIpc } from './ipc.ts';
import { createAppServices } from './services/app-services.ts';
import { createClosing } from './services/closing.ts';
import { setDataFolder } from './services/data-folder.ts';
import { FILE_FILTERS, type Dialogs } from './services/dialogs.ts';
import { openPreferences, type PreferenceValues } from './services/preferences.ts';
import { createFileReader } from './services/untrusted/reader.ts';
import type { TextKey } from '../shared/i18n/typed-keys.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const rendererIndexHtml = join(here, '../renderer/index.html');
const preloadScript = join(here, '../preload/preload.cjs');
/** Built beside this file from main/services/untrusted/worker.ts (see electron.config.ts). */
const readerWorkerScript = join(here, 'untrusted-reader.js');
/** Same policy as the meta tag in renderer/index.html, also sent as a header where headers apply. */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let window: BrowserWindow | null = null;
/** Closing the window or quitting asks the window first, so unsaved work is never lost without a question. */
const closing = createClosing({
  askWindow: () => window?.webContents.send(MENU_EVENT, 'close' satisfies MenuCommand),
  closeWindow: () => window?.close(),
  quit: () => app.quit(),
});

function nativeDialogs(): Dialogs {
  const parent = (): BrowserWindow | undefined => window ?? undefined;
  return {
    async showOpen(purpose) {
      const options = { properties: ['openFile' as const], filters: [...FILE_FILTERS[purpose]] };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSave(purpose, suggestedName) {
      const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [...FILE_FILTERS[purpose]] };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async showFolder() {
      const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async revealFolder(path) {
      await shell.openPath(path);
    },
  };
}

const send = (command: MenuCommand) => () => window?.webContents.send(MENU_EVENT, command);

/** The menu, in the user's language; shortcuts the page handles itself are shown but not registered twice. */
function buildMenu(language: AppInfo['language']): void {
  const t = createI18n(language === 'system' ? pickLanguage(app.getLocale()) : language).t;
  const item = (label: TextKey, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label: t(label),
    click: send(command),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('common:menu.file'),
      submenu: [
        item('common:menu.open', 'open', 'CmdOrCtrl+O'),
        item('common:menu.openSample', 'openSample'),
        { type: 'separator' },
        item('common:menu.save', 'save', 'CmdOrCtrl+S'),
        item('common:menu.saveAs', 'saveAs', 'CmdOrCtrl+Shift+S'),
        item('mergeReview:command', 'mergeCopy', 'CmdOrCtrl+Shift+M'),
        { type: 'separator' },
        { role: 'quit', label: t('common:menu.quit') },
      ],
    },
    {
      label: t('common:menu.edit'),
      submenu: [
        item('common:menu.undo', 'undo', 'CmdOrCtrl+Z'),
        item('common:menu.redo', 'redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        { role: 'cut', label: t('common:menu.cut') },
        { role: 'copy', label: t('common:menu.copy') },
        { role: 'paste', label: t('common:menu.paste') },
        { role: 'selectAll', label: t('common:menu.selectAll') },
      ],
    },
    {
      label: t('common:menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('common:menu.resetZoom') },
        { role: 'zoomIn', label: t('common:menu.zoomIn') },
        { role: 'zoomOut', label: t('common:menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('common:menu.fullScreen') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    // A frame inside the page, and a redirect on the way, are kept from leaving the app the same way.
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

function createWindow(): void {
  window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: 'Régie',
    show: false,
    webPreferences: {
      preload: preloadScript,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // A middle click would otherwise open a link in a new window, around the window-open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window?.show());
  window.on('close', (event) => {
    if (!closing.requested(false)) event.preventDefault();
  });
  window.webContents.on('render-process-gone', () => closing.windowGone());
  window.on('closed', () => {
    window = null;
  });
  void window.loadFile(rendererIndexHtml);
}

async function start(): Promise<void> {
  // Lets the Electron smoke test run with a fresh settings folder.
  if (process.env.REGIE_USER_DATA) app.setPath('userData', process.env.REGIE_USER_DATA);
  setDataFolder(app.getPath('userData'));
  await app.whenReady();
  lockDown();
  const preferences = await openPreferences(app.getPath('userData'), (options) => new Store<PreferenceValues>(options));
  const services = createAppServices({
    dialogs: nativeDialogs(),
    preferences,
    version: app.getVersion(),
    systemLocale: app.getLocale(),
    onLanguageChanged: buildMenu,
    onProgress: (progress) => window?.webContents.send(PROGRESS_EVENT, progress),
    onReading: (progress) => window?.webContents.send(READING_EVENT, progress),
    reader: createFileReader({ workerScript: readerWorkerScript, startAhead: true }),
    onCloseConfirmed: () => closing.confirmed(),
  });
  registerIpc(ipcMain, createHandlers(services), isOwnRenderer(rendererIndexHtml));
  buildMenu(preferences.language());
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('before-quit', (event) => {
  if (window && !closing.requested(true)) event.preventDefault();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void start();
