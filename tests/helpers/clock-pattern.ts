/**
 * The desk's clock reading as a RegExp source: "14:32 UTC", or with the date in front when the time is
 * not today ("Jan 1, 00:15 UTC") and the year when it is not this year ("Jan 1, 2027, 00:15 UTC").
 * Tests that read a claim's expiry use it so that they pass at any time of day, including just before
 * midnight and on New Year's Eve.
 */
export const CLOCK = String.raw`(?:[A-Z][a-z]{2} \d{1,2}, (?:\d{4}, )?)?\d\d:\d\d UTC`;
