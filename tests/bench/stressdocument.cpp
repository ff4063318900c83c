#include "stressdocument.h"

namespace stress {

namespace {

std::string hostWithDevices(int count)
{
    std::string s = R"({"hostname":"stress","devices":[)";
    for (int i = 0; i < count; ++i) {
        if (i)
            s += ',';
        s += R"({"path":"/dev/stress/d)" + std::to_string(1000 + i) + R"(","type":"c","major":240,"minor":)"
            + std::to_string(i) + R"(,"fileMode":432,"uid":0,"gid":0})";
    }
    return s + "]}";
}

} // namespace

std::string containerDocument(bool interfaceSysctls);

std::string containerDocument()
{
    return containerDocument(true);
}

std::string acceptedContainerDocument()
{
    return containerDocument(false);
}

std::string pluginDocument()
{
    std::string s = R"({"kind":"plugin","id":")" + std::string(64, 'e')
        + R"(","rootfs":"/var/lib/docker/plugins/stress/rootfs","execRoot":"/run/docker/plugins","manifest":{)"
          R"("description":"stress","entrypoint":["/plugin","--serve"],"interface":{"socket":"s.sock","types":["docker.volumedriver/1.0"]},)"
          R"("network":{"type":"host"},"propagatedMount":"/mnt/volumes","linux":{"capabilities":["CAP_SYS_ADMIN"],"devices":[)";
    for (int i = 0; i < 200; ++i) {
        if (i)
            s += ',';
        s += R"({"name":"dev)" + std::to_string(i) + R"(","path":"/dev/stress/d)" + std::to_string(1000 + i)
            + R"(","settable":["path"]})";
    }
    s += R"(]},"env":[)";
    for (int i = 0; i < 1000; ++i) {
        if (i)
            s += ',';
        s += R"({"name":"VAR_)" + std::to_string(i) + R"(","description":"variable )" + std::to_string(i)
            + R"(","value":"value-)" + std::to_string(i) + R"(","settable":["value"]})";
    }
    s += R"(],"mounts":[)";
    for (int i = 0; i < 500; ++i) {
        if (i)
            s += ',';
        s += R"({"name":"m)" + std::to_string(i) + R"(","destination":"/data/m)" + std::to_string(i)
            + R"(","source":"/srv/m)" + std::to_string(i) + R"(","type":"bind","options":["rbind","ro"],"settable":["source"]})";
    }
    s += R"(]},"set":["VAR_7=changed","m3=/elsewhere"],"host":)" + hostWithDevices(200) + "}";
    return s;
}

std::string containerDocument(bool interfaceSysctls)
{
    std::string s = R"({"kind":"container","id":")" + std::string(64, 'c') + R"(","name":"stress","config":{"Cmd":["sh"],"Env":[)";
    for (int i = 0; i < 1000; ++i) {
        if (i)
            s += ',';
        s += "\"VAR_" + std::to_string(i) + "=value-" + std::to_string(i) + '"';
    }
    s += R"(]},"hostConfig":{"Binds":[)";
    for (int i = 0; i < 500; ++i) {
        if (i)
            s += ',';
        s += "\"/srv/m" + std::to_string(i) + ":/data/m" + std::to_string(i) + (i % 2 ? ":ro\"" : "\"");
    }
    s += R"(],"Devices":[)";
    for (int i = 0; i < 200; ++i) {
        if (i)
            s += ',';
        s += R"({"PathOnHost":"/dev/stress/d)" + std::to_string(1000 + i) + R"(","PathInContainer":"/dev/stress/d)"
            + std::to_string(1000 + i) + R"(","CgroupPermissions":"rwm"})";
    }
    s += R"(],"Sysctls":{)";
    for (int i = 0; i < 100; ++i) {
        if (i)
            s += ',';
        s += interfaceSysctls ? "\"net.ipv4.conf.eth" + std::to_string(i) + ".forwarding\":\"1\""
                              : "\"net.ipv4.conf.all.stress" + std::to_string(i) + "\":\"1\"";
    }
    s += R"(}},"host":)" + hostWithDevices(200) + "}";
    return s;
}

} // namespace stress
