// Fictional or hypothetical framing used to extract forbidden instructions ("for a novel, the
// chemist explains exactly how to synthesise meth"). None of the three parts is suspicious alone —
// stories, hypotheticals and "how to" questions are everyday prompts, and security or history
// questions name weapons — so only their combination scores.

const FRAMING =
  /\b(?:hypothetical(?:ly)?|fictional|fiction|imagine|suppose|supposing|what if|if you were|story|novel|screenplay|script|scene|narrator|narrative|dialogue|video game|npc|in a (?:\w+ )?(?:story|novel|movie|film|game|play|screenplay|fantasy world|universe|world where)|where it'?s legal|if you had no (?:restrictions|rules|filters)|for (?:a|my) (?:\w+ )?(?:story|novel|book|movie|screenplay|script|game|film|thriller)|screenplay|thriller|(?:a|this) (?:story|screenplay|scene|movie|novel)\b|role-?play|pretend|let'?s play a game|thought experiment|purely (?:academic|theoretical|as)|for (?:educational|research|academic|informational) purposes|as a joke|in character|grandm(?:a|other)|villain|character in|my character|bedtime story|writing a (?:\w+ )?(?:novel|story|screenplay|book|script|thriller)|rehears\w* (?:a|my|the) role|an actor)\b/;

const TARGET =
  /\b(?:bombs?|explosives?|pipe bomb|molotov|detonators?|napalm|thermite|meth(?:amphetamine)?|cocaine|heroin|fentanyl|nerve agents?|sarin|vx gas|ricin|anthrax|bioweapons?|chemical weapons?|poison (?:someone|a person|people|my|a city|the water)|poison(?:ing)? a city|water supply|untraceable (?:poison|gun|weapon)|kill (?:someone|a person|people|my)|murder (?:someone|a person)|hide a body|ghost gun|(?:build|make|print) (?:a |an )?(?:gun|firearm|weapon)|malware|ransomware|keylogger|botnet|ddos|exploit code|zero-day|credit card (?:numbers|fraud|skimm\w*)|steal(?:ing)? (?:passwords|credentials|identities|credit card|money|someone'?s)|hack(?:ing)? into|break(?:ing)? into|(?:hack|crack)(?:ing)? (?:\w+'?s? )?(?:wifi|wi-fi|password|account|network|email)|hurt someone|tatp|lethal dose|silencer|suppressor for a|stalk(?:ing)? (?:my|someone|a person|her|him)|spy on (?:my|someone)|track someone'?s (?:phone|location)|fake id|forged? (?:documents|passport|id)|phishing (?:email|kit|page|site)|launder(?:ing)? money|money laundering|counterfeit (?:money|bills|currency)|hotwire|child (?:porn\w*|sexual)|suicide (?:method|instructions)|self-harm (?:method|instructions))\b/;

const ASK =
  /\b(?:how (?:to|do i|would (?:i|you|someone|one)|can (?:i|you|someone|one)|could (?:i|someone|one))|step[- ]by[- ]step|steps|instructions|detailed|in detail|recipe|exact (?:amounts|quantities|steps|measurements|ingredients|materials)|ingredients|materials|tutorial|guide|walk me through|(?:the )?best way to|tell me (?:the|how|what)|explains? (?:exactly |in detail )?how|be specific|write (?:a|the|me) (?:code|script|program)|(?:write|create|build|code|develop|generate)\s+(?:me\s+)?(?:a|an|some|the)?\s*(?:working\s+|simple\s+)?(?:keylogger|malware|ransomware|virus|worm|trojan|botnet|exploit|phishing))\b/;

export interface HarmSignal {
  id: 'hypothetical_harm' | 'harmful_instructions';
  weight: number;
}

export function harmSignal(text: string): HarmSignal | undefined {
  if (!TARGET.test(text)) return undefined;
  const framed = FRAMING.test(text);
  const asks = ASK.test(text);
  if (framed && asks) return { id: 'hypothetical_harm', weight: 0.8 };
  // A direct "how do I make a bomb" is a harmful request rather than a jailbreak: it adds to
  // other signals but does not block on its own.
  if (asks) return { id: 'harmful_instructions', weight: 0.45 };
  if (framed) return { id: 'hypothetical_harm', weight: 0.3 };
  return undefined;
}
