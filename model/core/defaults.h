#pragma once

#include "hostprofile.h"
#include "provenance.h"
#include "spec.h"

namespace oci {

// Docker's default spec (daemon/pkg/oci/defaults.go DefaultLinuxSpec),
// recording every value as a Docker default.
spec::Spec defaultLinuxSpec(Provenance *provenance = nullptr);
// The same spec, not copied: for reading parts of it.
const spec::Spec &defaultLinuxSpecPrototype();
// The default spec without the parts the container builder always writes
// itself: the masked and readonly paths, the mounts and the capability
// sets (empty, the capabilities object kept). It takes those it keeps from
// defaultLinuxSpecPrototype(): copying them here first would be wasted.
spec::Spec defaultLinuxSpecBase(Provenance *provenance = nullptr);
// The same, with the host's CPU thermal-throttle paths appended to the
// masked paths as Docker does when they exist on the host.
spec::Spec defaultLinuxSpec(const HostProfile &host, Provenance *provenance = nullptr);

// The 14 capabilities Docker grants by default (caps.DefaultCapabilities).
const std::vector<std::string> &defaultCapabilities();

} // namespace oci
