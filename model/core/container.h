#pragma once

// Containers: Engine API ContainerConfig + HostConfig + the daemon's settings
// and state + the host profile → the spec of daemon/oci_linux.go createSpec.

#include "builder.h"
#include "godecode.h"

namespace oci::container {

// Builds a container input of kind Scenario (kind "container"), CreateBody or
// DockerInspect. Decode errors go to d (out.decoded stays false); Docker's
// refusals set out.refused/out.refusal; success fills out.spec.
void build(const json::Value &root, InputKind kind, godecode::Decoder &d, const BuildOptions &options,
           const HostProfile &host, BuildResult &out);

} // namespace oci::container
