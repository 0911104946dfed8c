"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { getFormProps, useForm, type DefaultValue } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { FormReply } from "@/lib/form-reply";

interface ServerFormOptions<S extends z.ZodObject> {
  /** The shared schema; the server action parses with the same one. */
  schema: S;
  /** The server action (from formAction), with any ids already bound. */
  action: (previous: FormReply | undefined, formData: FormData) => Promise<FormReply>;
  /** What the fields show first, in the form's own units (percent fields as percent text). */
  defaultValue?: DefaultValue<z.input<S>>;
  /** A stable id, when two forms of one kind share a page. */
  id?: string;
}

/**
 * One way to wire a form (CONVENTIONS.md rule 13): Conform validates with the shared zod
 * schema as the user types (after the first blur) and on submit, the server action answers
 * with submission.reply(), and a pending submission blocks another one (Enter included).
 *
 * With JavaScript the action is dispatched from onSubmit rather than through the form's
 * action prop: React resets a form after an action submitted that way, which would wipe
 * what the user typed when the server refuses it. Without JavaScript the action prop still
 * posts the form.
 */
export function useServerForm<S extends z.ZodObject>({ schema, action, defaultValue, id }: ServerFormOptions<S>) {
  const [reply, formAction, pending] = useActionState(action, undefined);
  const [form, fields] = useForm<z.input<S>, z.output<S>>({
    id,
    lastResult: reply,
    defaultValue,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const formProps = {
    ...getFormProps(form),
    action: formAction,
    onSubmit: (event: FormEvent<HTMLFormElement>) => {
      if (pending) {
        event.preventDefault();
        return;
      }
      form.onSubmit(event); // prevents the submission when the browser-side check fails
      if (event.defaultPrevented) return;
      event.preventDefault();
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      const formData = new FormData(event.currentTarget, submitter);
      startTransition(() => formAction(formData));
    },
  };
  return { form, fields, formProps, pending, reply };
}
