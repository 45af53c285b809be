import { ApiError, type Problem } from '../api/client';

/**
 * Shows a file the API answered (a call made with `parseAs: 'blob'`, which carries the session's token as a
 * plain link would not) in a tab of its own, where the browser's viewer reads a PDF or an image.
 */
export async function openFile(request: Promise<{ data?: Blob; error?: unknown; response: Response }>): Promise<void> {
  const { data, error, response } = await request;
  if (!response.ok || !data) throw new ApiError(response.status, error as Problem | undefined);
  const url = URL.createObjectURL(data);
  // Within seconds of the click, which browsers still count as the user's (no pop-up blocker).
  const link = Object.assign(document.createElement('a'), { href: url, target: '_blank', rel: 'noopener' });
  document.body.append(link);
  link.click();
  link.remove();
  // The tab has read it well within a minute; the memory is freed then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
