import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
/** Screenshots of the main pages, committed and shown in the README. */
export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
/** What a run measured (bundle sizes, LCP, axe), for the closing note; not committed. */
export const OUTPUT = join(ROOT, 'web', 'e2e', 'output');

/** Set by the global setup. */
export const baseUrl = (): string => process.env.RANTAI_WEB_URL!;
/** Mails the app sent, one JSON object a line, written by the global setup's SMTP server. */
export const mailFile = (): string => process.env.RANTAI_WEB_MAIL_FILE!;
