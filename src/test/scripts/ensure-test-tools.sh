#!/usr/bin/env bash
# Run by `./mvnw verify` before the integration tests: installs from Debian what the tests need
# beyond a JDK and Maven Central -- Chromium and ChromeDriver for the browser journeys, xz for the
# embedded PostgreSQL binaries -- when they are missing. Needs root or password-less sudo for that;
# otherwise it says what to install and stops the build.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v xz >/dev/null 2>&1 || missing+=(xz-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "The integration tests need ${missing[*]} (Debian packages); install them with" \
         "'sudo apt-get install ${missing[*]}' and run the tests again." >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "The integration tests need ${missing[*]}, and this machine has no apt-get to install them:" \
         "install Chromium, ChromeDriver (in /usr/bin) and xz by hand." >&2
    exit 1
fi

echo "Installing from Debian for the integration tests: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
