// Talks to the Activity Lens extension, which holds the Partner Center sign-in and what its sync fetched. The app
// frames the extension's bridge page (hidden) and opens one MessagePort conversation per request through it; the
// extension answers only if the user paired this app's origin in the extension. Where the extension is comes as
// ?bridge=<extension origin> when the extension opens the app, and is remembered (it is not a secret).
import {
  APP_BRIDGE_CONNECT,
  APP_BRIDGE_PAGE,
  type AppToExtensionMessage,
  type ExtensionToAppMessage,
} from '../bridge-contract/app-bridge-protocol';
import type { ActivityRecord } from '../core/record/activity-record';

export const EXTENSION_BRIDGE_KEY = 'activity-lens.extension-bridge';
/** How long the extension may take to say ready or refused before we call it absent. */
export const BRIDGE_ANSWER_MS = 8_000;

const CHROME_ID = /^[a-p]{32}$/;
const EXTENSION_ORIGIN = /^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** A bridge origin we accept from a link: only an extension origin (a web address here could feed the archive). */
export function bridgeOriginFrom(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  if (CHROME_ID.test(value)) return `chrome-extension://${value}`;
  return EXTENSION_ORIGIN.test(value) ? value : undefined;
}

/** The extension's origin, from this address (then remembered) or from an earlier visit. */
export function knownExtensionBridge(search = window.location.search): string | undefined {
  const fromUrl = bridgeOriginFrom(new URLSearchParams(search).get('bridge'));
  if (fromUrl) localStorage.setItem(EXTENSION_BRIDGE_KEY, fromUrl);
  return fromUrl ?? bridgeOriginFrom(localStorage.getItem(EXTENSION_BRIDGE_KEY));
}

/** A problem with the bridge, as a value: `kind` for code, `message` for the user. */
export interface BridgeProblem {
  kind: 'no-extension' | 'not-paired' | 'disconnected' | 'cancelled' | string;
  message: string;
}

const frames = new Map<string, Promise<Window>>();

function bridgeFrame(origin: string): Promise<Window> {
  let frame = frames.get(origin);
  if (!frame) {
    frame = new Promise<Window>((resolve) => {
      const f = document.createElement('iframe');
      f.src = `${origin}/${APP_BRIDGE_PAGE}`;
      f.hidden = true;
      f.title = 'Activity Lens extension bridge';
      f.setAttribute('aria-hidden', 'true');
      f.tabIndex = -1;
      f.addEventListener('load', () => resolve(f.contentWindow!), { once: true });
      document.body.append(f);
    });
    frames.set(origin, frame);
  }
  return frame;
}

/** One conversation with the extension: messages in order, then its end. */
export class ExtensionConversation {
  #queue: ExtensionToAppMessage[] = [];
  #wake: (() => void) | undefined;
  #closed = false;
  #ended: BridgeProblem | undefined;

  private constructor(private readonly port: MessagePort) {
    port.onmessage = (e: MessageEvent<ExtensionToAppMessage>) => {
      const m = e.data;
      if (m?.type === 'refused') this.#end({ kind: 'not-paired', message: m.message });
      else if (m?.type === 'error' && m.kind === 'disconnected') this.#end({ kind: 'disconnected', message: 'The extension closed the connection before it finished.' });
      else this.#queue.push(m);
      this.#wake?.();
    };
  }

  /** Opens a conversation; resolves once the extension said ready, rejects with a BridgeProblem otherwise. */
  static async open(bridgeOrigin: string, answerMs = BRIDGE_ANSWER_MS): Promise<ExtensionConversation> {
    const target = await Promise.race([bridgeFrame(bridgeOrigin), new Promise<undefined>((r) => setTimeout(() => r(undefined), answerMs))]);
    if (!target) throw { kind: 'no-extension', message: 'The Activity Lens extension did not answer: is it installed and enabled in this browser?' } satisfies BridgeProblem;
    const channel = new MessageChannel();
    const conversation = new ExtensionConversation(channel.port1);
    target.postMessage({ type: APP_BRIDGE_CONNECT }, bridgeOrigin, [channel.port2]);
    const first = await conversation.next(answerMs);
    if (first?.type === 'ready') return conversation;
    conversation.close();
    if (first === undefined && !conversation.#ended) {
      throw { kind: 'no-extension', message: 'The Activity Lens extension did not answer: is it installed and enabled in this browser?' } satisfies BridgeProblem;
    }
    throw conversation.#ended ?? ({ kind: 'protocol', message: 'The extension answered something unexpected.' } satisfies BridgeProblem);
  }

  send(m: AppToExtensionMessage): void {
    if (!this.#closed) this.port.postMessage(m);
  }

  /** The next message, or undefined when the conversation ended (see `problem`) or `timeoutMs` passed. */
  async next(timeoutMs?: number): Promise<ExtensionToAppMessage | undefined> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      for (;;) {
        const m = this.#queue.shift();
        if (m) return m;
        if (this.#ended || this.#closed) return undefined;
        const woke = await new Promise<boolean>((r) => {
          this.#wake = () => r(true);
          if (timeoutMs !== undefined) timer = setTimeout(() => r(false), timeoutMs);
        });
        clearTimeout(timer);
        if (!woke) return undefined;
      }
    } finally {
      this.#wake = undefined;
    }
  }

  /** Why it ended, when the extension ended it. */
  get problem(): BridgeProblem | undefined {
    return this.#ended;
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.port.postMessage({ type: 'bridge/close' } satisfies AppToExtensionMessage);
    } catch {
      // already gone
    }
    this.port.close();
    this.#wake?.();
  }

  #end(problem: BridgeProblem): void {
    this.#ended ??= problem;
  }
}

/** One piece of the extension's answer: records, the label it gives them, and how far it got. */
export interface BridgeAnswer {
  records: ActivityRecord[];
  label: string;
  progress?: { received: number; total?: number };
}

/** Streams the extension's answer to one request, piece by piece as it arrives; rejects with a BridgeProblem. */
export async function* bridgeAnswers(bridgeOrigin: string, request: AppToExtensionMessage, signal?: AbortSignal): AsyncGenerator<BridgeAnswer> {
  const conversation = await ExtensionConversation.open(bridgeOrigin);
  const onAbort = (): void => {
    conversation.send({ type: 'fetch/cancel' });
    conversation.close();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  conversation.send(request);
  try {
    for (;;) {
      const m = await conversation.next();
      if (!m) {
        if (signal?.aborted) throw { kind: 'cancelled', message: 'Cancelled.' } satisfies BridgeProblem;
        throw conversation.problem ?? ({ kind: 'disconnected', message: 'The extension closed the connection before it finished.' } satisfies BridgeProblem);
      }
      if (m.type === 'records') yield { records: m.records, label: m.label, progress: m.progress };
      else if (m.type === 'done') return;
      else if (m.type === 'error') throw { kind: m.kind, message: m.message } satisfies BridgeProblem;
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    conversation.close();
  }
}

/** Streams the extension's answer to one request; records come in batches as they arrive. */
export async function* bridgeRecords(bridgeOrigin: string, request: AppToExtensionMessage, signal?: AbortSignal): AsyncGenerator<ActivityRecord[]> {
  for await (const answer of bridgeAnswers(bridgeOrigin, request, signal)) yield answer.records;
}
