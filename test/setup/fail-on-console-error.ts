/**
 * A test that makes the code under test call console.error fails: an error that reaches only the
 * console is an error the user never saw.
 */
const originalError = console.error;
let captured: unknown[][] = [];

beforeEach(() => {
  captured = [];
  console.error = (...args: unknown[]) => {
    captured.push(args);
  };
});

afterEach(() => {
  console.error = originalError;
  if (captured.length > 0) {
    const first = captured[0]?.map(String).join(" ");
    throw new Error(`console.error was called ${captured.length} time(s); first: ${first}`);
  }
});
