import { labelCase, statOffers, type StatOffer } from './prefill.ts';

/** A stat the compose picker offers, with the story its evidence is from. */
export interface DeskStatOffer extends StatOffer {
  story_id: number | null;
}

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/**
 * Returns the stats story `storyId`'s fact sheet offers, each carrying its story, dates labelled
 * by what happens then (the fact sheet's `what`, or `label`), not "Date"/"Period" (issue 11).
 */
export function deskStatOffers(storyId: number | null, facts: Record<string, unknown> | null): DeskStatOffer[] {
  const dates = Array.isArray(facts?.dates) ? (facts.dates as unknown[]) : [];
  return statOffers(facts).map((o) => {
    const m = /^date-(\d+)$/.exec(o.ref);
    const fact = m ? (dates[Number(m[1])] as Record<string, unknown> | undefined) : undefined;
    const named = fact ? (text(fact.what) ?? text(fact.label)) : null;
    // A date the fact sheet does not name is offered unlabelled: "Date" said nothing (the editor writes it).
    return { ...o, label: named ? labelCase(named) : fact ? '' : o.label, story_id: storyId };
  });
}
