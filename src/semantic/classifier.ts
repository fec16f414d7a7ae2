// The one shape every in-process signal has: the category model, the PII detector and the
// jailbreak detector. The gateway times `classify` per classifier name for
// llm_classifier_latency_seconds{classifier}.

export interface Classifier<I, O> {
  readonly name: string;
  classify(input: I): O;
}

/** Backends that need I/O (the embeddings-endpoint category backend). */
export interface AsyncClassifier<I, O> {
  readonly name: string;
  classify(input: I): Promise<O>;
}
