import { Clock } from '../../src/common/time/clock';

/** A clock the test moves by hand (override the app's Clock with it). */
export class FakeClock extends Clock {
  constructor(public current: Date) {
    super();
  }

  override now(): Date {
    return this.current;
  }
}
