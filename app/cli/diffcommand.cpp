// `ocispec diff A B [--host FILE] [--format unified|json-patch]`
// (shared/reference/cli.md): A and B are specs or buildable inputs, or the
// word `docker-default` for Docker's default spec.

#include "commands.h"

#include "inputfile.h"
#include "specdiff.h"

#include <cstdio>
#include <iostream>

namespace ocispec {

namespace {

constexpr const char *kDockerDefault = "docker-default";

// The spec an operand names; false (diagnostics printed) when there is none.
bool loadOperand(const std::string &name, const Options &o, BuildSetup &setup, bool &prepared, oci::json::Value &out)
{
    if (name == kDockerDefault) {
        // Host facts only when given: a probe of this machine would make the
        // baseline depend on where the command runs.
        if (o.host && !prepared) {
            if (!prepare(o, setup))
                return false;
            prepared = true;
        }
        out = oci::dockerDefaultSpec(setup.haveHost ? &setup.host : nullptr);
        return true;
    }
    InputFile input;
    if (!input.load(name))
        return false;
    if (oci::detectInputKind(input.root()) == oci::InputKind::OciSpec) {
        out = input.root();
        return true;
    }
    if (!prepared) {
        if (!prepare(o, setup))
            return false;
        prepared = true;
    }
    oci::Diagnostics diagnostics;
    const bool ok = oci::specOperand(input.root(), input.text(), input.name(), setup.options, out, diagnostics);
    printDiagnostics(diagnostics);
    return ok;
}

} // namespace

int cmdDiff(const std::vector<std::string> &args)
{
    Options o;
    o.format = "unified";
    std::string error;
    if (!parseOptions(args, 1, o, error))
        return usageError(error);
    if (o.positional.size() != 2)
        return usageError("diff takes two operands: A B (a spec, a buildable input or docker-default)");
    if (o.format != "unified" && o.format != "json-patch")
        return usageError("--format must be unified or json-patch");
    if (o.positional[0] == "-" && o.positional[1] == "-")
        return usageError("only one operand can be read from standard input");

    BuildSetup setup;
    bool prepared = false;
    oci::json::Value a, b;
    if (!loadOperand(o.positional[0], o, setup, prepared, a) || !loadOperand(o.positional[1], o, setup, prepared, b))
        return Failure;

    const oci::SpecDiff d = oci::diffSpecs(a, b);
    std::string text;
    bool different = false;
    if (o.format == "json-patch") {
        text = oci::jsonpatch::toPrettyJson(d.patch);
        different = !d.patch.empty();
    } else {
        // Exit status and output agree: texts that differ only in member
        // order are shown, and count as different.
        text = oci::formatUnified(d.unified, o.positional[0], o.positional[1]);
        different = !d.unified.empty();
    }
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
    return different ? Refused : Success;
}

} // namespace ocispec
