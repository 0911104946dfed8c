"use server";

import { revalidatePath } from "next/cache";
import { commandAction } from "@/lib/server/actions/command-action";
import { formAction } from "@/lib/server/actions/form-action";
import { changeUser } from "@/lib/server/mutations/change-user";
import { createUser } from "@/lib/server/mutations/create-user";
import { UserActiveChangeSchema, UserCreateSchema, UserRoleChangeSchema } from "@/lib/schemas/user";

/** Adds a user; the notice carries the one-time password, shown this once. */
export const createUserAction = formAction({ permission: "manage:users", schema: UserCreateSchema }, async ({ value, auth, db }) => {
  const { user, oneTimePassword } = await createUser(db, auth, value);
  revalidatePath("/settings");
  return {
    resetForm: true,
    notice: `${user.name} can now sign in as ${user.email} with the one-time password ${oneTimePassword} — it is shown only now. They will choose their own at first sign-in.`,
  };
});

export const changeUserRoleAction = formAction<typeof UserRoleChangeSchema, [userId: string]>({ permission: "manage:users", schema: UserRoleChangeSchema }, async ({ value, auth, db }, userId) => {
  const user = await changeUser(db, auth, userId, value.version, { role: value.role });
  revalidatePath("/settings");
  return { notice: `${user.name} is now ${user.role.toLowerCase()}.` };
});

export const setUserActiveAction = commandAction({ permission: "manage:users", schema: UserActiveChangeSchema }, async ({ value, auth, db }, userId: string) => {
  await changeUser(db, auth, userId, value.version, { active: value.active });
  revalidatePath("/settings");
});
