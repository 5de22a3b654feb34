/** The Participants view (placeholder until its feature lands). */
export function ParticipantsView() {
  return <section aria-label="Participants" />;
}
