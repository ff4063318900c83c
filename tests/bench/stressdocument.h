#pragma once

// Generated documents far larger than any real plugin or container, for the
// benchmarks: 1,000 env entries, 500 mounts, 200 devices listed in the
// document's host profile, 100 sysctls.

#include <string>

namespace stress {

std::string pluginDocument();
// Docker refuses it: its sysctls name network interfaces.
std::string containerDocument();
// The same with sysctls Docker accepts (net.ipv4.conf.all.*), so it builds
// a spec: the GUI's stress container.
std::string acceptedContainerDocument();

} // namespace stress
