import { canonicalJson, fingerprint } from './track-hash';
import { type Track, trackSchema } from './track-schema';

/** The most a share link may carry, so a pasted link cannot smuggle in megabytes. */
export const MAX_SHARE_LENGTH = 6000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Encodes a track for a share link: version, checksum and the track, base64url. */
export function encodeTrack(track: Track): string {
  const body = canonicalJson(track);
  return toBase64Url(JSON.stringify({ v: 1, sum: fingerprint(body), track: JSON.parse(body) as unknown }));
}

export type DecodeResult = { ok: true; track: Track } | { ok: false; message: string };

/** Reads a share link's track; a damaged, edited or oversized link gets a message naming the problem. */
export function decodeTrack(encoded: string): DecodeResult {
  if (encoded.length > MAX_SHARE_LENGTH) return { ok: false, message: `The link is too long (${encoded.length} characters; at most ${MAX_SHARE_LENGTH}).` };
  let envelope: unknown;
  try {
    envelope = JSON.parse(fromBase64Url(encoded));
  } catch {
    return { ok: false, message: 'The link is damaged: its track data cannot be read. Ask for the link again.' };
  }
  if (typeof envelope !== 'object' || envelope === null || (envelope as { v?: unknown }).v !== 1) {
    return { ok: false, message: 'The link is not a Ring Zero track link, or comes from a newer version.' };
  }
  const { sum, track } = envelope as { sum?: unknown; track?: unknown };
  if (typeof sum !== 'string' || fingerprint(canonicalJson(track)) !== sum) {
    return { ok: false, message: 'The link has been changed since it was made: its checksum does not match. Ask for the link again.' };
  }
  const parsed = trackSchema.safeParse(track);
  if (!parsed.success) return { ok: false, message: `The link's track is not valid (${parsed.error.issues[0]?.path.join('.') || 'track'}: ${parsed.error.issues[0]?.message}).` };
  return { ok: true, track: parsed.data };
}
