#pragma once

// SHA-256 (FIPS 180-4), for the ids Docker would derive from input bytes.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace oci {

std::array<std::uint8_t, 32> sha256(std::string_view data);
// Lower-case hex of the digest: 64 characters.
std::string sha256Hex(std::string_view data);

} // namespace oci
