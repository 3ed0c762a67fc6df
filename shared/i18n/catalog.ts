/**
 * The shape of every user-facing string, so that the Vietnamese and English catalogs cannot drift
 * apart: a key missing from one of them is a compile error.
 */
import type { Location } from '../errors/location';

export type Lang = 'vi' | 'en';

export interface ProblemMessages {
  emptyInput: () => string;
  tooLarge: (p: { size: number; limit: number }) => string;
  legacyDoc: () => string;
  notADocument: (p: { kind: string }) => string;
  corruptDocx: (p: { detail: string }) => string;
  undecodableText: () => string;
  legacyEncodingConverted: (p: { encoding: string }) => string;
  noTaskTable: () => string;
  noTasks: () => string;
  taskBeforePeriod: (p: { label: string }) => string;
  unknownPeriod: (p: { label: string }) => string;
  emptyTaskContent: (p: { no: string }) => string;
  duplicateTaskNumber: (p: { no: number; period: string }) => string;
  invalidModel: (p: { path: string; detail: string }) => string;
}

export interface Catalog {
  problems: ProblemMessages;
  location: (at: Location) => string;
  severity: { error: string; warning: string };
}
