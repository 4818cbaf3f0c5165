# Sourced by .ci/run before the integration tests: Debian's chromium for the Playwright browser tests
# (driven through ExecutablePath; no downloaded browser). Without it the browser tests skip with a reason.
command -v chromium >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
if command -v chromium >/dev/null; then
  export DATELINE_TEST_CHROMIUM="$(command -v chromium)"
else
  echo "browser.sh: chromium could not be installed; browser tests will skip" >&2
fi
