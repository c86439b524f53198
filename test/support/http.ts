/** Reading test HTTP responses. */

/** Status, headers and the body as JSON, or `{ __raw: text }` when the body is not JSON (an HTML page, an empty 204…). */
export async function readJson(res: Response): Promise<{ status: number; json: any; headers: Headers }> {
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = { __raw: text };
  }
  return { status: res.status, json, headers: res.headers };
}
