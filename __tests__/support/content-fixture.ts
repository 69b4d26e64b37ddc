import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes a tree of files (path -> text) into a fresh temporary folder and returns its path. */
export function writeTree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rz-content-'));
  for (const [file, text] of Object.entries(files)) {
    const abs = path.join(root, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
  }
  return root;
}

export function lessonMdx(frontmatter: Record<string, unknown>, body = '## Overview\n\nText.\n'): string {
  const yaml = Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

/** Frontmatter that passes the schema; tests override one field at a time. */
export const validFrontmatter = {
  title: 'Spin locks',
  summary: 'How to hold a spin lock.',
  objectives: ['Acquire a spin lock'],
  minutes: 10,
  prerequisites: [],
  tags: ['irql'],
  references: [{ title: 'KeAcquireSpinLock function (wdm.h)' }],
};

/** A small, valid course: two modules, three lessons, one snippet. */
export function validCourseFiles(): Record<string, string> {
  return {
    'lessons/01-basics/module.yaml': 'title: Basics\nsummary: The basics.\n',
    'lessons/01-basics/01-first/lesson.mdx': lessonMdx({ ...validFrontmatter, title: 'First' }, '## One\n\n<Snippet id="hello" />\n'),
    'lessons/01-basics/01-first/snippets/hello.c': '#include <ntddk.h>\nint x;\n',
    'lessons/01-basics/01-first/snippets/hello.notes.yaml': 'notes:\n  - line: 2\n    text: A global.\n',
    'lessons/01-basics/02-second/lesson.mdx': lessonMdx({ ...validFrontmatter, title: 'Second', prerequisites: ['first'] }),
    'lessons/02-more/module.yaml': 'title: More\nsummary: More things.\n',
    'lessons/02-more/01-third/lesson.mdx': lessonMdx({ ...validFrontmatter, title: 'Third' }),
  };
}
