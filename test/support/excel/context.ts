/**
 * The fake's Excel.RequestContext: the proxies a batch made, the properties it assigned (watched
 * until a sync applies them), the failure a queued command will raise at the next sync, and the
 * hooks that run before and after it.
 */
import { OfficeMockObject } from "office-addin-mock";
import { FakeWorkbook } from "./fakeWorkbook";

// OfficeMockObject declares an index signature, so its properties are `any`.
export type Proxy = OfficeMockObject & Record<string, any>;

const NOT_LOADED = "Error, property was not loaded";
const NOT_SYNCED = "Error, context.sync() was not called";

/** True for the strings OfficeMockObject reads as before a property is loaded and synced. */
export function isMockError(v: unknown): boolean {
  return v === NOT_LOADED || v === NOT_SYNCED;
}

/** An error as Office.js raises it: an OfficeExtension.Error with a code. */
export function officeError(code: string, message: string): Error {
  const e = new Error(message) as Error & { code: string };
  e.name = "OfficeExtension.Error";
  e.code = code;
  return e;
}

interface Watcher {
  readonly target: Proxy;
  readonly props: readonly string[];
  readonly last: Map<string, unknown>;
  readonly apply: (prop: string, value: unknown) => void;
}

export class FakeContext {
  private readonly loaded = new Set<Proxy>();
  readonly watchers: Watcher[] = [];
  readonly beforeSync: (() => void)[] = [];
  readonly afterSync: (() => void)[] = [];
  pendingError: Error | null = null;
  /** context.sync calls of this context. */
  syncs = 0;
  readonly workbook: Proxy;
  readonly sync: () => Promise<void>;

  /** A context of `book`; without one, of a new empty workbook (for code handed a context). */
  constructor(readonly book: FakeWorkbook = new FakeWorkbook()) {
    this.workbook = book.workbookProxy(this);
    this.sync = () => {
      this.syncs++;
      return book.sync(this);
    };
  }

  /** Keeps `proxy` for the next sync if the code loads anything of it (else its sync is a no-op). */
  register(proxy: Proxy): Proxy {
    const load = proxy.load.bind(proxy);
    proxy.load = (what?: unknown) => {
      this.loaded.add(proxy);
      return load(what as string);
    };
    return proxy;
  }

  /** Syncs the proxies loaded since the last sync: their loaded properties become readable. */
  async syncLoaded(): Promise<void> {
    const loaded = [...this.loaded];
    this.loaded.clear();
    await Promise.all(loaded.map((p) => p.sync()));
  }

  /** Applies the properties in `props` that the code assigns on `target`, at the next sync. */
  watch(
    target: Proxy,
    props: readonly string[],
    apply: (prop: string, value: unknown) => void
  ): void {
    const last = new Map<string, unknown>();
    for (const p of props) last.set(p, target[p]);
    this.watchers.push({ target, props, last, apply });
  }

  /** Makes the next sync throw `error` (the first failure queued wins). */
  fail(error: Error): void {
    this.pendingError ??= error;
  }

  /** Throws the failure a queued command raised, if any. */
  throwPending(): void {
    const e = this.pendingError;
    this.pendingError = null;
    if (e) throw e;
  }

  /** Applies every assigned property that changed since the last sync. */
  applyWrites(): void {
    for (const w of this.watchers) {
      for (const p of w.props) {
        const value = w.target[p];
        if (value !== w.last.get(p) && !isMockError(value)) w.apply(p, value);
      }
    }
  }

  /** Takes the watched properties as they are now as applied. */
  markApplied(): void {
    for (const w of this.watchers) for (const p of w.props) w.last.set(p, w.target[p]);
  }

  /** True when a proxy holds an assigned property that no sync has applied yet. */
  unsyncedWrites(): boolean {
    return this.watchers.some((w) =>
      w.props.some((p) => w.target[p] !== w.last.get(p) && !isMockError(w.target[p]))
    );
  }
}
