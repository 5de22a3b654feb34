/** The Timetable view (placeholder until its feature lands). */
export function TimetableView() {
  return <section aria-label="Timetable" />;
}
