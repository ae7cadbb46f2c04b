import type { Config } from '../config.ts';
import type { Site } from './types.ts';

/**
 * The `idDate` of every feed's tag: URI (RFC 4151 §2.1: any date the authority owned the name).
 * Fixed here, never derived from the clock, so feed ids never change.
 */
export const SITE_ID_DATE = '2026';

/** Returns the public site the feeds and pages describe, from the validated config. */
export function siteFromConfig(config: Config): Site {
  const baseUrl = config.baseUrl.replace(/\/+$/, '');
  return Object.freeze({
    title: config.siteTitle,
    description: config.siteDescription,
    baseUrl,
    hubUrl: config.websubHub,
    language: 'en',
    tagDomain: new URL(baseUrl).hostname,
    idDate: SITE_ID_DATE,
  });
}
