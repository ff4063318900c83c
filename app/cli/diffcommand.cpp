#include "commands.h"

namespace ocispec {

// Placeholder until the diff engine lands (issue 5).
int cmdDiff(const std::vector<std::string> &)
{
    return usageError("diff is not available yet");
}

} // namespace ocispec
