/** The sample plan's book, made in memory with the 2014 Cao Bằng units, as of mid-July 2014. */
import * as fs from 'fs';
import type { Book } from '../../shared/book/model';
import { createBook } from '../../shared/book/create';
import { readPlanText } from '../../shared/plan/read';
import { CAO_BANG_2014 } from '../../shared/units/cao-bang-2014';
import { SAMPLE } from './paths';

export function sampleBook(now: string): Book {
  const plan = readPlanText(fs.readFileSync(SAMPLE, 'utf8'));
  if (!plan.ok) throw new Error('sample plan');
  return createBook(plan.value, { units: CAO_BANG_2014, asOf: '2014-07-15', now }).book;
}
