/** Stems of the topic, each anchored where a word starts (`\b`). */
const STEMS = [
  String.raw`\bguts?\b`,
  String.raw`\bgut(?:health|heal)`,
  String.raw`\bleak`,
  String.raw`\bintestin`,
  String.raw`\bbowel`,
  String.raw`permeab`,
  String.raw`\bmicrobio`,
  String.raw`biotics?\b`,
  String.raw`\bdigest(?:ion|ive)`,
  String.raw`\bzonulin`,
  String.raw`\bgluten`,
  String.raw`\bc(?:e|oe|œ)liac`,
  String.raw`\b(?:ibs|ibd|sibo|gerd|lps|nsaids?|ppis?|igg)\b`,
  String.raw`\bcandida`,
  String.raw`\bcolon\b`,
  String.raw`\bstomach`,
  String.raw`\btumm(?:y|ies)`,
  String.raw`\bbell(?:y|ies)\b`,
  String.raw`\bmucos`,
  String.raw`\bepitheli`,
  String.raw`\benterocyte`,
  String.raw`\btight junction`,
  String.raw`\bgut barrier`,
  String.raw`\bbarrier (?:function|repair|integrity)`,
  String.raw`bone broth`,
  String.raw`\bcollagen`,
  String.raw`\bglutamine`,
  String.raw`\bcolostrum`,
  String.raw`\bbpc`,
  String.raw`\bglycine`,
  String.raw`\blactulose`,
  String.raw`\bmannitol`,
  String.raw`\bnightshade`,
  String.raw`\bkefir`,
  String.raw`\bfermented`,
  String.raw`\bfood sensitivit`,
  String.raw`\bintoleran`,
  String.raw`\baloe`,
  String.raw`\bslippery elm`,
  String.raw`\bmarshmallow root`,
  String.raw`\bmucilag`,
  String.raw`\bcrohn`,
  String.raw`\bcolitis`,
  String.raw`\bfodmap`,
  String.raw`\bheartburn`,
  String.raw`\breflux`,
  String.raw`\bbloat`,
  String.raw`\bconstipat`,
  String.raw`\bdiarrh`,
];

const TOPIC = new RegExp(STEMS.join('|'), 'i');
/** The same stems anywhere inside a hashtag, run together: #leakygut, #GutHealingJourney, #bonebroth. */
const HASHTAG_TOPIC = new RegExp(`#[\\p{L}\\p{N}_]*?(?:${STEMS.map((stem) => stem.replaceAll('\\b', '').replaceAll(' ', '')).join('|')})`, 'iu');

/**
 * Whether a text could hold a claim GutCheck knows: any word of the gut-health topic. The
 * extension's injected reader asks this of every page and loads the engine only where it passes,
 * so it must never say no to text the engine would mark (measured over every corpus and the
 * claims' own examples by test/unit/topic.test.ts), while ordinary pages (news, code, shops for
 * other things) should fail it. A false yes costs one engine load; a false no hides a claim.
 */
export function mentionsGutTopic(text: string): boolean {
  return TOPIC.test(text) || (text.includes('#') && HASHTAG_TOPIC.test(text));
}
