// ocispec: the command line of OCI Spec Studio (shared/reference/cli.md).
// Core only, no Qt: it starts fast and runs on headless machines.

#include "commands.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

int main(int argc, char **argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    return ocispec::run(args);
}
