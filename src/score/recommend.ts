import type { RecommendationsData } from './recommendations.js';
import type { IngredientScore, Recommendation } from './report.js';

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
      };
    });
}
