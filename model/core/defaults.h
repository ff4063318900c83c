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
// The default spec without its masked and readonly paths, for a builder
// that always sets both lists itself: copying them would be wasted.
spec::Spec defaultLinuxSpecWithoutPathLists(Provenance *provenance = nullptr);
// The same, with the host's CPU thermal-throttle paths appended to the
// masked paths as Docker does when they exist on the host.
spec::Spec defaultLinuxSpec(const HostProfile &host, Provenance *provenance = nullptr);

// The 14 capabilities Docker grants by default (caps.DefaultCapabilities).
const std::vector<std::string> &defaultCapabilities();

} // namespace oci
