/** The groups of one tour as columns and the people in no group, with people dragged between them (pointer or keyboard). */
import { DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditRejected } from '../../../../shared/edits/index.ts';
import type { Tour } from '../../../../shared/model/schema.ts';
import { eligibleParticipants } from '../../../../shared/tours/input.ts';
import { groupIndex, groupWarnings } from '../../../../shared/tours/warnings.ts';
import type { Project } from '../../../../shared/model/schema.ts';
import { useProjectStore } from '../../state/store.ts';
import { groupOfTarget, jumpBetweenGroups, participantOfDrag, tourAnnouncements } from './drag.ts';
import { GroupColumn } from './GroupColumn.tsx';
import { participantName, type Names } from './names.ts';
import { UnassignedList } from './UnassignedList.tsx';

export function TourBoard({ project, tour, names }: { project: Project; tour: Tour; names: Names }) {
  const { t } = useTranslation();
  const perform = useProjectStore((s) => s.perform);
  const [refusal, setRefusal] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenGroups }),
  );
  const groupOf = useMemo(() => groupIndex(tour), [tour]);
  const unassigned = useMemo(() => eligibleParticipants(project, tour).filter((p) => !groupOf.has(p.id)), [project, tour, groupOf]);

  const act = useCallback((run: () => void) => {
    try {
      run();
      setRefusal(null);
    } catch (error) {
      if (!(error instanceof EditRejected)) throw error;
      setRefusal(t(error.code, error.params));
    }
  }, [t]);
  const onPinGroup = useCallback((groupId: string, pinned: boolean) =>
    act(() => perform([{ type: 'tours/pinGroup', payload: { tourId: tour.id, groupId, pinned } }], 'tours:history.pin')), [act, perform, tour.id]);
  const onPinPerson = useCallback((participantId: string, pinned: boolean) =>
    act(() => perform([{ type: 'tours/pinParticipant', payload: { tourId: tour.id, participantId, pinned } }], 'tours:history.pin')), [act, perform, tour.id]);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over) return;
    const participantId = participantOfDrag(active.id);
    const groupId = groupOfTarget(String(over.id));
    if ((groupOf.get(participantId) ?? null) === groupId) return;
    act(() => perform([{ type: 'tours/moveParticipant', payload: { tourId: tour.id, participantId, groupId } }], 'tours:history.move'));
  };

  // The announcements read the latest tour through a ref: dnd-kit keeps the object it was first given.
  const latest = useRef({ tour, names });
  latest.current = { tour, names };
  const accessibility = useMemo(() => ({
    announcements: tourAnnouncements(
      t,
      (id) => participantName(latest.current.names, id),
      (target) => {
        const groupId = groupOfTarget(target);
        return groupId === null ? t('tours:view.unassigned') : (latest.current.tour.groups.find((g) => g.id === groupId)?.name ?? target);
      },
    ),
    screenReaderInstructions: { draggable: t('tours:a11y.instructions') },
  }), [t]);

  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd} accessibility={accessibility}>
      {refusal && <p className="tour-refusal" role="alert">{refusal}</p>}
      <div className="tour-board">
        {tour.groups.map((group) => (
          <GroupColumn
            key={group.id}
            tour={tour}
            group={group}
            names={names}
            warnings={groupWarnings(tour, group, names.participants, groupOf)}
            onPinGroup={onPinGroup}
            onPinPerson={onPinPerson}
          />
        ))}
        <UnassignedList people={unassigned} onPin={onPinPerson} />
      </div>
    </DndContext>
  );
}
