/** Kept apart from db.ts so the bare reader can name the database without importing Dexie. */
export const DB_NAME = 'alliances-territoires-progress';
