/** The channel page of an organization: `/bakeriet/channels/facebook`. */
export function channelHref(slug: string, key: string): string {
  return `/${encodeURIComponent(slug)}/channels/${encodeURIComponent(key)}`;
}
