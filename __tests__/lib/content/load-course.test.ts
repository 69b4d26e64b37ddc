/** @jest-environment node */
import { ContentError } from '@/lib/content/content-error';
import { courseStats, loadCourse } from '@/lib/content/load-course';
import { lessonMdx, validCourseFiles, validFrontmatter, writeTree } from '../../support/content-fixture';

/** Loads a course that is expected to fail, and returns its issues. */
function issuesOf(files: Record<string, string>) {
  try {
    loadCourse(writeTree(files));
  } catch (error) {
    if (error instanceof ContentError) return error.issues;
    throw error;
  }
  throw new Error('expected the course to be rejected');
}

describe('loadCourse', () => {
  it('reads modules and lessons in the order of their numeric prefixes', () => {
    const course = loadCourse(writeTree(validCourseFiles()));
    expect(course.modules.map((m) => m.slug)).toEqual(['basics', 'more']);
    expect(course.lessons.map((l) => l.slug)).toEqual(['first', 'second', 'third']);
    expect(course.lessons[0]?.dir).toBe('01-basics/01-first');
    expect(course.lessons[0]?.headings).toEqual([{ depth: 2, text: 'One', id: 'one' }]);
  });

  it('reads snippets with their line count, hash and author notes', () => {
    const snippet = loadCourse(writeTree(validCourseFiles())).snippets.get('hello');
    expect(snippet).toMatchObject({ lessonSlug: 'first', lineCount: 2, file: 'lessons/01-basics/01-first/snippets/hello.c' });
    expect(snippet?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(snippet?.notes?.notes).toEqual([{ line: 2, text: 'A global.' }]);
  });

  it('reports statistics, with zero for kinds of content that do not exist yet', () => {
    expect(courseStats(loadCourse(writeTree(validCourseFiles())))).toEqual({
      modules: 2, lessons: 3, questions: 0, snippets: 1, glossaryTerms: 0, tracks: 0,
      questionTypes: { single: 0, multiple: 0, 'true-false': 0, order: 0, match: 0, 'code-line': 0, short: 0 },
    });
  });

  it('rejects an unknown frontmatter key with the file and the key', () => {
    const files = validCourseFiles();
    files['lessons/01-basics/02-second/lesson.mdx'] = lessonMdx({ ...validFrontmatter, minuets: 5 });
    expect(issuesOf(files)).toEqual([
      expect.objectContaining({ file: 'lessons/01-basics/02-second/lesson.mdx', message: expect.stringContaining('minuets') }),
    ]);
  });

  it('rejects a lesson with no title, naming the field', () => {
    const files = validCourseFiles();
    const { title: _omitted, ...rest } = validFrontmatter;
    files['lessons/02-more/01-third/lesson.mdx'] = lessonMdx(rest);
    expect(issuesOf(files)).toEqual([{ file: 'lessons/02-more/01-third/lesson.mdx', field: 'title', message: expect.any(String) }]);
  });

  it('rejects a module without a title', () => {
    const files = validCourseFiles();
    files['lessons/02-more/module.yaml'] = 'summary: No title.\n';
    expect(issuesOf(files)).toEqual([{ file: 'lessons/02-more/module.yaml', field: 'title', message: expect.any(String) }]);
  });

  it('rejects two lessons with the same id in different modules', () => {
    const files = validCourseFiles();
    files['lessons/02-more/02-first/lesson.mdx'] = lessonMdx(validFrontmatter);
    expect(issuesOf(files)).toEqual([expect.objectContaining({ file: 'lessons/02-more/02-first/lesson.mdx', message: expect.stringContaining('duplicate lesson id "first"') })]);
  });

  it('rejects two lessons with the same order in one module', () => {
    const files = validCourseFiles();
    files['lessons/01-basics/02-other/lesson.mdx'] = lessonMdx(validFrontmatter);
    expect(issuesOf(files)).toEqual([expect.objectContaining({ message: expect.stringContaining('duplicate lesson order 2') })]);
  });

  it('rejects two modules with the same order', () => {
    const files = validCourseFiles();
    files['lessons/02-extra/module.yaml'] = 'title: Extra\nsummary: Extra.\n';
    files['lessons/02-extra/01-fourth/lesson.mdx'] = lessonMdx(validFrontmatter);
    expect(issuesOf(files)).toEqual([expect.objectContaining({ message: expect.stringContaining('duplicate module order 2') })]);
  });

  it('rejects a prerequisite that names no lesson', () => {
    const files = validCourseFiles();
    files['lessons/02-more/01-third/lesson.mdx'] = lessonMdx({ ...validFrontmatter, prerequisites: ['first', 'zeroth'] });
    expect(issuesOf(files)).toEqual([
      { file: 'lessons/02-more/01-third/lesson.mdx', field: 'prerequisites.1', message: 'names no lesson: "zeroth"' },
    ]);
  });

  it('rejects a <Snippet> that refers to a snippet that does not exist', () => {
    const files = validCourseFiles();
    files['lessons/02-more/01-third/lesson.mdx'] = lessonMdx(validFrontmatter, '<Snippet id="missing-one" />\n');
    expect(issuesOf(files)).toEqual([expect.objectContaining({ message: expect.stringContaining('missing-one') })]);
  });

  it('rejects a <Term> with no glossary entry, and a glossary entry naming no lesson', () => {
    const files = validCourseFiles();
    files['lessons/glossary.yaml'] = 'terms:\n  - id: irql\n    term: IRQL\n    definition: The level.\n    lessons: [first, nowhere]\n';
    files['lessons/02-more/01-third/lesson.mdx'] = lessonMdx(validFrontmatter, '## A\n\nThe <Term id="irql">IRQL</Term> and a <Term id="dpc">DPC</Term>.\n');
    expect(issuesOf(files)).toEqual([
      { file: 'lessons/glossary.yaml', field: 'terms.0 (irql).lessons.1', message: 'names no lesson: "nowhere"' },
      { file: 'lessons/02-more/01-third/lesson.mdx', message: '<Term id="dpc"> has no entry in lessons/glossary.yaml' },
    ]);
  });

  it('rejects author notes that point past the last line of their snippet', () => {
    const files = validCourseFiles();
    files['lessons/01-basics/01-first/snippets/hello.notes.yaml'] = 'notes:\n  - line: 2\n    endLine: 9\n    text: Too far.\n';
    expect(issuesOf(files)).toEqual([
      { file: 'lessons/01-basics/01-first/snippets/hello.notes.yaml', field: 'notes.0', message: expect.stringContaining('past the snippet') },
    ]);
  });

  it('rejects the same snippet id in two lessons', () => {
    const files = validCourseFiles();
    files['lessons/02-more/01-third/snippets/hello.c'] = 'int y;\n';
    expect(issuesOf(files)).toEqual([expect.objectContaining({ message: expect.stringContaining('duplicate snippet id "hello"') })]);
  });

  it('rejects stray files and badly named folders', () => {
    const files = validCourseFiles();
    files['lessons/01-basics/01-first/notes.txt'] = 'stray';
    files['lessons/basics-extra/module.yaml'] = 'title: X\nsummary: Y\n';
    const issues = issuesOf(files);
    expect(issues.map((i) => i.file)).toEqual(['lessons/01-basics/01-first/notes.txt', 'lessons/basics-extra']);
  });

  it('rejects YAML that does not parse, and lists every issue at once', () => {
    const files = validCourseFiles();
    files['lessons/01-basics/module.yaml'] = 'title: [unclosed\n';
    files['lessons/02-more/01-third/lesson.mdx'] = lessonMdx({ ...validFrontmatter, minutes: 0 });
    const issues = issuesOf(files);
    expect(issues).toHaveLength(2);
    expect(issues[0]?.message).toMatch(/YAML does not parse/);
    expect(issues[1]).toMatchObject({ field: 'minutes' });
  });

  it('puts every issue in the error message', () => {
    const files = validCourseFiles();
    files['lessons/02-more/01-third/lesson.mdx'] = lessonMdx({ ...validFrontmatter, tags: ['Not Kebab'] });
    expect(() => loadCourse(writeTree(files))).toThrow(/lessons\/02-more\/01-third\/lesson\.mdx › tags\.0: must be lowercase kebab-case/);
  });
});
