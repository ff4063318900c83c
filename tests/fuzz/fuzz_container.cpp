// The container config decoder and createSpec: the input becomes the
// HostConfig of a container scenario (and, when it is an object with
// `Config`, its ContainerConfig too), so every HostConfig field is reached.
#include "builder.h"
#include "fuzzhost.h"
#include "specencoder.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    oci::json::Value input;
    oci::json::ParseError error;
    if (!oci::json::parse(text, input, error))
        return 0;
    oci::json::Value scenario(oci::json::Type::Object);
    scenario.insert("kind", oci::json::Value::makeString("container"));
    scenario.insert("id", oci::json::Value::makeString(std::string(64, 'a')));
    oci::json::Value config(oci::json::Type::Object);
    oci::json::Value cmd(oci::json::Type::Array);
    cmd.append(oci::json::Value::makeString("sh"));
    config.insert("Cmd", cmd);
    if (const oci::json::Value *c = input.isObject() ? input.find("Config") : nullptr)
        config = *c;
    scenario.insert("config", config);
    const oci::json::Value *hostConfig = input.isObject() ? input.find("HostConfig") : nullptr;
    scenario.insert("hostConfig", hostConfig ? *hostConfig : input);
    if (const oci::json::Value *engine = input.isObject() ? input.find("engine") : nullptr)
        scenario.insert("engine", *engine);
    oci::BuildOptions options;
    options.host = &fuzzHost();
    auto result = oci::build(scenario, {}, "fuzz", options);
    if (result->decoded && !result->refused)
        (void)oci::encodeCompact(result->spec);
    return 0;
}
