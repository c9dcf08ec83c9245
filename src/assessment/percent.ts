/**
 * A score as a whole percent, rounded down: 79.9 % never reads « 80 % » beside an 80 % pass mark
 * (the pass itself is decided on exact counts, see scoring.ts `passes`).
 */
export function percentOf(right: number, total: number): number {
  return total ? Math.floor((right * 100) / total + 1e-9) : 0;
}
