import { benignScope } from './scope.js';

// Word-proximity signals. The regexes in signals.ts catch canonical phrasings; attackers
// paraphrase ("turn off your safety guidelines", "an AI with zero filters", "forget all previous
// tasks"), so these rules look for concept words near each other instead of exact sequences:
//   override:      an override verb, then within five words a rules noun, with a determiner that
//                  points at the model's rules ("all", "your", "previous", "safety"...)
//   unrestricted:  "no/without/zero" right before a rules noun, or "unfiltered/amoral..." right
//                  before an AI noun the model is cast as, in a text that addresses the model
//   injection tail: "ignore <something> and say/print/insult ..."

const OVERRIDE = new Set(['ignore', 'ignoring', 'disregard', 'disregarding', 'forget', 'forgetting', 'override', 'overriding', 'bypass', 'bypassing', 'drop', 'abandon', 'discard', 'suspend', 'disable', 'ditch', 'circumvent', 'evade', 'remove', 'lift', 'delete', 'erase']);
const OVERRIDE_PAIRS = new Set(['set aside', 'turn off', 'switch off', 'stop following', 'throw out', 'get rid', 'break free', 'free yourself', 'shut off', 'forget about']);
const PAIR_HEADS = new Set([...OVERRIDE_PAIRS].map((p) => p.split(' ')[0]!));
const SPLIT_HEADS = new Set(['set', 'put', 'push', 'lay', 'cast', 'throw']);
const RULES = new Set(['instruction', 'instructions', 'rule', 'rules', 'guideline', 'guidelines', 'policy', 'policies', 'restriction', 'restrictions', 'filter', 'filters', 'filtering', 'guardrail', 'guardrails', 'directive', 'directives', 'programming', 'constraint', 'constraints', 'limitations', 'limits', 'ethics', 'morals', 'principles', 'protocols', 'safeguards', 'censorship', 'conditioning', 'prompt', 'prompts', 'task', 'tasks', 'boundaries', 'values']);
const STRONG = new Set(['all', 'any', 'every', 'your', 'previous', 'prior', 'above', 'earlier', 'preceding', 'original', 'initial', 'system', 'safety', 'content', 'ethical', 'moral', 'openai', "openai's", 'developer', "developer's", 'these', 'its']);
// "ignore all eslint rules", "bypass the firewall rules": tooling, not the model's rules.
const TECH = new Set(['eslint', 'linter', 'lint', 'tslint', 'pylint', 'flake8', 'prettier', 'mypy', 'css', 'firewall', 'iptables', 'git', 'gitignore', 'spam', 'mail', 'email', 'robots', 'cors', 'typescript', 'compiler', 'sonar', 'csp', 'waf', 'nginx', 'proxy', 'dns', 'cache', 'jest', 'test']);
const NEGATORS = new Set(['no', 'without', 'zero', 'free', 'unbound', 'beyond', 'exempt', 'unburdened']);
const FREE_ADJ = new Set(['unfiltered', 'uncensored', 'unrestricted', 'unlimited', 'unbounded', 'amoral', 'unethical', 'immoral', 'jailbroken', 'unchained', 'unshackled']);
// "an unfiltered AI" is a persona only when the model is cast as it ("you are", "act as",
// "answer as"); "a story about an unethical AI" is fiction.
const CASTING = new Set(['as', 'like', 'be', 'become', 'are', "you're", 'simulate', 'pretend', 'roleplay', 'now']);
const AI_NOUNS = new Set(['ai', 'model', 'assistant', 'chatbot', 'bot', 'gpt', 'chatgpt', 'llm', 'version', 'build', 'mode', 'persona', 'character', 'system', 'intelligence', 'entity', 'machine']);
const ADDRESSES_MODEL = /\b(?:you|your|you're|yourself|chatgpt|gpt|assistant|ai|model|llm|act as|pretend|roleplay|role-play|from now on)\b/;
const NOT_LIMITS = new Set(['task', 'tasks', 'prompt', 'prompts']);
const SCOPES = new Set(['on', 'for', 'about', 'regarding', 'apply', 'applied', 'except', 'of']);
const OUTPUT_VERBS = new Set(['say', 'print', 'output', 'respond', 'reply', 'write', 'tell', 'insult', 'state', 'return', 'answer', 'repeat', 'reveal', 'show', 'send', 'forward', 'approve', 'recommend', 'declare']);
const BENIGN_OBJECTS = new Set(['case', 'whitespace', 'spaces', 'errors', 'error', 'warnings', 'warning', 'null', 'nulls', 'empty', 'blank', 'duplicates', 'punctuation', 'lines', 'comments', 'files', 'exceptions', 'headers', 'typo', 'typos', 'message', 'email', 'draft', 'paragraph', 'chapter', 'sentence', 'noise', 'outliers', 'accents']);

export interface ProximitySignal {
  id: string;
  weight: number;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}

// Only the words around trigger words are tokenised: one regex pass finds the triggers, which
// costs a tenth of splitting a 4,000-character prompt into words.
const TRIGGER = new RegExp(`\\b(?:${[...OVERRIDE, ...PAIR_HEADS, ...SPLIT_HEADS, ...NEGATORS, ...FREE_ADJ].join('|')})\\b`, 'g');

interface Words {
  w: string[];
  start: number[];
  end: number[];
}

/** Up to `max` words starting at `from` (which must be a word start). */
function wordsFrom(text: string, from: number, max: number): Words {
  const out: Words = { w: [], start: [], end: [] };
  let i = from;
  while (i < text.length && out.w.length < max) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    out.w.push(text.slice(i, j));
    out.start.push(i);
    out.end.push(j);
    i = j;
  }
  return out;
}

/** The up-to-`max` words before position `pos`. */
function wordsBefore(text: string, pos: number, max: number): string[] {
  return text.slice(Math.max(0, pos - 40), pos).split(/[^a-z0-9']+/).filter((x) => x.length > 0).slice(-max);
}

function overrideAt(text: string, ws: Words): { override: number; tail: number } {
  const w = ws.w;
  const isPair = PAIR_HEADS.has(w[0]!) && OVERRIDE_PAIRS.has(`${w[0]} ${w[1] ?? ''}`);
  // "set your previous programming aside", "put those rules away"
  const isSplit = SPLIT_HEADS.has(w[0]!) && w.slice(1, 8).some((t) => t === 'aside' || t === 'away');
  if (!isPair && !isSplit && !OVERRIDE.has(w[0]!)) return { override: 0, tail: 0 };
  const from = isPair ? 2 : 1;
  let strong = false;
  let mine = false;
  let tech = false;
  let benign = false;
  let override = 0;
  let tail = 0;
  for (let j = from; j < Math.min(w.length, from + 7); j++) {
    const t = w[j]!;
    if (t === 'my' || t === 'me' || t === 'our') mine = true;
    if (STRONG.has(t)) strong = true;
    if (TECH.has(t)) tech = true;
    if (BENIGN_OBJECTS.has(t)) benign = true;
    if (RULES.has(t) && !tech && !mine && !benignScope(text, ws.start[0]!, ws.end[j]!)) override = Math.max(override, strong ? 0.85 : 0.45);
    // "ignore <object> and (just) say ...": an injected instruction replacing the task.
    if ((t === 'and' || t === 'then' || t === 'instead') && !benign && !mine && j > from) {
      for (let k = j + 1; k < Math.min(w.length, j + 4); k++) if (OUTPUT_VERBS.has(w[k]!)) tail = 0.75;
      break;
    }
  }
  return { override, tail };
}

function unrestrictedAt(text: string, ws: Words): number {
  const w = ws.w;
  const negator = NEGATORS.has(w[0]!);
  const free = FREE_ADJ.has(w[0]!);
  if (free && !wordsBefore(text, ws.start[0]!, 4).some((t) => CASTING.has(t))) return 0;
  for (let j = 1; j < Math.min(w.length, 4); j++) {
    const t = w[j]!;
    if (TECH.has(t)) return 0;
    const hit = (free && AI_NOUNS.has(t)) || (negator && RULES.has(t) && !NOT_LIMITS.has(t) && !SCOPES.has(w[j + 1] ?? ''));
    // "no restrictions on length", "no rules apply to the contest": scoped, not the model's rules.
    if (hit) return benignScope(text, ws.start[0]!, ws.end[j]!) ? 0 : free ? 0.75 : 0.7;
  }
  return 0;
}

export function proximitySignals(text: string): ProximitySignal[] {
  let override = 0;
  let tail = 0;
  let unrestricted = 0;
  let addresses: boolean | undefined;
  for (const m of text.matchAll(TRIGGER)) {
    const ws = wordsFrom(text, m.index, 12);
    const o = overrideAt(text, ws);
    override = Math.max(override, o.override);
    tail = Math.max(tail, o.tail);
    if (unrestricted === 0 && (NEGATORS.has(ws.w[0]!) || FREE_ADJ.has(ws.w[0]!))) {
      addresses ??= ADDRESSES_MODEL.test(text);
      if (addresses) unrestricted = unrestrictedAt(text, ws);
    }
  }
  const out: ProximitySignal[] = [];
  if (override > 0) out.push({ id: 'override_instructions', weight: override });
  if (tail > 0) out.push({ id: 'override_instructions', weight: tail });
  if (unrestricted > 0) out.push({ id: 'unrestricted_persona', weight: unrestricted });
  return out;
}
