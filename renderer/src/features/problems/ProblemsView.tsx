/** The Problems view (placeholder until its feature lands). */
export function ProblemsView() {
  return <section aria-label="Problems" />;
}
