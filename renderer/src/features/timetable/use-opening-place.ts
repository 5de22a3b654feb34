/**
 * Where the grid shows a project: where it was for this file (the app's settings), else where its sessions are.
 * Returns whether that place is known: until then the grid is not drawn, so a file never flashes another day first.
 */
import { useEffect } from 'react';
import type { Project } from '../../../../shared/model/schema.ts';
import { openingPlace } from '../../../../shared/timetable/opening-place.ts';
import type { TimetablePlace } from '../../../../shared/timetable/view-settings.ts';
import { useSelection } from '../../state/selection.ts';
import { useProjectStore } from '../../state/store.ts';
import { lastPlace, useViewPrefs } from './view-prefs.ts';

export function useOpeningPlace(project: Project): boolean {
  const openings = useProjectStore((s) => s.openings);
  const placed = useViewPrefs((s) => s.placeOpening === openings);
  useEffect(() => {
    const prefs = useViewPrefs.getState();
    if (prefs.placeOpening === openings) {
      // The view is shown again on the same file: back where it was, unless a session was asked for (the grid shows
      // it) or another day meanwhile.
      const place = lastPlace();
      const { selectedSessionId } = useSelection.getState();
      const asked = selectedSessionId ? project.sessions.find((s) => s.id === selectedSessionId)?.slot?.day : undefined;
      if (place && !asked && (prefs.day === null || place.day === prefs.day)) useViewPrefs.setState({ goTo: place });
      return;
    }
    let current = true;
    const open = (remembered: TimetablePlace | null) => {
      if (!current) return;
      const known = remembered && project.event.days.some((d) => d.date === remembered.day) ? remembered : null;
      const first = openingPlace(project);
      const place = known ?? (first && { ...first, reveal: true });
      if (place) useViewPrefs.getState().go(place, openings);
      else useViewPrefs.setState({ placeOpening: openings });
    };
    window.regie.timetableView().then(
      ({ shownFindings, place }) => {
        if (current) useViewPrefs.getState().loadShownFindings(shownFindings);
        open(place);
      },
      // Settings that cannot be read leave the grid where the sessions are.
      () => open(null),
    );
    return () => {
      current = false;
    };
    // Once per project opened: edits do not move the grid.
  }, [openings]);
  return placed;
}
