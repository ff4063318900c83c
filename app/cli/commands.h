#pragma once

// The subcommands of `ocispec` and what they share: option parsing, host
// profile and engine loading, and the reporting of build failures.

#include "builder.h"
#include "hostprofile.h"
#include "json.h"

#include <optional>
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

struct Options {
    std::vector<std::string> positional;
    std::optional<std::string> host;
    std::optional<std::string> engine;
    std::vector<std::string> set;
    std::optional<std::string> id;
    std::string format;
    std::optional<std::string> output;
    std::optional<std::string> schemaDir;
    long iterations = 0;
};

// Prints `ocispec: message` and a hint; returns Failure.
int usageError(const std::string &message);
// Parses args[first..]; options every subcommand shares; unknown ones fail.
bool parseOptions(const std::vector<std::string> &args, std::size_t first, Options &o, std::string &error);
void printDiagnostics(const oci::Diagnostics &diagnostics);

// Everything a building subcommand needs besides the input itself.
struct BuildSetup {
    oci::HostProfile host;
    bool haveHost = false;
    std::optional<oci::HostProfile> probe;
    oci::json::Value engine;
    bool haveEngine = false;
    oci::BuildOptions options;
};
// Loads --host / --engine (errors printed); false on failure.
bool prepare(const Options &o, BuildSetup &setup);
// Prints the diagnostics and the refusal; the exit status unless it built.
std::optional<int> reportFailure(const oci::BuildResult &r, const std::string &file);

// Subcommands in their own files.
int cmdValidate(const std::vector<std::string> &args);
int cmdDiff(const std::vector<std::string> &args);

} // namespace ocispec
