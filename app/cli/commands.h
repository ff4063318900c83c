#pragma once

#include <string>
#include <vector>

namespace ocispec {

// Exit statuses of shared/reference/cli.md.
enum Exit : int {
    Success = 0,
    Refused = 1, // Docker refuses, validation errors, diff differences
    Failure = 2, // usage, I/O, parse and decode errors
};

int run(const std::vector<std::string> &args);

} // namespace ocispec
