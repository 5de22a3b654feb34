/** Keyboard shortcuts of the whole window: undo/redo, save, open, merge a copy (Ctrl on Windows and Linux, Cmd on macOS). */
import { useEffect } from 'react';
import { isEditing, mergeCopy, openProject, redo, saveProject, saveProjectAs, undo } from './file-actions.ts';

function shortcutFor(event: KeyboardEvent): (() => unknown) | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? saveProjectAs : saveProject;
  if (key === 'o' && !event.shiftKey) return openProject;
  if (key === 'm' && event.shiftKey) return mergeCopy;
  // In a text field, Ctrl+Z undoes the typing, as everywhere else.
  if (isEditing(event.target)) return null;
  if (key === 'z') return event.shiftKey ? redo : undo;
  if (key === 'y' && !event.shiftKey) return redo;
  return null;
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      void action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
