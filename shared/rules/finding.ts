/** Builds findings with the message key every rule follows: conflicts:rules.<rule>.<variant>. */
import type { ConflictItem, ConflictParams, Finding } from './types.ts';
import { keyOf } from '../i18n/typed-keys.ts';

export function finding(
  rule: string,
  key: string,
  items: readonly ConflictItem[],
  params: ConflictParams,
  deps: readonly string[],
  variant = 'message',
): Finding {
  return { rule, key, items, code: keyOf(`conflicts:rules.${rule}.${variant}`), params, deps };
}
