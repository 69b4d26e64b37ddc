import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Lesson, Snippet } from './course-types';
import { lessonFrontmatterSchema } from './lesson-schema';
import { scanMdxBody, splitFrontmatter } from './mdx-scan';
import { UNPARSABLE, listDir, parseYamlText, readYamlFile, type Reporter, validate } from './read-files';
import { readQuiz } from './read-quiz';
import { snippetNotesSchema } from './snippet-schema';

const LESSON_FILES = new Set(['lesson.mdx', 'quiz.yaml', 'snippets']);
const SNIPPET_FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(c|notes\.yaml)$/;

/** Reads one lesson folder; returns `null` when the lesson itself cannot be used. */
export function readLesson(
  absDir: string,
  where: { slug: string; order: number; moduleSlug: string; dir: string },
  reporter: Reporter,
): { lesson: Lesson; snippets: Snippet[] } | null {
  for (const entry of listDir(absDir)) {
    if (!LESSON_FILES.has(entry.name)) reporter.report(path.join(absDir, entry.name), 'unexpected file or folder in a lesson');
  }
  const mdxFile = path.join(absDir, 'lesson.mdx');
  if (!fs.existsSync(mdxFile)) {
    reporter.report(mdxFile, 'missing lesson.mdx');
    return null;
  }

  const source = fs.readFileSync(mdxFile, 'utf8');
  const parts = splitFrontmatter(source);
  if (!parts) {
    reporter.report(mdxFile, 'missing YAML frontmatter between --- lines');
    return null;
  }
  const data = parseYamlText(parts.yaml, mdxFile, reporter);
  const frontmatter = data === UNPARSABLE ? null : validate(lessonFrontmatterSchema, data, mdxFile, reporter);
  const scan = scanMdxBody(parts.body);
  for (const problem of scan.problems) reporter.report(mdxFile, problem);

  const snippets = readSnippets(path.join(absDir, 'snippets'), where.slug, reporter);
  const quizFile = path.join(absDir, 'quiz.yaml');
  const quiz = fs.existsSync(quizFile) ? readQuiz(quizFile, reporter) : null;
  if (!frontmatter) return null;
  return {
    lesson: { ...frontmatter, ...where, headings: scan.headings, snippetIds: scan.snippetIds, termIds: scan.termIds, simulations: scan.simulations, quiz },
    snippets,
  };
}

function readSnippets(absDir: string, lessonSlug: string, reporter: Reporter): Snippet[] {
  if (!fs.existsSync(absDir)) return [];
  const entries = listDir(absDir);
  const snippets: Snippet[] = [];
  for (const entry of entries) {
    const abs = path.join(absDir, entry.name);
    const match = SNIPPET_FILE.exec(entry.name);
    if (!entry.isFile() || !match) {
      reporter.report(abs, 'snippets/ holds only kebab-case <id>.c files and their <id>.notes.yaml');
      continue;
    }
    const id = match[1] ?? '';
    if (match[2] === 'notes.yaml') {
      if (!fs.existsSync(path.join(absDir, `${id}.c`))) reporter.report(abs, `notes for a snippet that does not exist (${id}.c)`);
      continue;
    }
    snippets.push(readSnippet(abs, id, lessonSlug, reporter));
  }
  return snippets;
}

function readSnippet(absFile: string, id: string, lessonSlug: string, reporter: Reporter): Snippet {
  const code = fs.readFileSync(absFile, 'utf8').replace(/\r\n/g, '\n').replace(/\n+$/, '');
  const lineCount = code.split('\n').length;
  const notesFile = absFile.replace(/\.c$/, '.notes.yaml');
  const notes = fs.existsSync(notesFile) ? readYamlFile(snippetNotesSchema, notesFile, reporter) : null;
  notes?.notes.forEach((note, index) => {
    const last = note.endLine ?? note.line;
    if (last > lineCount) {
      reporter.report(notesFile, `line ${last} is past the snippet's last line (${lineCount})`, `notes.${index}`);
    }
  });
  return {
    id,
    file: path.relative(reporter.root, absFile).split(path.sep).join('/'),
    lessonSlug,
    code,
    lineCount,
    hash: createHash('sha256').update(code).digest('hex'),
    notes,
  };
}
