#pragma once

// Generated documents far larger than any real plugin or container, for the
// benchmarks: 1,000 env entries, 500 mounts, 200 devices listed in the
// document's host profile, 100 sysctls.

#include <string>

namespace stress {

std::string pluginDocument();
std::string containerDocument();

} // namespace stress
