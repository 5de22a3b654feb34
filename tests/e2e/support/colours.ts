/** What a person sees of a control's label: its text colour, the colour behind it, and their WCAG contrast ratio. */
import type { Locator } from '@playwright/test';

export interface Colours {
  readonly text: string;
  readonly background: string;
  readonly contrast: number;
}

/** WCAG 2 asks 4.5:1 for text of normal size. */
export const READABLE = 4.5;

/** Reads the computed colours now (hovered, focused or not), the background being the first opaque one behind. */
export function coloursOf(control: Locator): Promise<Colours> {
  return control.evaluate((element) => {
    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, colour.startsWith('rgba') ? a : 1];
    };
    const over = (top: Rgba, below: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + below[i]! * (1 - top[3])).concat(1) as Rgba;
    const layers: Rgba[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const layer = parse(getComputedStyle(node).backgroundColor);
      if (layer[3] > 0) layers.push(layer);
      if (layer[3] === 1) break;
    }
    const background = layers.reduceRight<Rgba>((below, top) => over(top, below), [255, 255, 255, 1]);
    const text = over(parse(getComputedStyle(element).color), background);
    const luminance = ([r, g, b]: Rgba) => {
      const [lr, lg, lb] = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
    };
    const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a);
    const css = ([r, g, b]: Rgba) => `rgb(${Math.round(r)}, ${Math.round(g)}, ${Math.round(b)})`;
    return { text: css(text), background: css(background), contrast: Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100 };
  });
}
