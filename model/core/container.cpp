#include "container.h"

namespace oci::container {

void build(const json::Value &, InputKind, godecode::Decoder &, const BuildOptions &, const HostProfile &,
           BuildResult &out)
{
    out.decoded = true;
    out.refused = true;
    out.refusal = "containers are not supported yet";
}

} // namespace oci::container
