import { ApiError, type Problem } from '../api/client';

/**
 * Saves a file the API answered (a call made with `parseAs: 'blob'`, so that it carries the token and
 * the language like any other) under the name the API gives in Content-Disposition, else `fallbackName`.
 */
export async function downloadFile(
  request: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  const { data, error, response } = await request;
  if (!response.ok || !data) throw new ApiError(response.status, error as Problem | undefined);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  saveBlob(data, /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName);
}

/** Saves a file made or received in the page under a name. */
export function saveBlob(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
