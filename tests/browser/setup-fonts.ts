// Runs before every browser test file: the test fonts are in the page before any element renders, so
// mountMap can swap elements synchronously (tests look the new element up right after calling it).
import { loadTestFonts } from './test-fonts.ts';

await loadTestFonts();
