import type { Beat } from './beat';
import { casualties } from './casualties';
import { crime } from './crime';
import { disasters } from './disasters';
import { health } from './health';
import { business } from './business';
import { economy } from './economy';
import { politics } from './politics';
import { sport } from './sport';
import { technology } from './technology';

export type { Beat } from './beat';

/**
 * Every beat the engine reads, in priority order: where two beats' words fit one phrase, the
 * earlier beat's class wins. Adding a beat is adding its folder and a line here.
 */
export const BEATS: readonly Beat[] = [casualties, crime, disasters, health, business, economy, politics, sport, technology];
