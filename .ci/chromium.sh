#!/usr/bin/env bash
# Installs Debian's Chromium for the playground's browser tests (bot/playground, chromedp),
# unless /usr/bin/chromium is already there. Idempotent; quiet on stdout (progress and errors
# go to stderr). Run as root on Debian 12: `bash .ci/chromium.sh`.
#
# The tests find the browser at /usr/bin/chromium (or BRIEFBOT_CHROMIUM); with CI set they
# fail when it is missing rather than skip.
set -euo pipefail
exec 1>&2

log() { printf 'chromium.sh: %s\n' "$*"; }

if [ -x /usr/bin/chromium ]; then
	log "already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
	exit 0
fi
[ "$(id -u)" -eq 0 ] || { log "error: must run as root to install chromium"; exit 1; }

log "installing chromium from Debian's packages"
export DEBIAN_FRONTEND=noninteractive
for try in 1 2 3; do
	apt-get update -qq >/dev/null && break
	[ "$try" -eq 3 ] && { log "error: apt-get update failed"; exit 1; }
	sleep 5
done
apt-get install -y -qq chromium </dev/null >/dev/null
[ -x /usr/bin/chromium ] || { log "error: chromium installed but /usr/bin/chromium is missing"; exit 1; }
log "installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
