/**
 * zod as the store uses it. Every schema of the store is built from this import, so the setting
 * below is made before any schema exists.
 */
import { z } from "zod";

// zod would otherwise probe `new Function("")` to compile faster parsers; the pane's
// Content-Security-Policy forbids eval, so the probe would be refused (and logged) in the browser.
z.config({ jitless: true });

export { z };
