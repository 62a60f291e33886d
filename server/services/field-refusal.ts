/** A refusal of a field-app service: the status and the body, already worded in the caller's language. */
export interface FieldRefusal {
  ok: false;
  status: 400 | 403 | 404 | 409 | 422;
  body: { error: string; message: string; issues?: { field: string; message: string }[] };
}
