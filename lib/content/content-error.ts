/** One thing wrong with the course content: where it is, and what. */
export interface ContentIssue {
  /** Path relative to the project root, for example `lessons/01-foundations/module.yaml`. */
  file: string;
  /** The field at fault, as a dotted path (`objectives.0`), when there is one. */
  field?: string;
  message: string;
}

/** Thrown when `lessons/` does not validate; the message lists every issue. */
export class ContentError extends Error {
  readonly issues: ContentIssue[];

  constructor(issues: ContentIssue[]) {
    super(`Course content is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
  }
}

export function formatIssue(issue: ContentIssue): string {
  return `  ${issue.file}${issue.field ? ` › ${issue.field}` : ''}: ${issue.message}`;
}
