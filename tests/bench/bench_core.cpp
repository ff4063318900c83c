// The core's speed on the Docker fixtures and on generated stress documents:
// parse, build (provenance recorded), compact and pretty encoding.
// Part of ocistudio_bench (the `bench` preset); not part of the test suite.
// main() is in bench_gui.cpp.

#include "builder.h"
#include "godecode.h"
#include "specencoder.h"
#include "stressdocument.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

namespace {

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const oci::HostProfile &fixtureHost()
{
    static const oci::HostProfile host = [] {
        const std::string text = readFile(OCISTUDIO_FIXTURES_DIR "/host.json");
        oci::json::Value root;
        oci::json::ParseError error;
        oci::json::parse(text, root, error);
        oci::Diagnostics diags;
        oci::godecode::Decoder d(text, "host.json", diags);
        oci::HostProfile h = oci::HostProfile::defaults();
        oci::decodeHostProfile(d, root, oci::godecode::Path(), h);
        return h;
    }();
    return host;
}

std::string document(const std::string &name)
{
    if (name == "stress-plugin")
        return stress::pluginDocument();
    if (name == "stress-container")
        return stress::containerDocument();
    if (name == "stress-container-accepted")
        return stress::acceptedContainerDocument();
    return readFile(OCISTUDIO_FIXTURES_DIR "/" + name + "/case.json");
}

oci::BuildOptions options(const std::string &name)
{
    oci::BuildOptions o;
    // Stress documents carry their own host profile (their devices).
    if (name.rfind("stress", 0) != 0)
        o.host = &fixtureHost();
    return o;
}

void parse(benchmark::State &state, const std::string &name)
{
    const std::string text = document(name);
    for (auto _ : state) {
        oci::json::Value root;
        oci::json::ParseError error;
        benchmark::DoNotOptimize(oci::json::parse(text, root, error));
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void build(benchmark::State &state, const std::string &name)
{
    const std::string text = document(name);
    oci::json::Value root;
    oci::json::ParseError error;
    oci::json::parse(text, root, error);
    const auto o = options(name);
    for (auto _ : state)
        benchmark::DoNotOptimize(oci::build(root, text, name, o));
}

void endToEnd(benchmark::State &state, const std::string &name)
{
    const std::string text = document(name);
    const auto o = options(name);
    for (auto _ : state) {
        auto r = oci::buildText(text, name, o);
        benchmark::DoNotOptimize(oci::encodeCompact(r->spec));
    }
}

void encodeCompact(benchmark::State &state, const std::string &name)
{
    auto r = oci::buildText(document(name), name, options(name));
    for (auto _ : state)
        benchmark::DoNotOptimize(oci::encodeCompact(r->spec));
}

void encodePretty(benchmark::State &state, const std::string &name)
{
    auto r = oci::buildText(document(name), name, options(name));
    for (auto _ : state)
        benchmark::DoNotOptimize(oci::encodePretty(r->spec));
}

const char *const kDocuments[] = {"plugin/minimal", "plugin/volume-sshfs", "container/nginx-basic", "stress-plugin",
                                  "stress-container", "stress-container-accepted"};

int registerAll()
{
    for (const char *doc : kDocuments) {
        const std::string n(doc);
        benchmark::RegisterBenchmark(("parse/" + n).c_str(), parse, n);
        benchmark::RegisterBenchmark(("build/" + n).c_str(), build, n);
        benchmark::RegisterBenchmark(("parse+build+compact/" + n).c_str(), endToEnd, n);
        benchmark::RegisterBenchmark(("encode-compact/" + n).c_str(), encodeCompact, n);
        benchmark::RegisterBenchmark(("encode-pretty/" + n).c_str(), encodePretty, n);
    }
    return 0;
}

const int registered = registerAll();

} // namespace
