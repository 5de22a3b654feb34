/** The few runtime globals shared/ may use: present in Node, Chromium and Electron alike, but outside the ES library. */
declare function structuredClone<T>(value: T): T;
