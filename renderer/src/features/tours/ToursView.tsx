/** The Tours view (placeholder until its feature lands). */
export function ToursView() {
  return <section aria-label="Tours" />;
}
