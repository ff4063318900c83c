#pragma once

#include "builder.h"
#include "plugin.h"

namespace oci::plugin {

// A plugin scenario (shared/fixtures/docker-29.7.2/README.md): the manifest,
// `docker plugin set` arguments, and where Docker keeps the plugin.
struct Scenario {
    std::string kind;
    std::string id;
    std::string rootfs;
    std::string execRoot;
    Config manifest;
    std::vector<std::string> set;
    std::size_t setCountInDocument = 0; // the rest came from --set
    // Input pointers of the scalar keys, for provenance.
    std::string idPointer;
    std::string rootfsPointer;
    std::string execRootPointer;
    std::string setPointer;
};

void decodeScenario(godecode::Decoder &d, const json::Value &v, const godecode::Path &path, Scenario &out);

// Install + set + InitSpec on a decoded scenario.
void buildScenario(Scenario &scenario, godecode::Decoder &d, const HostProfile &host, BuildResult &out);

// Builds a plugin scenario (kind Scenario) or a bare manifest (PluginManifest).
void build(const json::Value &root, InputKind kind, godecode::Decoder &d, const BuildOptions &options,
           const HostProfile &host, BuildResult &out);

} // namespace oci::plugin
