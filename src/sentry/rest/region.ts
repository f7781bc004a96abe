// On sentry.io an organization lives in one region (us.sentry.io, de.sentry.io) that the control host
// tells us about. Its answer decides where the token goes next, so it is only believed when it names
// the same service: https, and the control host itself or one of its subdomains.
import type { Get } from "./http.js";
import { parseAs } from "./parse.js";
import { apiPath, apiUrl } from "./paths.js";
import { organizationSchema } from "./schemas.js";

/** The control host that `base` is on, or null when it is not one (self-hosted: no discovery). */
export function controlHostOf(base: URL, controlHosts: readonly string[]): string | null {
  return controlHosts.find((host) => host.toLowerCase() === base.hostname) ?? null;
}

/** The region's origin when Sentry's regionUrl may receive the token, else null. */
export function trustedRegion(regionUrl: string | null | undefined, controlHost: string): URL | null {
  if (!regionUrl || !URL.canParse(regionUrl)) return null;
  const url = new URL(regionUrl);
  const host = controlHost.toLowerCase();
  const sameService = url.hostname === host || url.hostname.endsWith(`.${host}`);
  if (url.protocol !== "https:" || !sameService || url.username || url.password) return null;
  return new URL(url.origin);
}

/**
 * The base for every call of this organization. When the region is missing or not trusted, the
 * control host stays the base: sentry.io proxies region endpoints through it (one hop more), which
 * is slower but sends the token nowhere new.
 */
export async function discoverRegion(get: Get, base: URL, org: string, controlHost: string): Promise<URL> {
  const url = apiUrl(base, apiPath`/organizations/${org}/`);
  const answer = await get(url, {
    what: "read the organization",
    scope: "org:read",
    notFound: `Sentry has no organization "${org}" that this token can see: check org`,
  });
  const organization = parseAs(organizationSchema, answer.body, answer.endpoint);
  return trustedRegion(organization.links?.regionUrl, controlHost) ?? base;
}
