import "server-only";
import { startAppServer } from "@/lib/server/http/app-server";

// Entry of .server/server.mjs. A bad setting stops the server with its name.
startAppServer().catch((error: unknown) => {
  console.error(`Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
