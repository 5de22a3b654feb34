/** `window.regie`: the contract exposed by the preload (or by the e2e bridge in tests). */
/// <reference types="vite/client" />
import type { RegieApi } from '../../shared/ipc.ts';

declare global {
  interface Window {
    readonly regie: RegieApi;
  }
}
export {};
