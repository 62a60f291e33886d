/** The direction along which a node set is longest, and its spread. */
export interface PrincipalAxis {
  /** Unit vector of the larger eigenvalue of the positions' 2×2 covariance. */
  ax: number;
  ay: number;
  /** Sums of squared offsets from the mean in x and y (metres²), the set's spread. */
  sxx: number;
  syy: number;
}

/** The principal axis of `members`' positions (`xy`, metres, two numbers a node). Does not mutate input. */
export function findPrincipalAxis(members: readonly number[], xy: Float64Array): PrincipalAxis {
  let mx = 0;
  let my = 0;
  for (const v of members) {
    mx += xy[2 * v];
    my += xy[2 * v + 1];
  }
  mx /= members.length;
  my /= members.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const v of members) {
    const dx = xy[2 * v] - mx;
    const dy = xy[2 * v + 1] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { ax: Math.cos(angle), ay: Math.sin(angle), sxx, syy };
}
