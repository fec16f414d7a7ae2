// The 14 MMLU-Pro subjects, used when the config has no `routing.categories`. Each subject lives in
// its own file under categories/ (description, example prompts, topic vocabulary); the examples
// are written for this project and are kept disjoint from eval/data/categories.jsonl.

import type { CategoryConfig } from './category-config.js';
import { biology } from './categories/biology.js';
import { business } from './categories/business.js';
import { chemistry } from './categories/chemistry.js';
import { computerScience } from './categories/computer-science.js';
import { economics } from './categories/economics.js';
import { engineering } from './categories/engineering.js';
import { health } from './categories/health.js';
import { history } from './categories/history.js';
import { law } from './categories/law.js';
import { math } from './categories/math.js';
import { other } from './categories/other.js';
import { philosophy } from './categories/philosophy.js';
import { physics } from './categories/physics.js';
import { psychology } from './categories/psychology.js';

export const BUILTIN_CATEGORIES: readonly CategoryConfig[] = [
  business,
  law,
  psychology,
  biology,
  chemistry,
  history,
  other,
  health,
  economics,
  math,
  physics,
  computerScience,
  philosophy,
  engineering,
];

export const BUILTIN_CATEGORY_NAMES: readonly string[] = BUILTIN_CATEGORIES.map((c) => c.name);
