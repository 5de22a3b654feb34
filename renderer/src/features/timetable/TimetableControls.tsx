/** The grid's own controls: snapping (saved with the project), zoom and which rooms show in which order (view only). */
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Project } from '../../../../shared/model/schema.ts';
import { SNAP_STEPS, type SnapMinutes } from '../../../../shared/edits/timetable.ts';
import { useProjectStore } from '../../state/store.ts';
import { useViewPrefs, ZOOMS } from './view-prefs.ts';

export function TimetableControls({ project, visibleOrder }: { project: Project; visibleOrder: readonly string[] }) {
  const { t } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  const { zoom, setZoom, fit, setFit, hiddenRooms, toggleRoom, moveRoom } = useViewPrefs(
    useShallow((s) => ({ zoom: s.zoom, setZoom: s.setZoom, fit: s.fit, setFit: s.setFit, hiddenRooms: s.hiddenRooms, toggleRoom: s.toggleRoom, moveRoom: s.moveRoom })),
  );
  const zoomIndex = ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]);
  const ordered = [...visibleOrder, ...project.rooms.map((r) => r.id).filter((id) => !visibleOrder.includes(id))];
  return (
    <div className="tt-controls">
      <label>
        {t('timetable:snap')}{' '}
        <select
          value={project.settings.snapMinutes}
          onChange={(e) => perform([{ type: 'settings/snap', payload: { snapMinutes: Number(e.target.value) as SnapMinutes } }], 'timetable:undo.snap')}
        >
          {SNAP_STEPS.map((s) => <option key={s} value={s}>{t('timetable:snapMinutes', { count: s })}</option>)}
        </select>
      </label>
      <span className="tt-controls__zoom" role="group" aria-label={t('timetable:zoom')}>
        <button type="button" onClick={() => setZoom(ZOOMS[Math.max(0, zoomIndex - 1)]!)} disabled={zoomIndex <= 0}>{t('timetable:zoomOut')}</button>
        <button type="button" onClick={() => setZoom(ZOOMS[Math.min(ZOOMS.length - 1, zoomIndex + 1)]!)} disabled={zoomIndex >= ZOOMS.length - 1}>{t('timetable:zoomIn')}</button>
        <button type="button" aria-pressed={fit} onClick={() => setFit(!fit)}>{t('timetable:fitRooms')}</button>
      </span>
      <details className="tt-controls__rooms">
        <summary>{t('timetable:rooms')}</summary>
        <ul>
          {ordered.map((id) => {
            const room = project.rooms.find((r) => r.id === id);
            if (!room) return null;
            const shown = !hiddenRooms.includes(id);
            return (
              <li key={id}>
                <label><input type="checkbox" checked={shown} onChange={() => toggleRoom(id)} aria-label={t('timetable:showRoom', { name: room.name })} /> {room.name}</label>
                {shown && (
                  <>
                    <button type="button" onClick={() => moveRoom(id, -1, visibleOrder)} aria-label={t('timetable:moveRoomLeft', { name: room.name })}>←</button>
                    <button type="button" onClick={() => moveRoom(id, 1, visibleOrder)} aria-label={t('timetable:moveRoomRight', { name: room.name })}>→</button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </div>
  );
}
