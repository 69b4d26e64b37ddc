import { buildQuestionBank } from '@/lib/content/question-bank';

// Written once at build time as /question-bank.json; fetched only by /checks and /review.
export const dynamic = 'force-static';

export async function GET() {
  return Response.json(await buildQuestionBank());
}
