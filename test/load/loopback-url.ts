// The harness floods a server with requests: it may only ever aim at this machine (issue 15), never at a
// shared or production host by a slip of the --url.
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True when the URL's host is this machine's loopback interface (127.0.0.0/8, ::1 or localhost). */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return loopbackHosts.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The Chinese-first refusal printed when --url is not a loopback address. */
export function notLoopbackMessage(url: string): string {
  return `只能对本机回环地址施压（127.0.0.1、::1 或 localhost），拒绝 ${url}（the load harness only targets the loopback address; refused ${url}）`;
}
