import { rmSync } from 'node:fs';

export default function globalTeardown(): void {
  const templateDir = process.env.RANTAI_TEST_TEMPLATE_DIR;
  if (templateDir) rmSync(templateDir, { recursive: true, force: true });
}
