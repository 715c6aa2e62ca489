import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';
import { isObject, type JsonObject } from './json.ts';

export interface GatewaySession {
  id: string;
  seq: number;
  intents: number;
  resumable: boolean;
  /** [shard id, shard count] from IDENTIFY ([0, 1] when the client does not shard). */
  shard: [number, number];
  socket: WebSocket | null;
  /** Dispatches kept for RESUME replay. */
  log: Array<{ s: number; t: string; d: unknown }>;
}

export interface GatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** Called after a successful IDENTIFY: the fake sends READY and the GUILD_CREATEs through dispatch(). */
  onIdentify(session: GatewaySession): void;
  /** The privileged intents enabled for the application in the Developer Portal (others: close 4014). */
  enabledPrivilegedIntents: number;
}

/** GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT: each needs a switch in the Developer Portal. */
export const PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15);

const REPLAY_LOG_LIMIT = 20_000;

/** Close codes after which Discord expects no reconnect: 4004 and 4010-4014. */
export function isFatalCloseCode(code: number): boolean {
  return code === 4004 || (code >= 4010 && code <= 4014);
}

/**
 * The gateway side of the fake: HELLO, IDENTIFY, heartbeats, RESUME with replay, invalid sessions and
 * server-initiated closes. Events: 'identify', 'resume', 'heartbeat', 'closed', 'payload'.
 *
 * Sharding as Discord does it: IDENTIFY's `shard: [id, count]` picks the shard; each shard has its own
 * current session, and a server's events go to shard (guild_id >> 22) % count.
 */
export class FakeGateway extends EventEmitter {
  readonly sessions = new Map<string, GatewaySession>();
  /** The live session of each shard. */
  readonly shards = new Map<number, GatewaySession>();
  shardCount = 1;
  identifyCount = 0;
  resumeCount = 0;
  heartbeatCount = 0;
  connectionCount = 0;
  readonly connectionPaths: string[] = [];
  /** Set by a 4004 close: the token was reset, so every later IDENTIFY or RESUME with it fails too. */
  tokenRevoked = false;
  private readonly wss: WebSocketServer;
  private sessionCounter = 0;

  constructor(
    server: Server,
    private readonly options: GatewayOptions,
  ) {
    super();
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket, request) => this.onConnection(socket, request.url ?? '/'));
  }

  private onConnection(socket: WebSocket, path: string): void {
    this.connectionCount += 1;
    this.connectionPaths.push(path);
    const state: { session: GatewaySession | null } = { session: null };
    this.send(socket, {
      op: 10,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
      s: null,
      t: null,
    });
    socket.on('message', (raw) => {
      let payload: unknown;
      try {
        payload = JSON.parse(String(raw));
      } catch {
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      if (!isObject(payload)) return;
      this.emit('payload', payload);
      this.onPayload(socket, state, payload);
    });
    socket.on('close', () => {
      if (state.session && state.session.socket === socket) state.session.socket = null;
    });
  }

  private onPayload(socket: WebSocket, state: { session: GatewaySession | null }, payload: JsonObject): void {
    const d = isObject(payload.d) ? payload.d : {};
    switch (payload.op) {
      case 1:
        this.send(socket, { op: 11, d: null, s: null, t: null });
        this.heartbeatCount += 1;
        this.emit('heartbeat', payload.d);
        return;
      case 2: {
        if (state.session) return void socket.close(4005, 'Already authenticated.');
        if (d.token !== this.options.token || this.tokenRevoked)
          return void socket.close(4004, 'Authentication failed.');
        const disallowed =
          Number(d.intents ?? 0) & PRIVILEGED_INTENTS & ~this.options.enabledPrivilegedIntents;
        if (disallowed !== 0) return void socket.close(4014, 'Disallowed intent(s).');
        const shard = parseShard(d.shard);
        if (!shard) return void socket.close(4010, 'Invalid shard.');
        const session: GatewaySession = {
          id: `session-${++this.sessionCounter}`,
          seq: 0,
          intents: Number(d.intents ?? 0),
          resumable: true,
          shard,
          socket,
          log: [],
        };
        const previous = this.shards.get(shard[0]);
        if (previous) previous.resumable = false;
        this.sessions.set(session.id, session);
        this.shards.set(shard[0], session);
        this.shardCount = shard[1];
        state.session = session;
        this.identifyCount += 1;
        this.emit('identify', d);
        this.options.onIdentify(session);
        return;
      }
      case 6: {
        const session = this.sessions.get(String(d.session_id));
        if (d.token !== this.options.token || this.tokenRevoked)
          return void socket.close(4004, 'Authentication failed.');
        if (!session || !session.resumable || session !== this.shards.get(session.shard[0])) {
          this.send(socket, { op: 9, d: false, s: null, t: null });
          return;
        }
        const from = Number(d.seq ?? 0);
        session.socket = socket;
        state.session = session;
        this.resumeCount += 1;
        for (const entry of session.log) if (entry.s > from) this.send(socket, { op: 0, ...entry });
        this.dispatch('RESUMED', {});
        this.emit('resume', { from, replayed: session.log.filter((e) => e.s > from).length });
        return;
      }
      case 3:
      case 4:
      case 8:
        return;
      default:
        socket.close(4001, 'Unknown opcode.');
    }
  }

  /** The session of shard 0 (the only one when the bot does not shard). */
  get current(): GatewaySession | null {
    return this.shards.get(0) ?? null;
  }

  /** The shard a server belongs to: (guild_id >> 22) % shard count. */
  shardOf(guildId: string | null | undefined): number {
    if (!guildId || this.shardCount <= 1) return 0;
    return Number((BigInt(guildId) >> 22n) % BigInt(this.shardCount));
  }

  /** Sends a dispatch on a shard's current session; kept for replay when the socket is down. */
  dispatch(t: string, d: unknown, shardId = 0): number {
    const session = this.shards.get(shardId);
    if (!session) throw new Error(`cannot dispatch ${t}: shard ${shardId} has not identified yet`);
    session.seq += 1;
    const entry = { s: session.seq, t, d };
    session.log.push(entry);
    if (session.log.length > REPLAY_LOG_LIMIT) session.log.splice(0, session.log.length - REPLAY_LOG_LIMIT);
    if (session.socket?.readyState === WebSocket.OPEN) this.send(session.socket, { op: 0, ...entry });
    return entry.s;
  }

  /**
   * Closes the connection as Discord would. 1000 and 4009 end the session (the client must re-identify;
   * a RESUME gets op 9); 4000 and others keep it resumable. The fatal codes (4004 authentication failed,
   * 4010-4014) end it too, and the token is then refused: a revoked token stays revoked.
   */
  close(code: number, shardId = 0): void {
    const session = this.shards.get(shardId);
    if (!session?.socket) throw new Error('no open gateway connection to close');
    if (code === 1000 || code === 4009 || isFatalCloseCode(code)) session.resumable = false;
    if (code === 4004) this.tokenRevoked = true;
    session.socket.close(code, `closed by the fake (${code})`);
    session.socket = null;
    this.emit('closed', code);
  }

  /** Sends op 9 on the open connection. */
  invalidateSession(resumable: boolean, shardId = 0): void {
    const session = this.shards.get(shardId);
    if (!session?.socket) throw new Error('no open gateway connection');
    if (!resumable) session.resumable = false;
    this.send(session.socket, { op: 9, d: resumable, s: null, t: null });
  }

  private send(socket: WebSocket, payload: JsonObject): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

function parseShard(value: unknown): [number, number] | undefined {
  if (value === undefined) return [0, 1];
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [id, count] = value.map(Number) as [number, number];
  if (!Number.isInteger(id) || !Number.isInteger(count) || count < 1 || id < 0 || id >= count)
    return undefined;
  return [id, count];
}
