import "server-only";
import type { Db } from "@/lib/server/db/client";
import type { SecurityEventType } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/server/logger";

export type SignInChannel = "form" | "api";

export interface SecurityEventInput {
  type: SecurityEventType;
  channel: SignInChannel;
  email?: string | null;
  userId?: string | null;
  organizationId?: string | null;
  clientAddress?: string | null;
  at?: Date;
}

/** Appends to the security log (and says so in the structured log). Returns the row's id. */
export async function recordSecurityEvent(db: Pick<Db, "securityEvent">, event: SecurityEventInput): Promise<string> {
  const { id } = await db.securityEvent.create({
    data: {
      type: event.type,
      channel: event.channel,
      email: event.email ?? null,
      userId: event.userId ?? null,
      organizationId: event.organizationId ?? null,
      clientAddress: event.clientAddress ?? null,
      ...(event.at ? { createdAt: event.at } : {}),
    },
    select: { id: true },
  });
  logSecurityEvent(event);
  return id;
}

/** The structured-log twin of a security event: never the password, only who, what and from where. */
export function logSecurityEvent(event: SecurityEventInput & { detail?: string }): void {
  const { at: _at, ...fields } = event;
  const level = event.type === "SIGN_IN" || event.type === "SIGN_OUT" ? "info" : "warn";
  logger()[level]({ securityEvent: fields }, `security: ${event.type.toLowerCase().replaceAll("_", " ")}`);
}
