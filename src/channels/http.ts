/** One axios instance for platform calls: fixed timeout, no throwing on HTTP status (we classify bodies). */
import axios, { type AxiosInstance } from 'axios';

export function createHttp(timeoutMs: number): AxiosInstance {
  return axios.create({ timeout: timeoutMs, validateStatus: () => true, maxRedirects: 0, proxy: false });
}
