// Rules every write of an action obeys.
import { AppError } from '../errors.ts';

/** A due date before the start date is refused, naming `dueOn`. */
export function checkActionDates(startsOn: string | null, dueOn: string | null): void {
  if (startsOn && dueOn && dueOn < startsOn) {
    throw new AppError('bad-input', `dueOn: the due date ${dueOn} is before the start date ${startsOn}`, { place: { field: 'dueOn' } });
  }
}
