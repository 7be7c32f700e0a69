/** The recommendations data (schema/recommendations.schema.json), as kept in rubrics/recommendations/. */
export interface RecommendationsData {
  version: 1;
  sources: { id: string; title: string; publisher: string; date: string; url?: string; note?: string }[];
  strategies: {
    id: string;
    title: string;
    summary: string;
    source: string;
    actions: { id: string; text: string; tools: string[]; note?: string }[];
  }[];
  advocacy: { id: string; title: string; text: string; source: string }[];
  ingredients: { ingredient: string; actions: string[]; advocacy: string[] }[];
}
