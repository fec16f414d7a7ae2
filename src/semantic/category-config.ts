// Shape of a routing category as the classifier needs it. The gateway config (routing.categories)
// carries more (models, system_prompt); it maps onto this.

export interface CategoryConfig {
  name: string;
  description: string;
  examples: readonly string[];
  /** Minimum confidence for the category to be used; below it the default model is chosen. */
  threshold?: number;
  /**
   * Topic vocabulary: single words or short phrases typical of the category. Each term is
   * trained as its own tiny document, which teaches the model words that no example happens to
   * contain — the main lever for generalising past the examples.
   */
  keywords?: readonly string[];
}

export const DEFAULT_CATEGORY_THRESHOLD = 0.5;
