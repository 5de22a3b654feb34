/** The PosterHall view (placeholder until its feature lands). */
export function PosterHallView() {
  return <section aria-label="PosterHall" />;
}
