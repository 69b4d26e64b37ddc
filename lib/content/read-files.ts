import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { ContentIssue } from './content-error';

/** A folder name such as `03-irql-and-synchronization`: its order and slug. */
export const NUMBERED_DIR = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export interface Reporter {
  root: string;
  issues: ContentIssue[];
  report(absFile: string, message: string, field?: string): void;
}

export function createReporter(root: string): Reporter {
  const issues: ContentIssue[] = [];
  return {
    root,
    issues,
    report(absFile, message, field) {
      const file = path.relative(root, absFile).split(path.sep).join('/');
      issues.push(field ? { file, field, message } : { file, message });
    },
  };
}

export function listDir(dir: string): fs.Dirent[] {
  return fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

/** Returned by `parseYamlText` for text that is not YAML. */
export const UNPARSABLE = Symbol('unparsable');

/** Parses YAML text; on a syntax error reports it and returns `UNPARSABLE`. */
export function parseYamlText(text: string, absFile: string, reporter: Reporter): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    reporter.report(absFile, `YAML does not parse: ${(error as Error).message.split('\n')[0]}`);
    return UNPARSABLE;
  }
}

/** Validates data against a schema, reporting each zod issue with its field path. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  absFile: string,
  reporter: Reporter,
  fieldPrefix = '',
): z.infer<S> | null {
  const result = schema.safeParse(data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
    const field = [fieldPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
    reporter.report(absFile, `${issue.message}${keys}`, field || undefined);
  }
  return null;
}

/** Reads and validates a YAML file. */
export function readYamlFile<S extends z.ZodType>(schema: S, absFile: string, reporter: Reporter): z.infer<S> | null {
  const data = parseYamlText(fs.readFileSync(absFile, 'utf8'), absFile, reporter);
  return data === UNPARSABLE ? null : validate(schema, data, absFile, reporter);
}
