import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// Screens and step content are lazy chunks: on a busy 2-core machine their import can take more
// than Testing Library's default 1 s, which made `findBy…` fail at random. Waiting longer never
// makes a wrong screen pass; it only stops a slow one from failing.
configure({ asyncUtilTimeout: 5_000 });
