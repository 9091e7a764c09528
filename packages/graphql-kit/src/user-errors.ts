/**
 * A field-level problem with a mutation's input, returned in its payload's `userErrors` so a
 * form can show it next to the field. Nothing is written when there is one.
 */
export interface UserError {
  code: string;
  /** The path to the input field, e.g. ["input", "email"]. */
  field: string[];
  message: string;
}

export const userError = (code: string, field: string, message: string): UserError => ({
  code,
  field: ['input', field],
  message,
});
