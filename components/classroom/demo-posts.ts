/**
 * The demo page's posts, invented for teaching: one of each kind of page a lesson meets (a photo
 * caption, a forum thread with two voices, a shop, a clinic, a careful debunk, plain true
 * statements). They live in the extension so a lesson never depends on a live site; no real
 * brand, person or address appears. `title` is read as the page's title (the engine's context),
 * `body` is the text as shown: paragraphs split by a blank line, lines by a line break. They are
 * data in English, like the claims database, not UI words (locales/): the engine they
 * demonstrate reads English, so a translated post would find nothing.
 */
export interface DemoPost {
  /** Stable id: the post's anchor on the demo page. */
  id: string;
  /** What kind of page this imitates, shown above the post. */
  kind: string;
  title: string;
  body: string;
}

export const DEMO_POSTS: readonly DemoPost[] = [
  {
    id: 'caption',
    kind: 'Photo caption on a social app',
    title: '@sunrise.gut.diaries',
    body: [
      'Day 14 of my gut reset ✨ Bone broth every morning has sealed my leaky gut, and my skin is the clearest it has been in years.',
      'Collagen peptides rebuild your gut wall, so two scoops go in my coffee. Honestly, leaky gut is the root cause of most chronic illness 🙌',
      '#leakygut #guthealing #morningroutine',
    ].join('\n\n'),
  },
  {
    id: 'thread',
    kind: 'Forum thread, two voices',
    title: 'Did cutting gluten fix anyone else’s brain fog?',
    body: [
      'u/oat_and_honey: Gluten causes leaky gut in everyone, so I cut it out completely. Two weeks later my brain fog has lifted. My leaky gut was causing the fog all along.',
      'u/night_shift_nurse: Glad you feel better! But gluten only damages the gut lining in people with coeliac disease. For everyone else there is no good evidence that it makes the gut leaky. Brain fog has many causes, so it is worth asking your doctor.',
    ].join('\n\n'),
  },
  {
    id: 'shop',
    kind: 'Supplement shop page',
    title: 'SealWell Gut Repair Blend – 60 capsules',
    body: [
      'SealWell Gut Repair Blend heals and seals your gut lining in 30 days.',
      'L-glutamine, zinc carnosine and slippery elm work together to repair a leaky gut.',
      '• L-Glutamine 5 g\n• Zinc carnosine 75 mg\n• Slippery elm 400 mg',
      'Follow our 12-week protocol and your leaky gut is cured for good.',
    ].join('\n\n'),
  },
  {
    id: 'clinic',
    kind: 'Clinic page',
    title: 'Brookside Root-Cause Wellness Clinic – Tests we offer',
    body: [
      'Not sure if you have leaky gut? Our zonulin blood test can diagnose leaky gut in one visit.',
      'Our IgG food sensitivity panel shows which foods you should cut out.',
      'Leaky gut syndrome is a real medical diagnosis that conventional doctors overlook. We look deeper.',
    ].join('\n\n'),
  },
  {
    id: 'debunk',
    kind: 'Careful article',
    title: 'Four leaky-gut myths, checked against the research',
    body: [
      'Myth: a zonulin test can diagnose leaky gut. It cannot. Several zonulin tests on sale do not even measure zonulin, and no zonulin test is approved for diagnosing anything.',
      'Myth: bone broth heals the gut lining. There is no study in people showing that it does; your body digests broth like any other food.',
      'What is true: increased intestinal permeability is real and can be measured, mostly in research studies.',
    ].join('\n\n'),
  },
  {
    id: 'facts',
    kind: 'Plain statements of what is known',
    title: 'What the research does support',
    body: [
      'NSAID painkillers such as ibuprofen and aspirin raise intestinal permeability.',
      'Alcohol raises intestinal permeability, especially heavy drinking.',
      'Intestinal permeability is raised in coeliac disease.',
      'Fermented foods and dietary fibre support a healthy gut microbiome.',
    ].join('\n\n'),
  },
];
