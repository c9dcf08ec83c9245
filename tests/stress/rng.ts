/** The stress trials use the player's own seeded generator, so a failing trial replays from its seed. */
export { rng, type Rng } from '../../src/lib/seeded-random';
