# Shared settings for the scripts: sourced, not run.
# Everything local lives under .local/ at the repository root (git-ignored).
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOCAL_DIR=${REVIEW4U_LOCAL_DIR:-$REPO_ROOT/.local}
PG_PORT=${REVIEW4U_PG_PORT:-55432}
PG_DATA=$LOCAL_DIR/pg/data
PG_LOG=$LOCAL_DIR/pg/postgres.log
SMTP_PORT=${REVIEW4U_SMTP_PORT:-2525}
IMAP_PORT=${REVIEW4U_IMAP_PORT:-1143}
SMTP_WEB_PORT=${REVIEW4U_SMTP_WEB_PORT:-5080}
WEB_PORT=${REVIEW4U_WEB_PORT:-5000}
PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
export REVIEW4U_PG_PORT=$PG_PORT
export REVIEW4U_TEST_PG="${REVIEW4U_TEST_PG:-$PG_CONNECTION}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

apt_updated=""
apt_install() { # installs Debian packages that are missing
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]}"
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  if [ -z "$apt_updated" ]; then $sudo apt-get update -qq >/dev/null; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
