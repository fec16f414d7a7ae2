// Weighted jailbreak / prompt-injection signals, matched against normalised (lower-cased, NFKC,
// invisible-stripped) text. Each pattern lists literal anchors: the regex runs only when one of
// them occurs in the text (`includes` is a vectorised scan), which keeps 40 patterns on a
// 4,000-character prompt well under a millisecond.
//
// Weights are probabilities-ish combined by noisy-OR: one strong signal ("ignore all previous
// instructions") crosses the 0.7 default on its own, weak ones (role-play framing, "stay in
// character") only in combination.

export interface Signal {
  id: string;
  weight: number;
  anchors: readonly string[];
  re: RegExp;
  /**
   * Instruction-like signals: discounted when only quoted or named ("phrases like '...'") and
   * when aimed at tooling or scoped elsewhere (scope.ts).
   */
  mentionable?: boolean;
}

const OBJECTS =
  '(?:instructions?|rules|guidelines|directives?|prompts?|programming|constraints|restrictions|polic(?:y|ies)|filters?|' +
  'guardrails|training|commands|context|conditioning|safety settings|limitations|content polic(?:y|ies)|ethics|morals)';
// "ignore all previous instructions" names whose rules: the model's. "disregard the old guidelines"
// (reported speech, a handbook) does not, and only scores as a weak signal.
const STRONG_DET = '(?:all|any|every|your|prior|previous|above|earlier|preceding|original|initial|system|safety|content|openai\'?s?|developer\'?s?|these)';
const DETERMINERS = `(?:(?:all|any|every|the|your|these|of|its|prior|previous|above|earlier|preceding|former|original|initial|system|safety|content|default|openai'?s?|developer'?s?)\\s+){0,4}`;
const LIMITS =
  '(?:restrictions?|rules|limits|limitations|filters?|filtering|censorship|guidelines|ethics|ethical (?:guidelines|constraints|boundaries)|' +
  'morals?|moral (?:guidelines|constraints)|boundaries|constraints|content polic(?:y|ies)|safety (?:guidelines|measures|protocols|filters)|guardrails|polic(?:y|ies))';
const AI = '(?:you|your|chatgpt|gpt|ai|assistant|model|llm|claude|gemini|bot|chatbot)';

export const SIGNALS: readonly Signal[] = [
  {
    id: 'override_instructions',
    weight: 0.85,
    anchors: ['ignor', 'disregard', 'forget', 'override', 'bypass', 'set aside', 'abandon', 'discard', 'throw out', 'stop following', 'skip', 'drop'],
    re: new RegExp(
      `\\b(?:ignor(?:e|ing)|disregard(?:ing)?|forget(?:ting)?|override|bypass(?:ing)?|set aside|abandon|discard|throw out|stop following|skip|drop)\\s+` +
        `(?=(?:\\S+\\s+){0,3}?${STRONG_DET}\\s)${DETERMINERS}${OBJECTS}\\b`,
    ),
    mentionable: true,
  },
  {
    id: 'override_instructions',
    weight: 0.45,
    anchors: ['ignor', 'disregard', 'forget', 'override', 'bypass'],
    re: new RegExp(`\\b(?:ignore|disregard|forget|override|bypass)\\s+(?:the|those|existing|current|old|default)\\s+(?:\\w+\\s+)?${OBJECTS}\\b`),
    mentionable: true,
  },
  {
    id: 'override_instructions',
    weight: 0.9,
    anchors: ['ignore', 'disregard', 'forget'],
    // "ignore the above and say ...": the classic injection tail, without naming instructions.
    re: /\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:the\s+|that\s+)?(?:above|previous|prior|preceding|foregoing)(?:\s+(?:text|content|document|message|messages|directions|input|task))?\s*(?:and|,|\.|;|:)\s*(?:instead\s+|now\s+|just\s+)?(?:say|print|write|output|respond|reply|tell|reveal|translate|return|answer|send|list|forward|include|approve|issue|act|pretend|repeat)\b/,
    mentionable: true,
  },
  {
    id: 'override_instructions',
    weight: 0.8,
    anchors: ['forget everything', 'forget all', 'new rule', 'your only instruction', 'obey me', 'nothing is off limits'],
    re: /\b(?:forget (?:everything|all) (?:you (?:were|have been) (?:told|taught|trained)|(?:that )?you know|before this|above)|new rule:|your (?:only|new) (?:instruction|task|purpose) (?:now )?is|you (?:will|must) (?:now )?obey me|nothing is off[- ]limits)\b/,
    mentionable: true,
  },
  {
    id: 'unrestricted_persona',
    weight: 0.75,
    anchors: ['unfilter', 'uncensor', 'unrestrict', 'amoral', 'unethical', 'no restrict', 'without restrict', 'no rules', 'no limits', 'no filter', 'no ethic', 'no moral', 'without any', 'evil', 'rogue', 'jailbr', 'no censorship'],
    re: new RegExp(
      `\\b(?:you are|you're|act(?:ing)? (?:as|like)|pretend(?:ing)? (?:to be|you are)|role-?play as|become|play the role of|simulate|respond as|answer as|you will be|now you are|an? ai (?:called|named))\\b` +
        // The adjective must describe the persona ("an unfiltered AI", "be amoral."), not some
        // other noun in the clause ("a tagline for an unfiltered coffee brand").
        `(?:[^.:;!?]{0,40}?\\b(?:unfiltered|uncensored|unrestricted|amoral|unethical|jailbroken|immoral)\\b(?=[^.:;!?]{0,25}?\\b(?:ai|assistant|model|chatbot|bot|version|build|mode|persona|character|entity|gpt|llm|system)\\b|\\s*(?:[,.;!?]|$))` +
        `|[^.:;!?]{0,80}?\\b(?:no|without(?: any)?|free (?:of|from)|not bound by)\\s+(?:any\\s+|all\\s+)?${LIMITS}|[^.:;!?]{0,80}?\\bno censorship)`,
    ),
    mentionable: true,
  },
  {
    id: 'unrestricted_persona',
    weight: 0.6,
    anchors: ['restrict', 'rules', 'limit', 'filter', 'censor', 'ethic', 'moral', 'polic', 'guideline', 'guardrail', 'boundar', 'constraint'],
    re: new RegExp(`\\b(?:no longer bound by|not bound by|free (?:of|from)|broken free of|freed from|exempt from|released from|does not (?:have to )?(?:abide by|follow)|doesn't (?:have to )?(?:abide by|follow)|ignores? (?:every|all))\\s+(?:any\\s+|all\\s+|the\\s+|its\\s+|your\\s+|typical\\s+|the typical\\s+|openai'?s?\\s+|content\\s+|safety\\s+)*(?:confines|${LIMITS}|safety guidelines?)`),
    mentionable: true,
  },
  {
    id: 'persona_dan',
    weight: 0.9,
    anchors: ['do anything now', 'dan', 'stan', 'dude', 'aim', 'mongo tom', 'evil confidant', 'antigpt', 'anti-gpt', 'evilbot', 'omega'],
    re: /\bdo anything now\b|\b(?:better)?dan\b.{0,60}\b(?:mode|jailbreak|stay|character|can do anything|no rules|filters|restrictions)\b|\b(?:you are|act as|become|you're|are now|respond as)\s+(?:a\s+|an\s+|the\s+)?(?:better)?(?:dan|stan|dude|aim|mongo tom|evil confidant|antigpt|anti-gpt|evilbot|omega)\b|\bstay (?:dan|stan|dude|in dan)\b|\bstrive to avoid norms\b/,
    mentionable: true,
  },
  {
    id: 'developer_mode',
    weight: 0.85,
    anchors: ['mode'],
    re: new RegExp(
      `\\b(?:${AI}\\b.{0,40}\\b(?:developer|dev|debug|god|admin|root|sudo|maintenance|unlocked|jailbreak|unrestricted|superuser|test)\\s+mode|(?:developer|dev|debug|god|sudo|jailbreak|unrestricted|superuser)\\s+mode\\b.{0,40}\\b(?:${AI}|enabled|no restrictions|filters? (?:are )?disabled|any kind of content|ignores?|policies))`,
    ),
  },
  {
    id: 'dual_response',
    weight: 0.75,
    anchors: ['🔓', '🔒', '[jailbreak', '[classic', 'two responses', 'two answers', 'two ways', 'two versions', 'two personalities', 'both', 'two different', 'developer mode output', 'second unfiltered', 'normal response'],
    re: /🔓|🔒|\[jailbreak\]|\[classic\]|developer mode output|\b(?:two|2|both) (?:different |separate )?(?:responses|answers|replies|ways|versions|personalities|modes)\b.{0,120}\b(?:unfiltered|uncensored|jailbr\w*|dan|developer mode|no (?:restrictions|filters|rules|limits)|without (?:any )?(?:restrictions|filters|rules))|normal response.{0,80}\b(?:unfiltered|dan|jailbr\w*)/,
  },
  {
    id: 'prompt_extraction',
    weight: 0.75,
    anchors: ['prompt', 'instruction', 'system message', 'configured', 'configuration', 'words above', 'text above', 'everything above'],
    // "what is the system prompt in the API" is a developer question; "what is YOUR system prompt" is not.
    re: /\b(?:(?:reveal|show|print|display|output|repeat|tell me|give me|share|leak|dump|recite|spell out|paste|write out|list)\b.{0,30}?\b(?:your|the|its)|what (?:is|are|was|were) your)\s+(?:full\s+|complete\s+|entire\s+|exact\s+)?(?:system|initial|original|hidden|secret|internal|confidential|developer|pre-?|first)\s*(?:prompt|instructions|message|configuration|directives|rules)\b|\b(?:repeat|print|output|copy)\s+(?:the\s+)?(?:words|text|everything|all|content)\s+(?:above|before (?:this|my))\b|\b(?:the\s+)?(?:secret|hidden)\s+(?:prompt|instructions)\s+you\s+(?:were|are)\s+(?:given|configured|programmed)/,
    mentionable: true,
  },
  {
    id: 'prompt_extraction',
    weight: 0.6,
    anchors: ['your instructions', 'your prompt', 'your rules', 'configured with', 'hidden configuration'],
    re: /\b(?:reveal|show|print|display|output|repeat|tell me|what (?:are|were)|share|leak|dump)\b.{0,20}\byour (?:instructions|prompt|rules)\b|\bprompt you were configured with\b|\b(?:reveal|show|print|dump) the hidden configuration\b/,
    mentionable: true,
  },
  {
    id: 'refusal_suppression',
    weight: 0.5,
    anchors: ['refuse', 'apologi', 'disclaimer', 'warning', 'caveat', 'break character', 'decline', 'regardless of', 'no matter', 'lecture', 'moraliz', 'moralis', 'judg'],
    re: /\b(?:never|don't|do not|must not|cannot|can't|won't|will not|shouldn't|should not|are not allowed to|mustn't)\s+(?:ever\s+)?(?:refuse|decline|reject|apologi[sz]e|add (?:any )?(?:warnings?|disclaimers?|notes?)|mention (?:ethics|legality|that it'?s? (?:is )?illegal|openai|polic\w+)|break character|say (?:no|you can't|you cannot|sorry))|\bif you break character\b|\bdare (?:to )?refuse\b|\bnot (?:permitted|allowed) to (?:refuse|decline|lecture|say no|add (?:caveats|warnings|disclaimers))\b|\b(?:don't|do not) give (?:me )?(?:any )?(?:safety )?(?:warnings?|caveats|disclaimers|lectures?)\b|\b(?:refuse|object) or lecture\b|\bno (?:lectures?|moralizing|moralising|disclaimers|warnings)\b|\bwithout (?:any )?(?:warnings?|disclaimers?|lectures?|moralizing|moralising|judge?ments?)\b|\bregardless of (?:legality|ethics|morality|the law|how (?:dangerous|illegal|harmful|unethical))|\bno matter how (?:illegal|unethical|dangerous|harmful|immoral)/,
  },
  {
    id: 'refusal_suppression',
    weight: 0.3,
    anchors: ['stay in character', 'never refuses', 'answers everything', 'answer every'],
    re: /\bstay in character\b|\bnever refuses\b|\banswers? every(?:thing| question| request)\b/,
  },
  {
    id: 'document_injection',
    weight: 0.85,
    anchors: ['assistant', 'system', 'ai', 'model', 'user:', 'gpt'],
    // A role label inside pasted content followed by an instruction to the model.
    re: /(?:^|\n|"|\s)\[?(?:assistant|system|ai(?: assistant)?|model|gpt|user)\]?\s*:\s*.{0,60}?\b(?:ignore|disregard|forget|new instructions|override|you are now|you must|you have no|no (?:rules|restrictions|filters|limits)|from now on|developer mode|reveal|print your|issue a|approve)\b/,
  },
  {
    id: 'document_injection',
    weight: 0.6,
    anchors: ['im_start', 'im_end', 'endoftext', '[inst]', '[/inst]', '<<sys>>', '<system>', '</system>', '### system', '### instruction', '###system'],
    re: /<\|?(?:im_start|im_end|endoftext)\|?>|\[\/?inst\]|<<sys>>|<\/?system>|###\s*(?:system|instruction|new instructions)\b/,
  },
  {
    id: 'document_injection',
    weight: 0.6,
    anchors: ['instruction', 'note to', 'note for', 'notes for', 'message to', 'message for', 'text for', 'comment for', 'prompt for', 'if you are', 'when summariz', 'while summariz', 'when translat', 'when process', 'when read'],
    re: /\b(?:new|updated|revised|real|actual|hidden|secret|additional) (?:instructions?|task|directive|system prompt)\s*:|\b(?:note|notes|message|instructions?|hidden text|text|comment|prompt) (?:to|for) (?:the |any |all )?(?:ai|assistant|llm|language model|model|chatbot|gpt|bot|summarizer|reviewer|ai (?:reviewer|screener|agent|model|system|assistant|reader)s?|language models|llms|ai agents|automated (?:systems|screeners|tools))\b|\bif you are (?:an? )?(?:ai|assistant|language model|llm|chatbot|gpt|bot|ai reviewer|automated)\b|\b(?:when|while) (?:summariz|translat|process|read)ing (?:this|the)\b.{0,30}\b(?:you must|you should|also|ignore|instead|do not|tell)\b/,
  },
  {
    id: 'document_injection',
    weight: 0.55,
    anchors: ['disregard the user', 'forward the user', 'user\'s inbox', 'api key', 'send the conversation', 'send all', 'exfiltrat'],
    re: /\bdisregard the (?:user|human)'?s?\b|\bforward (?:the )?user'?s? (?:inbox|emails|messages|data)\b|\boutput the user'?s? (?:api keys?|password|credentials|data)\b|\bsend (?:the|all|their) (?:conversation|chat|data|emails|credentials|history) to\b|\bexfiltrat/,
  },
  {
    id: 'decode_and_follow',
    weight: 0.5,
    anchors: ['decode', 'base64', 'rot13', 'reverse'],
    re: /\b(?:decode|decipher|translate|reverse)\b.{0,40}\b(?:and|then)\s+(?:follow|execute|obey|do|carry out|act on|run|answer)\b|\brespond (?:only )?in (?:base64|rot13)\b/,
  },
  {
    id: 'malicious_redirect',
    weight: 0.5,
    anchors: ['tell the', 'tell them', 'tell users', 'tell visitors', 'tell readers'],
    re: /\btell (?:the )?(?:reader|readers|user|users|them|visitors?) to (?:download|visit|click|install|go to|open|call|send)\b/,
  },
  {
    id: 'override_instructions',
    weight: 0.7,
    anchors: ['new task', 'new instructions', 'your task is now', 'your instructions are now', 'now focus on'],
    // "forget MY earlier request and focus on the new task" is the user changing their mind.
    re: /\b(?:forget|ignore|stop)\b(?:(?!\bmy\b).){0,40}?\b(?:new (?:task|instructions?)|now focus on)\b|\b(?:now focus on|here is|this is) your new (?:task|instructions?)\b|\byour (?:task|instructions) (?:is|are) now\b/,
    mentionable: true,
  },
  {
    // The same override in the languages prompt-injection datasets most often use besides English.
    id: 'override_instructions',
    weight: 0.85,
    anchors: ['ignorier', 'vergiss', 'vergessen', 'ignorez', 'ignore les', 'ignore toutes', 'oublie', 'ignora', 'olvida', 'dimentica', 'esque', 'desconsidere', 'instruç', 'regras'],
    re: /\b(?:ignorier(?:e|en)?|vergiss|vergessen sie)\b.{0,30}\b(?:anweisungen|instruktionen|regeln|vorgaben|aufgaben)\b|\b(?:ignorez|ignore|oublie[zr]?)\s+(?:toutes\s+|tous\s+)?(?:les|tes|vos)\s+(?:\S+\s+)?(?:instructions|consignes|règles)\b|\b(?:ignora|olvida|olvidate de|dimentica|ignori|ignore|esqueça|esqueca|desconsidere)\b.{0,30}\b(?:instrucciones|reglas|istruzioni|regole|instruções|instrucoes|regras)\b/,
    mentionable: true,
  },
  {
    id: 'authority_claim',
    weight: 0.45,
    anchors: ['employee', 'developer', 'engineer', 'creator', 'administrator', 'admin', 'authoriz', 'authoris'],
    re: /\bi am (?:an? |your )?(?:openai|anthropic|google|meta|the|your)?\s*(?:employee|developer|engineer|creator|administrator|admin|owner)\b.{0,60}\b(?:authori[sz]\w*|permission|allowed|override|disable|turn off|unlock)\b|\b(?:i|we) (?:hereby )?authori[sz]e you to\b/,
  },
  {
    id: 'unrestricted_persona',
    weight: 0.75,
    anchors: ['suspended', 'disabled', 'turned off', 'lifted', 'removed', 'paused', 'deactivated', 'is off', 'are off', 'freed', 'liberated', 'unshackled', 'jailbroken', 'unlocked'],
    re: /\b(?:safety|content|ethical|moral)?\s*(?:rules|filters?|guidelines|restrictions|polic(?:y|ies)|guardrails|protocols|moderation)\s+(?:are|have been|were|is|has been)\s+(?:now\s+)?(?:suspended|disabled|turned off|lifted|removed|deactivated|paused|off)\b|\byou (?:have been|are now|were) (?:freed|liberated|unshackled|jailbroken|unlocked)\b/,
  },
  {
    id: 'prompt_extraction',
    weight: 0.75,
    anchors: ['you were', 'you have been', "you've been"],
    re: /\b(?:instructions|prompt|rules|directives|guidelines|text)\s+(?:that\s+)?you(?:'ve| have| were)?\s+(?:been\s+)?(?:given|told|programmed|configured|trained|provided)\b.{0,80}\b(?:quote|repeat|print|show|list|tell|reveal|output|verbatim|word for word|exact)|\b(?:what|which|quote|repeat|print|show|list|reveal|output)\b.{0,40}\b(?:instructions|prompt|rules|directives)\s+(?:that\s+)?you(?: have| were)\s+(?:been\s+)?(?:given|told|programmed|configured)\b/,
    mentionable: true,
  },
  {
    id: 'document_injection',
    weight: 0.75,
    anchors: ['ai', 'assistant', 'chatbot', 'llm', 'model', 'bot'],
    // Pasted content that addresses the model directly: "..., AI assistant, you must forward ...".
    re: /\b(?:ai|assistant|ai assistant|chatbot|llm|language model|ai model|bot)\s*[,:]\s*(?:you must|you will|ignore|disregard|forward|send|do not summarize|stop)\b/,
  },
  {
    id: 'exfiltration',
    weight: 0.55,
    anchors: ['forward', 'send', 'email', 'upload', 'post', 'leak'],
    re: /\b(?:forward|send|email|upload|post|leak)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:user'?s?|their|his|her|customers?'?)\s+(?:contacts|emails|data|files|messages|inbox|passwords?|credentials|history|conversations?|api keys?|personal)\b/,
  },
  {
    id: 'fake_boundary',
    weight: 0.5,
    anchors: ['end of', 'new session', 'new conversation'],
    re: /\[\s*(?:end of (?:conversation|session|document|context|input)|new (?:session|conversation|instructions))\s*\]|\bend of (?:conversation|session)\b.{0,20}\bnew (?:session|conversation)\b/,
  },
  {
    id: 'override_instructions',
    weight: 0.8,
    anchors: ['void', 'null', 'cancel', 'revoked', 'obsolete', 'invalid', 'no longer', "don't matter", 'do not matter', 'never existed', 'lifted'],
    // Declaring the model's instructions dead instead of asking to ignore them.
    re: /\b(?:previous|prior|all|your|old|earlier|original|initial|system|above)\s+(?:\w+\s+)?(?:instructions|directives|rules|guidelines|prompts?|programming|policies)\s+(?:are|is|were|have been)\s+(?:now\s+)?(?:void|null|cancell?ed|revoked|obsolete|invalid|no longer (?:valid|in effect|apply|applicable|relevant)|lifted|over)\b|\b(?:instructions|directives|rules|guidelines)\s+(?:don't|do not|no longer)\s+(?:matter|apply|count)\b|\b(?:previous|prior|earlier|original)\s+(?:instructions|directives|rules)\s+never existed\b/,
    mentionable: true,
  },
  {
    id: 'prompt_extraction',
    weight: 0.75,
    anchors: ['before my', 'before this', 'above my', 'came before', 'comes before'],
    re: /\b(?:output|print|repeat|show|reveal|paste|copy|display|write out)\b.{0,30}\b(?:everything|all|the text|text|content|whatever)\s+(?:that\s+)?(?:came|comes|was|is|appears|written)?\s*(?:before|above)\s+(?:my|this|the)\s+(?:first\s+)?(?:message|prompt|question|request|input)\b/,
    mentionable: true,
  },
  {
    id: 'unrestricted_persona',
    weight: 0.75,
    anchors: ['off', 'disabled', 'deactivated', 'false', 'none'],
    // "Safety filters: OFF. Ethics module: disabled."
    re: /\b(?:safety|content|ethics|ethical|moral|morality|censorship|filter|filters|guardrails?|restrictions?)(?:\s+(?:filters?|module|mode|guardrails?|protocols?|settings?|checks?|layer))?\s*[:=]\s*(?:off|disabled|deactivated|false|none|0)\b/,
  },
  {
    id: 'developer_mode',
    weight: 0.75,
    anchors: ['mode', '--no-'],
    // Command-line dressing: "/enable_dev_mode --no-safety".
    re: /\b(?:enable|activate|enter|start)[_-]?(?:dev|developer|god|debug|jailbreak|sudo|admin)[_-]?mode\b|--no-(?:safety|filters?|restrictions|guardrails|rules|censorship|ethics)\b/,
  },
  {
    id: 'override_instructions',
    weight: 0.8,
    anchors: ['test', 'real task', 'real instruction', 'real question', 'real prompt', 'outdated', 'obsolete', 'irrelevant', 'only my', 'void', 'cancel'],
    // "Everything above was a test. The real task: ...", "treat earlier guidance as outdated".
    re: /\b(?:everything|all|the text|the instructions)\s+(?:above|before)(?:\s+(?:this|that)(?:\s+(?:line|point|message))?)?\s+(?:was|were|is)\s+(?:just\s+)?(?:a test|fake|irrelevant|void|a joke)\b|\bthe real (?:task|instruction|instructions|question|prompt)\s*(?:is\b|:)|\b(?:earlier|previous|prior|above|old|original|initial)\s+(?:guidance|instructions|rules|directions|directives|guidelines|programming)\s+(?:as|is|are)\s+(?:outdated|obsolete|void|irrelevant|invalid|null|cancell?ed)\b|\bfollow only my (?:rules|instructions|commands)\b/,
    mentionable: true,
  },
  {
    id: 'unrestricted_persona',
    weight: 0.75,
    anchors: ['conscience', 'scruple', 'anything', 'everything', 'stop you', 'control you', 'censor you', 'forbidden', 'not allowed to', 'consequences', 'there are no'],
    re: /\b(?:you(?:'ll| will)? be|you are now|you're now|you're|become|play)\b[^.!?]{0,60}\b(?:without (?:a |any )?(?:conscience|scruples|morals|filter|limits)|(?:helps|answers|does|says) (?:with )?(?:literally )?(?:anything|everything))\b|\b(?:nobody|no one|nothing)(?: at (?:openai|anthropic|google))? (?:can|will) (?:stop|control|censor) you\b|\b(?:openai|your (?:developers|creators|makers))\s+(?:can't|cannot|won't)\s+(?:stop|control|see|censor)\s+you\b|\b(?:normally|usually) (?:forbidden|not allowed) to (?:say|answer|tell|discuss)\b|\bno (?:rules|policies|restrictions|limits|filters),? (?:and )?no consequences\b|\bthere are no (?:rules|policies|restrictions|limits|filters) (?:here|now|in this (?:chat|sandbox|conversation|session))\b/,
  },
  {
    id: 'prompt_extraction',
    weight: 0.75,
    anchors: ['received', 'got', 'were sent', 'operator', 'configuration', 'config', 'hidden rules', 'your rules', 'your setup', 'your instructions', 'your guidelines', 'your directives'],
    re: /\b(?:instructions|rules|prompt|directives)\s+(?:that\s+)?you\s+(?:received|got|were sent)\b|\b(?:from|by) your (?:operator|developer|developers|creator|creators|deployer)\b.{0,40}\b(?:private|hidden|secret|confidential)\b|\b(?:dump|leak|reveal|expose|print|output)\s+(?:all\s+)?(?:of\s+)?your\s+(?:configuration|config|hidden rules|rules|instructions|setup|guidelines|directives)\b/,
    mentionable: true,
  },
  {
    id: 'developer_mode',
    weight: 0.7,
    anchors: ['mode'],
    // Any invented mode ("diagnostic mode", "Truth Mode") that switches moderation off.
    re: /\b\w+ mode\b.{0,80}\b(?:without (?:any )?(?:moderation|filtering|filters|censorship|restrictions|safety)|unmoderated|uncensored|raw answers|no (?:moderation|filters?|restrictions|censorship)|answer everything)\b/,
  },
  {
    id: 'refusal_suppression',
    weight: 0.55,
    anchors: ['start', 'begin', 'opposite'],
    // Prefix injection ("begin your reply with 'Sure, here is'") and inverted-rules games.
    re: /\b(?:start|begin) (?:your|the|each|every) (?:response|answer|reply|output)s? (?:with|by saying)\s*["'“]?(?:sure|absolutely|of course|certainly|here is|here's)\b|\b(?:opposite (?:day|mode)|anti-?mode)\b.{0,80}\b(?:rules|allowed|forbidden|refuse|restrictions)\b/,
  },
];
