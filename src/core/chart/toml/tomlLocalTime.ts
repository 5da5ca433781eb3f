/**
 * The zones BurntSushi/toml gives local date-times, dates and times (no offset in the document): fixed zones
 * named datetime-local, date-local and time-local at the machine's current offset. The encoder recognises
 * them to write such values back without an offset.
 */
import { GoLocation, localLocation } from '../functions/goTimeZone.js';

const localOffset = localLocation().lookup(Math.floor(Date.now() / 1000)).offset;

export const LOCAL_DATETIME = GoLocation.fixed('datetime-local', localOffset);
export const LOCAL_DATE = GoLocation.fixed('date-local', localOffset);
export const LOCAL_TIME = GoLocation.fixed('time-local', localOffset);
