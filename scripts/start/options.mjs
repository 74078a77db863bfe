// Command-line options of `npm start` (scripts/start.mjs) and the rule that keeps a server reachable from other
// machines behind a password.
import net from "node:net";
import { parseArgs } from "node:util";

export const USAGE = `Usage: npm start -- [--port N] [--host ADDR] [--auth none|password]

Builds the extension, installs code-server (cached in ~/.cache) and serves VS Code with the extension and the
lessons on http://HOST:PORT/.

  --port N          port to listen on (default: a free port)
  --host ADDR       address to bind (default: 127.0.0.1); any other than loopback needs --auth password
  --auth password   generate a password and print it (default: none, which is allowed only on loopback)
  -h, --help        show this text`;

/** Loopback only: localhost, 127.0.0.0/8 and ::1. The wildcards 0.0.0.0 and :: mean every interface. */
export function isLoopback(host) {
  if (host === "localhost") return true;
  if (net.isIPv4(host)) return host.startsWith("127.");
  if (net.isIPv6(host)) return host === "::1" || /^(0{1,4}:){7}0{0,3}1$/.test(host);
  return false;
}

/** Parsed options, or { error } with a message for the user; never exits (the caller decides). */
export function parseStartOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        host: { type: "string", default: "127.0.0.1" },
        auth: { type: "string", default: "none" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (err) {
    return { error: err.message };
  }
  if (values.help) return { help: true };
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    return { error: `--port must be a number from 1 to 65535, not "${values.port}"` };
  }
  if (!["none", "password"].includes(values.auth)) return { error: `--auth must be none or password, not "${values.auth}"` };
  if (!net.isIP(values.host) && values.host !== "localhost") {
    return { error: `--host must be an IP address (or localhost), not "${values.host}"` };
  }
  // code-server with --auth none gives whoever reaches the port a shell on this machine (its terminal).
  if (!isLoopback(values.host) && values.auth !== "password") {
    return { error: `refusing to serve on ${values.host} without a password: add --auth password (or use --host 127.0.0.1)` };
  }
  return { port, host: values.host, auth: values.auth };
}
