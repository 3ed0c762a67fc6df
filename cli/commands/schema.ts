/** `thidua schema`: the JSON Schema of the plan model. */
import type { Command } from 'commander';
import { planJsonSchema } from '../../shared/plan/model';
import type { Io } from '../io';

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .description('In JSON Schema của mô hình kế hoạch / print the plan model as JSON Schema')
    .action(() => {
      io.out(`${JSON.stringify(planJsonSchema(), null, 2)}\n`);
    });
}
