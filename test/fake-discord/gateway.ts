// Gateway side of the fake Discord (WebSocket, JSON encoding): HELLO,
// IDENTIFY -> READY + GUILD_CREATE, heartbeats, RESUME with replay of missed
// dispatches, and server-side disconnects to exercise reconnection.
import type { Server } from 'node:http';
import { GatewayCloseCodes, GatewayOpcodes } from 'discord.js';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { sessionId as newSessionId } from './ids.ts';
import { guildCreatePayload, readyPayload, type FakeWorld } from './world.ts';

interface Dispatch {
  op: 0;
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  log: Dispatch[];
  socket?: WebSocket;
}

export type SessionEvent = 'ready' | 'resumed';

export interface GatewayOptions {
  server: Server;
  world: FakeWorld;
  url: () => string;
  heartbeatIntervalMs: number;
}

export class FakeGateway {
  identifyCount = 0;
  resumeCount = 0;
  /** The `d` of every IDENTIFY received (to check intents, token...). */
  readonly identifyPayloads: Record<string, unknown>[] = [];
  private session: Session | undefined;
  private readonly wss: WebSocketServer;
  private sessionWaiters: ((event: SessionEvent) => void)[] = [];

  constructor(private readonly options: GatewayOptions) {
    this.wss = new WebSocketServer({ server: options.server, perMessageDeflate: false });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  /** True while a client socket is attached to an identified/resumed session. */
  get connected(): boolean {
    return this.session?.socket?.readyState === WebSocket.OPEN;
  }

  /** Sends (or, while disconnected, queues for RESUME replay) a dispatch. Returns its sequence. */
  dispatch(t: string, d: unknown): number {
    const session = this.session;
    if (!session) throw new Error(`fake-discord: cannot dispatch ${t}: no gateway session (client not logged in?)`);
    const payload: Dispatch = { op: 0, s: ++session.seq, t, d };
    session.log.push(payload);
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(payload));
    return payload.s;
  }

  /**
   * Closes every client socket from the server side. Code 4000 (default) makes
   * discord.js RESUME; `invalidateSession` also forgets the session so the
   * resume is refused (op 9) and the client IDENTIFYs again.
   */
  dropConnection(code = 4000, { invalidateSession = false } = {}): void {
    if (invalidateSession) this.session = undefined;
    else if (this.session) this.session.socket = undefined;
    for (const socket of this.wss.clients) socket.close(code, 'fake-discord: dropConnection');
  }

  /** Resolves on the next completed IDENTIFY (after GUILD_CREATE) or RESUME. */
  waitForSession(timeoutMs = 5000): Promise<SessionEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.sessionWaiters = this.sessionWaiters.filter((waiter) => waiter !== done);
        reject(new Error(`fake-discord: no READY/RESUMED within ${timeoutMs}ms`));
      }, timeoutMs);
      const done = (event: SessionEvent) => {
        clearTimeout(timer);
        resolve(event);
      };
      this.sessionWaiters.push(done);
    });
  }

  async close(): Promise<void> {
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(socket: WebSocket): void {
    send(socket, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
    socket.on('message', (data) => this.onMessage(socket, data));
    socket.on('close', () => {
      if (this.session?.socket === socket) this.session.socket = undefined;
    });
  }

  private onMessage(socket: WebSocket, data: RawData): void {
    let payload: { op: number; d: any };
    try {
      payload = JSON.parse(data.toString());
    } catch {
      socket.close(GatewayCloseCodes.DecodeError, 'Error while decoding payload.');
      return;
    }
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        return send(socket, { op: GatewayOpcodes.HeartbeatAck });
      case GatewayOpcodes.Identify:
        return this.onIdentify(socket, payload.d);
      case GatewayOpcodes.Resume:
        return this.onResume(socket, payload.d);
      default:
        return; // presence updates, member requests... are ignored
    }
  }

  private onIdentify(socket: WebSocket, d: Record<string, unknown>): void {
    if (d?.token !== this.options.world.token) {
      socket.close(GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return;
    }
    this.identifyCount++;
    this.identifyPayloads.push(d);
    this.session = { id: newSessionId(), seq: 0, log: [], socket };
    const { world, url } = this.options;
    const joinedAt = new Date().toISOString();
    this.dispatch('READY', readyPayload(world, this.session.id, url()));
    this.dispatch('GUILD_CREATE', guildCreatePayload(world, joinedAt));
    this.notify('ready');
  }

  private onResume(socket: WebSocket, d: { token?: string; session_id?: string; seq?: number }): void {
    const session = this.session;
    if (!session || d?.token !== this.options.world.token || d.session_id !== session.id) {
      send(socket, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    this.resumeCount++;
    session.socket = socket;
    for (const missed of session.log.filter((entry) => entry.s > (d.seq ?? 0))) {
      socket.send(JSON.stringify(missed));
    }
    this.dispatch('RESUMED', { _trace: ['["fake-discord",{"micros":0}]'] });
    this.notify('resumed');
  }

  private notify(event: SessionEvent): void {
    const waiters = this.sessionWaiters;
    this.sessionWaiters = [];
    for (const waiter of waiters) waiter(event);
  }
}

function send(socket: WebSocket, payload: { op: number; d?: unknown }): void {
  socket.send(JSON.stringify({ s: null, t: null, d: null, ...payload }));
}
