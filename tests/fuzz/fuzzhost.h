#pragma once

// The host every fuzz target builds against: fixed defaults, so a finding
// reproduces on any machine.

#include "hostprofile.h"

inline const oci::HostProfile &fuzzHost()
{
    static const oci::HostProfile host = [] {
        oci::HostProfile h = oci::HostProfile::defaults();
        h.devices = {{"/dev/fuse", "c", 10, 229, 0600, 0, 0},
                     {"/dev/null", "c", 1, 3, 0666, 0, 0},
                     {"/dev/cpu/0/cpuid", "c", 203, 0, 0600, 0, 0}};
        return h;
    }();
    return host;
}
