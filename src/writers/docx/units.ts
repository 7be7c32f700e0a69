/** Points (the model's unit) to twentieths of a point, Word's unit for page and table geometry. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** Points to half-points, Word's unit for font sizes. */
export function halfPoints(points: number): number {
  return Math.max(2, Math.round(points * 2));
}
