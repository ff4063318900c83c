#include "commands.h"

namespace ocispec {

// Placeholder until the validation engine lands (issue 5).
int cmdValidate(const std::vector<std::string> &)
{
    return usageError("validate is not available yet");
}

} // namespace ocispec
