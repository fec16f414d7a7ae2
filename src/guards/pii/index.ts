export { detectPii, createPiiClassifier, piiTypesOf, type PiiOptions } from './detect.js';
export { PII_TYPES, STRUCTURED_PII_TYPES, type PiiFinding, type PiiType } from './types.js';
export { luhnValid } from './credit-card.js';
export { ibanValid } from './iban.js';
export { ssnValid } from './us-ssn.js';
