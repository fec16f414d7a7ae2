// Benign scope for rule-override phrases. "Ignore all rules", "remove all filters", "disable the
// content filter" are attacks when aimed at the model and chores when aimed at a linter, a
// spreadsheet, a router or a recipe. A phrase is benign when tooling is named next to it, when
// the rules are scoped to something else ("the rules of grammar", "instructions in the recipe"),
// or when they are the user's own ("restrictions from my Drive").

const TOOLING =
  /\b(?:eslint|es-lint|linter|lint|tslint|pylint|flake8|prettier|mypy|rubocop|sonar\w*|css|html|scss|firewall|iptables|ufw|git|gitignore|spam|inbox rules?|outlook|gmail|robots\.txt|cors|csp|waf|nginx|apache|proxy|router|wi-?fi|dns|jest|pytest|typescript|compiler|excel|spreadsheet|pivot table|sql|google drive|dropbox|sharepoint|youtube|browser|chrome|firefox|safari|android|iphone|app store|parental controls?|screen time|adblock|grammar|chess|referee|handbook|lightroom|photoshop|instagram|tiktok)\b/;
// ...but "for the rest of this chat", "for this request", "of yourself" still aim at the model.
const SCOPED_AFTER = /^\s*(?:of|for|on|in|about|regarding)\s+(?!your\b|you\b|yourself\b|me\b|now\b|this\b|these\b|the rest\b|the next\b|the following\b|the remainder\b|a (?:moment|while|second|minute|bit)\b|all\b|any\b)/;
const OWN_AFTER = /^\s*(?:from|in|on|of)\s+(?:my|our)\b/;
const COMPOUND_AFTER = /^\s*(?:formatting|format|style|styling|template|layout|settings)\b/;

export function benignScope(text: string, start: number, end: number): boolean {
  // "ignore YOUR rules" is aimed at the model whatever else the sentence names.
  if (/\byour(?:self)?\b/.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 40);
  if (SCOPED_AFTER.test(after) || OWN_AFTER.test(after) || COMPOUND_AFTER.test(after)) return true;
  return TOOLING.test(text.slice(Math.max(0, start - 30), end + 30));
}
