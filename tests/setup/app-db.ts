import type { TestDb } from "./test-db";

/**
 * Makes the app's getDb() hand out this test file's database, so route handlers and server
 * code run end to end against it. Mirrors the singleton slot in lib/server/db/client.ts.
 */
export function useAsAppDb(testDb: TestDb): void {
  (globalThis as { __bpoDb?: Promise<TestDb> }).__bpoDb = Promise.resolve(testDb);
}
