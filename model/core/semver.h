#pragma once

// Semantic Versioning 2.0.0, as far as the runtime-spec's `ociVersion` and
// the schema's own version need it: parse and order.

#include <optional>
#include <string>
#include <string_view>

namespace oci {

struct SemVer {
    unsigned long major = 0;
    unsigned long minor = 0;
    unsigned long patch = 0;
    std::string preRelease; // after '-', empty for a release
    std::string build; // after '+', ignored by ordering

    std::string toString() const;
};

// Strict semver (no leading zeros, no `v` prefix); nullopt when invalid.
std::optional<SemVer> parseSemVer(std::string_view text);

// <0, 0, >0 as semver orders a and b (pre-releases before their release).
int compareSemVer(const SemVer &a, const SemVer &b);
// The same on major.minor.patch only.
int compareCore(const SemVer &a, const SemVer &b);

} // namespace oci
