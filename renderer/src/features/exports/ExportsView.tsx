/** The Exports view (placeholder until its feature lands). */
export function ExportsView() {
  return <section aria-label="Exports" />;
}
