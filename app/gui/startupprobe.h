#pragma once

// For measuring cold start: with OCISTUDIO_STARTUP_PROBE set in the
// environment, the first paint of `target` that shows a spec (or the
// banner saying why there is none) prints one line to stdout and quits:
//   first-paint since-start-ms=123 monotonic-ns=456 max-rss-kb=789
// since-start-ms counts from the process's start (the kernel's clock, in
// its ticks of usually 10 ms); monotonic-ns is CLOCK_MONOTONIC, for a
// launcher that noted the time before starting the process
// (tests/bench/coldstart.py). Without the variable, nothing happens.

class JsonView;

namespace StartupProbe {

void install(JsonView *target);

} // namespace StartupProbe
