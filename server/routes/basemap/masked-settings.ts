import type { BasemapSettings } from '../../../core/contracts/basemap';

/** What stands for a token in an answer; a PUT that sends it back keeps the token in use. */
export const tokenMask = '••••';


// A key written straight into a template (…&tk=abc) is a token too.
const keyInUrl = /([?&](?:tk|token|key|apikey|api_key|access_token)=)([^&#]*)/gi;

/** The settings with the token, and any key written into a URL, replaced by the mask: they never leave the server. */
export function maskSettings(settings: BasemapSettings): BasemapSettings {
  const maskUrl = (url: string) => url.replace(keyInUrl, (whole, name: string, value: string) => (value === '' || value === '{token}' ? whole : `${name}${tokenMask}`));
  return {
    ...settings,
    ...(settings.token ? { token: tokenMask } : {}),
    ...(settings.url ? { url: maskUrl(settings.url) } : {}),
    ...(settings.labelUrl ? { labelUrl: maskUrl(settings.labelUrl) } : {}),
  };
}

/**
 * The settings a PUT asks for, with masked values sent back as they were shown (the token, a URL with its key
 * masked) replaced by the ones in use: an administrator who changes only the attribution keeps the token.
 */
export function unmaskSettings(asked: BasemapSettings, inUse: BasemapSettings): BasemapSettings {
  const shown = maskSettings(inUse);
  const settings = { ...asked };
  if (asked.token === tokenMask) settings.token = inUse.token;
  if (asked.url && asked.url === shown.url) settings.url = inUse.url;
  if (asked.labelUrl && asked.labelUrl === shown.labelUrl) settings.labelUrl = inUse.labelUrl;
  return settings;
}
