import fs from 'node:fs';
import path from 'node:path';
import { ContentError } from './content-error';
import type { Course, CourseModule, Lesson, Snippet } from './course-types';
import { type GlossaryTerm, glossarySchema } from './glossary-schema';
import { moduleSchema } from './module-schema';
import { simulationExists } from './simulations';
import { readTracks } from './read-tracks';
import { canonicalJson, fingerprint } from '@/lib/tracks/track-hash';
import { NUMBERED_DIR, createReporter, listDir, readYamlFile, type Reporter } from './read-files';
import { readLesson } from './read-lesson';
import { questionField } from './read-quiz';
import { QUESTION_TYPES } from '@/lib/quiz/question-schema';

/**
 * Reads and validates the whole of `lessons/` under `root`.
 * Throws a ContentError that lists every problem, each with its file and field.
 */
export function loadCourse(root: string, lessonsDir = 'lessons'): Course {
  const reporter = createReporter(root);
  const absLessons = path.join(root, lessonsDir);
  if (!fs.existsSync(absLessons)) throw new ContentError([{ file: lessonsDir, message: 'the lessons folder does not exist' }]);

  const modules: CourseModule[] = [];
  const snippets = new Map<string, Snippet>();
  let glossary: GlossaryTerm[] = [];
  for (const entry of listDir(absLessons)) {
    const abs = path.join(absLessons, entry.name);
    if (entry.name === 'glossary.yaml') {
      glossary = readYamlFile(glossarySchema, abs, reporter)?.terms ?? [];
      continue;
    }
    if (entry.name === 'tracks' && entry.isDirectory()) continue;
    const match = NUMBERED_DIR.exec(entry.name);
    if (!entry.isDirectory() || !match) {
      reporter.report(abs, 'lessons/ holds only glossary.yaml and module folders named NN-module-slug');
      continue;
    }
    const mod = readModule(abs, Number(match[1]), match[2] ?? '', reporter, snippets);
    if (mod) modules.push(mod);
  }

  const lessons = modules.flatMap((m) => m.lessons);
  checkOrders(modules, absLessons, reporter);
  checkReferences(lessons, snippets, absLessons, reporter);
  checkQuestions(lessons, snippets, absLessons, reporter);
  checkGlossary(glossary, lessons, absLessons, reporter);
  const tracks = readTracks(path.join(absLessons, 'tracks'), lessons, reporter);
  if (modules.length === 0 && reporter.issues.length === 0) reporter.report(absLessons, 'the course has no modules');
  if (reporter.issues.length > 0) throw new ContentError(reporter.issues);
  const version = fingerprint(canonicalJson({ lessons, glossary, tracks, snippets: [...snippets.values()].map((sn) => [sn.id, sn.hash]) }));
  return { modules, lessons, snippets, glossary, tracks, version };
}

function checkGlossary(glossary: GlossaryTerm[], lessons: Lesson[], absLessons: string, reporter: Reporter): void {
  const file = path.join(absLessons, 'glossary.yaml');
  const ids = new Set<string>();
  const slugs = new Set(lessons.map((l) => l.slug));
  glossary.forEach((term, index) => {
    if (ids.has(term.id)) reporter.report(file, `duplicate term id "${term.id}"`, `terms.${index}`);
    ids.add(term.id);
    term.lessons.forEach((slug, i) => {
      if (!slugs.has(slug)) reporter.report(file, `names no lesson: "${slug}"`, `terms.${index} (${term.id}).lessons.${i}`);
    });
  });
  for (const lesson of lessons) {
    for (const id of lesson.termIds) {
      if (!ids.has(id)) reporter.report(path.join(absLessons, lesson.dir, 'lesson.mdx'), `<Term id="${id}"> has no entry in lessons/glossary.yaml`);
    }
  }
}

function readModule(
  absDir: string,
  order: number,
  slug: string,
  reporter: Reporter,
  snippets: Map<string, Snippet>,
): CourseModule | null {
  const metaFile = path.join(absDir, 'module.yaml');
  const meta = fs.existsSync(metaFile) ? readYamlFile(moduleSchema, metaFile, reporter) : null;
  if (!fs.existsSync(metaFile)) reporter.report(metaFile, 'missing module.yaml');

  const lessons: Lesson[] = [];
  let lessonFolders = 0;
  for (const entry of listDir(absDir)) {
    if (entry.name === 'module.yaml') continue;
    const abs = path.join(absDir, entry.name);
    const match = NUMBERED_DIR.exec(entry.name);
    if (!entry.isDirectory() || !match) {
      reporter.report(abs, 'a module holds module.yaml and lesson folders named NN-lesson-slug');
      continue;
    }
    lessonFolders += 1;
    const dir = `${path.basename(absDir)}/${entry.name}`;
    const read = readLesson(abs, { slug: match[2] ?? '', order: Number(match[1]), moduleSlug: slug, dir }, reporter);
    if (!read) continue;
    lessons.push(read.lesson);
    for (const snippet of read.snippets) {
      const clash = snippets.get(snippet.id);
      if (clash) reporter.report(path.join(reporter.root, snippet.file), `duplicate snippet id "${snippet.id}" (also ${clash.file})`);
      else snippets.set(snippet.id, snippet);
    }
  }
  if (lessonFolders === 0) reporter.report(absDir, 'the module has no lessons');
  return meta ? { ...meta, slug, order, dir: path.basename(absDir), lessons } : null;
}

function checkOrders(modules: CourseModule[], absLessons: string, reporter: Reporter): void {
  const moduleOrders = new Map<number, string>();
  const lessonSlugs = new Map<string, string>();
  for (const mod of modules) {
    const clash = moduleOrders.get(mod.order);
    if (clash) reporter.report(path.join(absLessons, mod.dir), `duplicate module order ${mod.order} (also ${clash})`);
    moduleOrders.set(mod.order, mod.dir);

    const lessonOrders = new Map<number, string>();
    for (const lesson of mod.lessons) {
      const file = path.join(absLessons, lesson.dir, 'lesson.mdx');
      const sameOrder = lessonOrders.get(lesson.order);
      if (sameOrder) reporter.report(file, `duplicate lesson order ${lesson.order} in module (also ${sameOrder})`);
      lessonOrders.set(lesson.order, lesson.dir);
      const sameSlug = lessonSlugs.get(lesson.slug);
      if (sameSlug) reporter.report(file, `duplicate lesson id "${lesson.slug}" (also ${sameSlug})`);
      lessonSlugs.set(lesson.slug, lesson.dir);
    }
  }
}

function checkReferences(lessons: Lesson[], snippets: Map<string, Snippet>, absLessons: string, reporter: Reporter): void {
  const slugs = new Set(lessons.map((l) => l.slug));
  for (const lesson of lessons) {
    const file = path.join(absLessons, lesson.dir, 'lesson.mdx');
    lesson.prerequisites.forEach((prereq, index) => {
      if (prereq === lesson.slug) reporter.report(file, 'a lesson cannot be its own prerequisite', `prerequisites.${index}`);
      else if (!slugs.has(prereq)) reporter.report(file, `names no lesson: "${prereq}"`, `prerequisites.${index}`);
    });
    for (const id of lesson.snippetIds) {
      if (!snippets.has(id)) reporter.report(file, `<Snippet id="${id}"> refers to a snippet that does not exist`);
    }
    for (const sim of lesson.simulations) {
      if (!simulationExists(sim.kind, sim.scenario)) reporter.report(file, `<${sim.kind} scenario="${sim.scenario}"> names no scenario`);
    }
  }
}

function checkQuestions(lessons: Lesson[], snippets: Map<string, Snippet>, absLessons: string, reporter: Reporter): void {
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    const file = path.join(absLessons, lesson.dir, 'quiz.yaml');
    lesson.quiz?.questions.forEach((q, index) => {
      const clash = seen.get(q.id);
      if (clash) reporter.report(file, `duplicate question id (also in lesson ${clash})`, questionField(index, q.id));
      else seen.set(q.id, lesson.slug);
      if (q.simulation && !simulationExists(q.simulation.kind === 'irp-flow' ? 'IrpFlow' : 'LockLab', q.simulation.scenario, q.simulation.variant)) {
        reporter.report(file, `names no ${q.simulation.kind} scenario "${q.simulation.scenario}"${q.simulation.variant ? ` with version "${q.simulation.variant}"` : ''}`, questionField(index, q.id, 'simulation'));
      }
      if (q.type !== 'code-line') return;
      const snippet = snippets.get(q.snippet);
      if (!snippet) {
        reporter.report(file, `names no snippet: "${q.snippet}"`, questionField(index, q.id, 'snippet'));
        return;
      }
      const pastEnd = [...q.lines, ...q.lineFeedback.map((f) => f.line)].filter((line) => line > snippet.lineCount);
      if (pastEnd.length > 0) {
        reporter.report(file, `line ${pastEnd.join(', ')} is past the last line of ${q.snippet} (${snippet.lineCount})`, questionField(index, q.id, 'lines'));
      }
    });
  }
}

/** Content statistics printed by `npm run content:check -- --json`. */
export function courseStats(course: Course) {
  const questions = course.lessons.flatMap((l) => l.quiz?.questions ?? []);
  return {
    modules: course.modules.length,
    lessons: course.lessons.length,
    questions: questions.length,
    questionTypes: Object.fromEntries(QUESTION_TYPES.map((t) => [t, questions.filter((q) => q.type === t).length])),
    snippets: course.snippets.size,
    glossaryTerms: course.glossary.length,
    tracks: course.tracks.length,
  };
}
