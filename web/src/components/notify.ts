import { notifications } from '@mantine/notifications';

type Tone = 'done' | 'warning' | 'failed';
const COLOR: Record<Tone, string> = { done: 'green', warning: 'yellow', failed: 'red' };

/**
 * A short message that closes itself. Without a close button: Mantine's has no accessible name,
 * and a note that leaves on its own needs none.
 */
export function notify(message: string, tone: Tone = 'done'): void {
  notifications.show({ color: COLOR[tone], message, withCloseButton: false });
}
