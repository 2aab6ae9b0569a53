import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A hand-read page: its text, issue date and gold file. */
export interface SamplePage {
  readonly name: string;
  readonly textPath: string;
  readonly text: string;
  readonly date: string;
  readonly goldPath: string;
}

/**
 * The directory of sample pages: `PARKBRIEF_SAMPLES`, or `shared/samples` beside the repository. The sample
 * text is a test input read from there; it is never copied into the repository.
 */
export function samplesDir(env: NodeJS.ProcessEnv = process.env): string {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  return path.resolve(env.PARKBRIEF_SAMPLES ?? path.join(repo, '..', 'shared', 'samples'));
}

/** Every page of a samples directory that has a `.gold.json` beside its `.txt`. */
export function samplePages(dir: string = samplesDir()): SamplePage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((gold) => {
      const name = gold.slice(0, -'.gold.json'.length);
      const goldPath = path.join(dir, gold);
      const { date } = JSON.parse(readFileSync(goldPath, 'utf8')) as { date: string };
      const textPath = path.join(dir, `${name}.txt`);
      return { name, textPath, text: readFileSync(textPath, 'utf8'), date, goldPath };
    });
}
