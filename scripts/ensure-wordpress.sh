#!/usr/bin/env bash
# Makes sure the WordPress tests and `npm run wordpress` have what they need, all from Debian's packages:
#   - PHP's command line with its MySQL driver (php-cli, php-mysql) and MariaDB (mariadb-server), Debian 12's own,
#     installed with apt-get when missing (root only; otherwise it says what to install);
#   - each WordPress the suite runs, from the Debian suite that carries it (7.1 from unstable, "sid"; 6.8 from
#     Debian 13, "trixie"), with the libraries Debian's wordpress package links to (from the same suite), the
#     default theme Twenty Twenty-Five and WordPress's own translations (wordpress-l10n). These are not installed:
#     `apt-get download` through a private sources list, lists folder and cache (bookworm's apt and packages stay
#     untouched), unpacked with dpkg-deb -x, links resolved, into .cache/wordpress/<version>/ (git-ignored).
# A version already unpacked is used as it is, so a second run takes no time. A version is unpacked into a
# temporary folder and renamed into place only when complete (it holds COMPLETE, written last), so a run stopped
# half-way never leaves a folder that looks usable. Every apt-get has a deadline (CMHW_APT_TIMEOUT, seconds).
#
#   bash scripts/ensure-wordpress.sh            every version (CMHW_WP_VERSIONS="7.1 6.8" by default)
#   CMHW_WP_VERSIONS=7.1 bash scripts/ensure-wordpress.sh
set -euo pipefail

cd "$(dirname "$0")/.."
CACHE="$PWD/.cache/wordpress"
APT_TIMEOUT="${CMHW_APT_TIMEOUT:-300}"
VERSIONS="${CMHW_WP_VERSIONS:-7.1 6.8}"

# The Debian suite that carries each version the suite runs.
suite_of() {
  case "$1" in
    7.1) echo sid ;;
    6.8) echo trixie ;;
    *) return 1 ;;
  esac
}
# Debian's WordPress, the libraries its links point to, the default theme and the translations.
PACKAGES=(wordpress wordpress-theme-twentytwentyfive wordpress-l10n libjs-jquery-ui libjs-lodash libjs-underscore
  libjs-cropper libphp-phpmailer php-getid3)

fail() {
  echo "ensure-wordpress: $*" >&2
  exit 1
}

# apt-get with a deadline: a stalled mirror fails this step instead of hanging the tests.
#   apt_deadline WHAT apt-get-arguments...   (WHAT names the step in the error)
apt_deadline() {
  local what="$1" status=0
  shift
  timeout --kill-after=10 "$APT_TIMEOUT" apt-get "$@" || status=$?
  if [ "$status" = 124 ] || [ "$status" = 137 ]; then
    fail "apt-get $what did not finish within ${APT_TIMEOUT} s (CMHW_APT_TIMEOUT); is Debian's package archive reachable?"
  fi
  return "$status"
}

# ---- PHP and MariaDB: Debian 12's packages, installed ----
missing=()
command -v php >/dev/null || missing+=(php-cli)
{ command -v php >/dev/null && php -r 'exit(extension_loaded("mysqli") ? 0 : 1);'; } || missing+=(php-mysql)
{ [ -x /usr/sbin/mariadbd ] && command -v mariadb-install-db >/dev/null; } || missing+=(mariadb-server)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    fail "the WordPress tests need these Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})."
  fi
  echo "Installing Debian packages for the WordPress tests: ${missing[*]}..."
  export DEBIAN_FRONTEND=noninteractive
  apt_deadline update update -qq || fail "apt-get update failed"
  apt_deadline install install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    fail "apt-get install ${missing[*]} failed"
fi

# ---- Each WordPress, unpacked from its Debian suite ----
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (Debian's dpkg)"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
[ -r "$KEYRING" ] || fail "$KEYRING is missing (Debian's debian-archive-keyring)"
# The archive this machine's apt already uses (its own sources), so that a mirror set up here is followed.
MIRROR="$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null |
  grep -oE 'https?://[^ ]+' | head -n 1 || true)"
MIRROR="${CMHW_DEBIAN_MIRROR:-${MIRROR:-http://deb.debian.org/debian}}"

unpack_version() {
  local version="$1" suite final work apt list wp found
  suite="$(suite_of "$version")" || fail "no Debian suite known for WordPress $version (known: 7.1, 6.8)"
  final="$CACHE/$version"
  [ -f "$final/COMPLETE" ] && return 0

  echo "Fetching WordPress $version from Debian $suite (once; kept in .cache/wordpress/$version)..."
  mkdir -p "$CACHE"
  work="$(mktemp -d "$CACHE/.partial-$version.XXXXXX")"
  # The temporary folder goes on every path but success (when it has been renamed into place).
  trap 'rm -rf "$work"' EXIT
  apt="$work/apt"
  mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$work/debs" "$work/root"
  list="$apt/sources.list"
  echo "deb [signed-by=$KEYRING] $MIRROR $suite main" >"$list"
  local options=(-o "Dir::Etc::sourcelist=$list" -o Dir::Etc::sourceparts=/dev/null -o "Dir::State::Lists=$apt/lists"
    -o "Dir::Cache=$apt/cache" -o Dir::State::status=/dev/null -o APT::Sandbox::User=root -o Debug::NoLocking=1)
  apt_deadline "update (Debian $suite)" "${options[@]}" update -qq || fail "apt-get update for Debian $suite failed ($MIRROR)"
  (cd "$work/debs" && apt_deadline "download (Debian $suite)" "${options[@]}" download -qq "${PACKAGES[@]}") ||
    fail "apt-get download from Debian $suite failed (${PACKAGES[*]})"
  for deb in "$work"/debs/*.deb; do
    dpkg-deb -x "$deb" "$work/root" || fail "dpkg-deb -x $(basename "$deb") failed"
  done

  wp="$work/root/usr/share/wordpress"
  [ -f "$wp/wp-includes/version.php" ] || fail "the wordpress package from Debian $suite has no wp-includes/version.php"
  found="$(sed -n "s/^\$wp_version = '\([^']*\)';.*/\1/p" "$wp/wp-includes/version.php")"
  case "$found" in
    "$version" | "$version".*) ;;
    *) fail "Debian $suite carries WordPress $found, not $version: update suite_of() in $0" ;;
  esac

  # Debian's WordPress links to its libraries with absolute paths (/usr/share/javascript/…, /usr/share/php/…):
  # point each at the unpacked copy, then copy the whole tree with the links followed. Links to /etc
  # (the certificates, an .htaccess) and any other that leads nowhere are dropped: the site needs none of them.
  while IFS= read -r -d '' link; do
    target="$(readlink "$link")"
    case "$target" in
      /usr/*) ln -sfn "$work/root$target" "$link" ;;
    esac
    [ -e "$link" ] || rm -f "$link"
  done < <(find "$wp" -type l -print0)
  cp -rL "$wp" "$work/wordpress" || fail "copying WordPress $version failed"
  [ -f "$work/wordpress/wp-includes/js/dist/blocks.js" ] || fail "WordPress $version is incomplete after unpacking"
  [ -d "$work/wordpress/wp-content/themes/twentytwentyfive" ] || fail "WordPress $version: no Twenty Twenty-Five theme"
  [ -f "$work/wordpress/wp-content/languages/cy.mo" ] || fail "WordPress $version: no Welsh translation (wordpress-l10n)"

  echo "$found" >"$work/wordpress/COMPLETE"
  rm -rf "$final"
  mv "$work/wordpress" "$final"
  rm -rf "$work"
  trap - EXIT
  echo "WordPress $found ready in .cache/wordpress/$version"
}

for version in $VERSIONS; do
  unpack_version "$version"
done
