import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd();

/**
 * The README's pictures (docs/*.png) are screenshots the browser tests take: one is copied over
 * its picture when UPDATE_DOCS is set, or when the picture is missing.
 */
export function updateDocsPicture(screenshot: string, picture: string): void {
  const target = join(ROOT, 'docs', picture);
  if (process.env.UPDATE_DOCS || !existsSync(target)) copyFileSync(screenshot, target);
}
