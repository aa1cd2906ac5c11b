#!/usr/bin/env bash
# The store packages: `wxt zip` (Chrome Web Store) and `wxt zip -b firefox` (AMO, plus the
# sources zip AMO asks for because the bundles are minified). Each is made twice and must come
# out byte-identical: a reviewer rebuilding from source has to get the package we submitted.
# Prints the SHA-256 of each zip (README, "Build from source"). The e2e stage then lints the
# Firefox zip and checks that both zips hold exactly the built files.
set -eu
cd "$(dirname "$0")/.."
version=$(node -p 'require("./package.json").version')
zips=(".output/gutcheck-$version-chrome.zip" ".output/gutcheck-$version-firefox.zip" ".output/gutcheck-$version-sources.zip")

make_zips() { npx wxt zip >/dev/null && npx wxt zip -b firefox >/dev/null; }

make_zips
first=$(sha256sum "${zips[@]}")
make_zips
second=$(sha256sum "${zips[@]}")
echo "$second"
if [ "$first" != "$second" ]; then
  echo "!! zipping the same tree twice gave different bytes:"
  diff <(echo "$first") <(echo "$second") || true
  exit 1
fi
echo "zips are reproducible (two runs, identical SHA-256)"
