/** The edge of the accounts module: what forms and the CLI may send, checked before anything else sees it. */
import { z } from 'zod';
import { ROLES } from '../access/principal.js';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Een e-mailadres heeft hoogstens 254 tekens.')
  .email('Geef een geldig e-mailadres.');

export const PASSWORD_MIN = 12;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Een wachtwoord heeft minstens ${PASSWORD_MIN} tekens.`)
  .max(200, 'Een wachtwoord heeft hoogstens 200 tekens.');

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Geef een naam.')
  .max(120, 'Een naam heeft hoogstens 120 tekens.');

export const roleSchema = z.enum(ROLES, { message: 'Kies een rol: gemeente, agii of trainer.' });

const nis = z.string().regex(/^\d{5}$/, 'Een NIS-code heeft vijf cijfers.');

/** A form field that may come once (a string) or several times (an array). */
const many = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** Municipalities typed as a list ("44021, 11002") or ticked one by one. */
const nisList = z.preprocess(
  (v) =>
    (Array.isArray(v) ? v : [v ?? '']).flatMap((s) => String(s).split(/[\s,;]+/)).filter((s) => s !== ''),
  z.array(nis),
);

export const accessSchema = z.object({
  name: displayNameSchema,
  roles: many(roleSchema).pipe(z.array(roleSchema).min(1, 'Kies minstens één rol.')),
  municipalities: nisList,
});
export type AccessInput = z.infer<typeof accessSchema>;

export const inviteSchema = accessSchema.extend({ email: emailSchema });
export type InviteInput = z.infer<typeof inviteSchema>;

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
  terug: z.string().max(500).optional(),
});

export const setPasswordSchema = z
  .object({ token: z.string().max(100), password: passwordSchema, repeat: z.string().max(200) })
  .refine((v) => v.password === v.repeat, { message: 'De twee wachtwoorden verschillen.', path: ['repeat'] });

/** First zod issue as one Dutch sentence (forms show it above the field). */
export function firstIssue(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Ongeldige invoer.';
}
