/** A cell that turns into a field on click; Enter or leaving the field saves (one undo step), Escape cancels. */
import { useState } from 'react';

export interface EditableCellProps {
  readonly value: string;
  /** "Edit Last name of Alice Durand": what a screen reader and the tests find. */
  readonly label: string;
  /** Returns false when the change was refused (the message is shown elsewhere): the field stays open. */
  readonly onSave: (value: string) => boolean;
  /** When given, a choice list instead of free text. */
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
  /** What the cell reads when it differs from what is edited (language names for codes). */
  readonly display?: string;
}

export function EditableCell({ value, label, onSave, choices, display }: EditableCellProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = display ?? choices?.find((c) => c.value === value)?.label ?? value;
  if (draft === null) {
    return (
      <button type="button" className="pt-cell__value" aria-label={label} title={shown} onClick={() => setDraft(value)}>
        {shown}
      </button>
    );
  }
  const commit = (next: string) => {
    if (next === value || onSave(next)) setDraft(null);
  };
  if (choices) {
    return (
      <select aria-label={label} autoFocus value={draft} onChange={(e) => commit(e.target.value)} onBlur={() => setDraft(null)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
    );
  }
  return (
    <input
      aria-label={label}
      autoFocus
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => commit(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(draft);
        if (e.key === 'Escape') setDraft(null);
      }}
    />
  );
}
