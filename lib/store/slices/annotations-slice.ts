import type { StateCreator } from 'zustand';
import type { Annotation } from '@/lib/annotations/annotation-schema';
import type { CourseStore } from '../store-types';

export interface AnnotationsSlice {
  annotations: Annotation[];
  addAnnotation(note: Annotation): void;
  /** Changes a note's text or lines; its snippet hash and line text are kept from when it was written unless given. */
  updateAnnotation(id: string, patch: Partial<Pick<Annotation, 'text' | 'startLine' | 'endLine' | 'snippetHash' | 'lineText'>>): void;
  /** Deletes a note, keeping a tombstone so another tab's copy does not bring it back. */
  deleteAnnotation(id: string): void;
  /** Undoes a delete. */
  restoreAnnotation(id: string): void;
}

const now = () => new Date().toISOString();

export const createAnnotationsSlice: StateCreator<CourseStore, [], [], AnnotationsSlice> = (set) => {
  const change = (id: string, fn: (n: Annotation) => Annotation) =>
    set((s) => ({ annotations: s.annotations.map((n) => (n.id === id ? fn(n) : n)) }));
  return {
    annotations: [],
    addAnnotation: (note) => set((s) => ({ annotations: [...s.annotations, note] })),
    updateAnnotation: (id, patch) => change(id, (n) => ({ ...n, ...patch, updatedAt: now() })),
    deleteAnnotation: (id) => change(id, (n) => ({ ...n, deletedAt: now() })),
    restoreAnnotation: (id) =>
      change(id, (n) => {
        const { deletedAt: _gone, ...rest } = n;
        return { ...rest, updatedAt: now() };
      }),
  };
};
