#!/usr/bin/env bash
# Makes sure the WordPress tests and `npm run wordpress` have what they need, all from Debian 12's packages:
#   WordPress (wordpress, 6.1 in Debian 12), PHP's command line with its MySQL driver (php-cli, php-mysql) and
#   MariaDB (mariadb-server). Nothing is configured system-wide and no service is started: each run makes its own
#   site and database in a temporary folder (scripts/wordpress/site.mjs).
# Installs the missing ones with apt-get when we may (root); otherwise says what to install.
set -euo pipefail

missing=()
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
command -v php >/dev/null || missing+=(php-cli)
{ command -v php >/dev/null && php -r 'exit(extension_loaded("mysqli") ? 0 : 1);'; } || missing+=(php-mysql)
{ [ -x /usr/sbin/mariadbd ] && command -v mariadb-install-db >/dev/null; } || missing+=(mariadb-server)

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages for the WordPress tests: ${missing[*]}..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The WordPress tests need these Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})." >&2
exit 1
