import type { TextSize } from '../text-size';
import type { HighlightStyle, Mode, Motion } from './choices';

/**
 * Every sentence the options page shows, in one place, so translating the page later means
 * translating this file. Verdict words and meanings come from claims/words.ts, shared with the
 * card and the database page.
 */
export const STRINGS = {
  title: 'GutCheck options',
  intro: 'Changes are saved at once and apply to open pages straight away. Everything here stays on this device.',
  whereTitle: 'Where GutCheck runs',
  everywhere: 'Everywhere',
  sitesTitle: 'Sites with their own setting',
  sitesEmpty: 'No site has its own setting yet. Sites you pause from the toolbar button are listed here too.',
  siteMode: (host: string) => `Setting for ${host}`,
  removeSite: 'Remove',
  removeSiteName: (host: string) => `Remove ${host} (it then follows “Everywhere”)`,
  addTitle: 'Add a site',
  addSite: 'Site address or name',
  addSiteHint: 'For example example.org, or paste the address of a page on that site.',
  addMode: 'Setting for this site',
  add: 'Add',
  badSite: 'That does not look like a site address. Try a name such as example.org.',
  siteAdded: (host: string) => `${host} added.`,
  siteRemoved: (host: string) => `${host} removed; it follows “Everywhere” again.`,
  markTitle: 'What to mark',
  verdictsLegend: 'Mark claims with these verdicts',
  verdictsHint:
    'Claims with an unticked verdict are not marked on pages and open no card, whether a page makes them or only mentions them. The toolbar badge still counts every claim a page makes.',
  noneMarked: 'No verdict is ticked, so GutCheck marks nothing; the toolbar badge still counts claims.',
  lookTitle: 'How marks and cards look',
  highlightLegend: 'Marks on the page',
  textSizeLegend: 'Text size in the evidence card',
  motionLegend: 'Motion',
  motionHint: 'GutCheck’s only movement is the smooth scrolling of the claims database page to an entry.',
  reportsTitle: 'Wrong-match reports',
  reportsIntro:
    'Reports you made with “Wrong match?” in a card. They stay on this device: nothing is sent anywhere. Export saves them as a file you can share if you choose.',
  reportsEmpty: 'No reports saved.',
  exportReports: 'Export all (JSON file)',
  deleteAll: 'Delete all',
  confirmDeleteAll: (n: number) => `Delete all ${reportCount(n)}? This cannot be undone.`,
  confirmYes: 'Yes, delete all',
  confirmNo: 'Keep them',
  deleteOne: 'Delete',
  deleteOneName: (claim: string) => `Delete the report about “${claim}”`,
  reportDate: 'Reported',
  reportPage: 'Page',
  reportPassage: 'Marked words',
  reportNote: 'Your note',
  unknownClaim: (id: string) => `A claim no longer in the database (${id})`,
  reportDeleted: 'Report deleted.',
  allDeleted: 'All reports deleted.',
  exported: (n: number, file: string) => `Saved ${reportCount(n)} as ${file}.`,
  actionFailed: 'That could not be done: the browser refused to change its storage. Please try again.',
  privacy: 'GutCheck reads pages on this device and sends nothing anywhere.',
} as const;

/** "1 report", "3 reports". */
export function reportCount(n: number): string {
  return n === 1 ? '1 report' : `${n} reports`;
}

/** The modes in words (the popup's words, so both read alike). */
export const MODE_WORDS: Readonly<Record<Mode, string>> = {
  marks: 'Mark claims on the page',
  badge: 'Count claims on the toolbar only',
  off: 'Paused',
};

export const HIGHLIGHT_WORDS: Readonly<Record<HighlightStyle, string>> = {
  tint: 'Underline and a light tint behind the words',
  underline: 'Underline only',
};

export const TEXT_SIZE_WORDS: Readonly<Record<TextSize, string>> = {
  normal: 'Normal',
  large: 'Large',
  larger: 'Larger',
};

export const MOTION_WORDS: Readonly<Record<Motion, string>> = {
  system: 'Follow my system setting',
  reduce: 'Always reduce motion',
};

/** Short, calm notes when storage misbehaves: the person keeps working with what GutCheck could keep. */
export const PROBLEM_NOTES = {
  unreadable: 'GutCheck could not read its saved settings, so it is using the defaults for now.',
  repaired: 'Some saved GutCheck settings were damaged. The parts that could be read are kept; the rest are back to their defaults.',
  unsaved: 'This change could not be saved (the browser refused to store it). It will be lost when the browser closes.',
} as const;
