import net from "node:net";

type Pair = { client: net.Socket; upstream: net.Socket };

/**
 * A TCP proxy in front of a PostgreSQL server that a test can break as a real outage would:
 * `cut()` resets every open connection and refuses new ones (the server went down),
 * `freeze()` keeps connections open but lets nothing through either way (a network that went
 * silent: only timeouts end a wait), `restore()` brings the server back on the same port.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly pairs = new Set<Pair>();
  private frozen = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = 0): Promise<number> {
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.port = (server.address() as net.AddressInfo).port;
    return this.port;
  }

  private accept(client: net.Socket): void {
    client.on("error", () => client.destroy());
    if (this.frozen) {
      // Accepted, never answered.
      const pair = { client, upstream: new net.Socket() };
      this.pairs.add(pair);
      client.on("close", () => this.pairs.delete(pair));
      return;
    }
    const upstream = net.connect(this.targetPort, this.targetHost);
    const pair = { client, upstream };
    this.pairs.add(pair);
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on("close", end);
    upstream.on("close", end);
    upstream.on("error", end);
    client.pipe(upstream);
    upstream.pipe(client);
  }

  /** The server goes down: open connections are reset, new ones refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    this.frozen = false;
    for (const { client, upstream } of this.pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    this.pairs.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The network goes silent: connections stay open, no byte passes. */
  freeze(): void {
    this.frozen = true;
    for (const { client, upstream } of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  /** The server is back on the same address; connections from the outage are dropped. */
  async restore(): Promise<void> {
    if (this.server) await this.cut();
    await this.start(this.port);
  }

  async stop(): Promise<void> {
    await this.cut();
  }
}
