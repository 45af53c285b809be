/** The token of a mailed link: it travels in the fragment (`#token=`), which the browser sends to no server. */
export const linkToken = (): string => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
