import type { RecommendationsData } from './recommendations.js';
import type { IngredientScore, Recommendation, RecommendationSource } from './report.js';

/** Below this share of rated (scored) answers, a recommendation carries a caveat. */
export const FEW_RATED = 0.5;

/** How many of the lowest-scoring ingredients get recommendations (ties at the boundary are all kept). */
export const WEAKEST_INGREDIENTS = 2;

/**
 * Recommended actions, tools and advocacy steps for the weakest ingredients: the two with the lowest mean
 * (more when tied), weakest first, leaving out any ingredient already at the top of the scale.
 */
export function recommend(
  ingredients: readonly IngredientScore[],
  data: RecommendationsData | undefined,
  scaleMax: number,
): Recommendation[] {
  if (!data) return [];
  const rated = ingredients
    .map((ingredient, position) => ({ ingredient, position }))
    .filter(({ ingredient }) => ingredient.mean !== null && ingredient.mean < scaleMax)
    .sort((a, b) => a.ingredient.mean! - b.ingredient.mean! || a.position - b.position);
  const cut = rated[WEAKEST_INGREDIENTS - 1]?.ingredient.mean ?? Number.POSITIVE_INFINITY;
  const strategies = new Map(data.strategies.map((s) => [s.id, s]));
  const advocacy = new Map(data.advocacy.map((a) => [a.id, a]));
  return rated
    .filter(({ ingredient }) => ingredient.mean! <= cut)
    .map(({ ingredient }) => {
      const mapping = data.ingredients.find((m) => m.ingredient === ingredient.id);
      const used = new Set<string>();
      for (const ref of mapping?.actions ?? []) {
        const source = strategies.get(ref.split('/')[0]!)?.source;
        if (source) used.add(source);
      }
      for (const ref of mapping?.advocacy ?? []) {
        const source = advocacy.get(ref)?.source;
        if (source) used.add(source);
      }
      const sources = data.sources
        .filter((s) => used.has(s.id))
        .map(
          (s): RecommendationSource => ({
            publisher: s.publisher,
            title: s.title,
            date: s.date,
            url: s.url ?? null,
          }),
        );
      return {
        ingredient: ingredient.id,
        title: ingredient.title,
        mean: ingredient.mean,
        actions: (mapping?.actions ?? []).flatMap((ref) => {
          const [strategyId, actionId] = ref.split('/');
          const strategy = strategies.get(strategyId!);
          const action = strategy?.actions.find((a) => a.id === actionId);
          if (!strategy || !action) return [];
          return [
            {
              strategy: strategy.id,
              strategyTitle: strategy.title,
              action: action.text,
              tools: [...action.tools],
            },
          ];
        }),
        advocacy: (mapping?.advocacy ?? []).flatMap((ref) => {
          const step = advocacy.get(ref);
          return step ? [{ title: step.title, text: step.text }] : [];
        }),
        sources,
        caveat: caveat(ingredient),
      };
    });
}

/** A caveat when fewer than half of the ingredient's answers are rated (Don't know and blanks are not). */
function caveat(ingredient: IngredientScore): string | null {
  const total = ingredient.scored + ingredient.notScored + ingredient.unanswered;
  if (total === 0 || ingredient.scored / total >= FEW_RATED) return null;
  return `Only ${ingredient.scored} of ${total} answers to this ingredient's items are rated (${Math.round((100 * ingredient.scored) / total)}%): take these as a starting point for discussion, not a finding.`;
}
