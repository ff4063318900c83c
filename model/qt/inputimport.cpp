#include "inputimport.h"

#include "json.h"
#include "jsonwriter.h"
#include "sha256.h"

#include <QFile>
#include <QFileInfo>

#include <array>
#include <string_view>

using oci::InputKind;
using oci::json::Type;
using oci::json::Value;

namespace {

// `detectInputKind` calls any other object a plugin manifest (as the CLI
// contract says); a file dropped on the window gets a stricter test, so
// that an unrelated JSON file is named as such instead of building a
// default plugin from nothing.
bool looksLikeManifest(const Value &root)
{
    static constexpr std::array<std::string_view, 16> fields
        = {"description", "documentation", "interface", "entrypoint", "workdir", "user", "network", "linux",
            "propagatedmount", "ipchost", "pidhost", "mounts", "env", "args", "rootfs", "dockerversion"};
    for (std::size_t i = 0; i < root.size(); ++i) {
        for (std::string_view field : fields) {
            if (oci::json::equalFold(root.key(i), field))
                return true;
        }
    }
    return false;
}

Value stringValue(const std::string &s)
{
    return Value::makeString(s);
}

QString untitledNameFor(const QString &fileName)
{
    QString base = QFileInfo(fileName).fileName();
    for (const QLatin1String suffix : {QLatin1String(".ocispec.json"), QLatin1String(".json")}) {
        if (base.endsWith(suffix, Qt::CaseInsensitive)) {
            base.chop(suffix.size());
            break;
        }
    }
    if (base.isEmpty())
        base = QStringLiteral("untitled");
    return base + QStringLiteral(".ocispec.json");
}

// The plugin scenario `ocispec build MANIFEST` builds: the id is the
// SHA-256 of the manifest's bytes, the paths Docker's defaults.
Value wrapManifest(const Value &manifest, const std::string &id)
{
    Value scenario(Type::Object);
    scenario.insert("kind", stringValue("plugin"));
    scenario.insert("id", stringValue(id));
    scenario.insert("rootfs", stringValue("/var/lib/docker/plugins/" + id + "/rootfs"));
    scenario.insert("execRoot", stringValue("/run/docker/plugins"));
    scenario.insert("manifest", manifest);
    scenario.insert("set", Value(Type::Array));
    return scenario;
}

bool isContainerMode(const Value *v)
{
    return v && v->isString() && v->text().rfind("container:", 0) == 0;
}

// The container scenario for a create body or the first element of
// `docker inspect` output: ContainerConfig members go to `config`,
// HostConfig to `hostConfig`, Id and Name to `id` and `name`.
Value wrapContainer(const Value &body, InputKind kind, const std::string &sourceDigest, QStringList &notes)
{
    Value config(Type::Object);
    const Value *hostConfig = nullptr;
    std::string id;
    std::string name;
    if (kind == InputKind::DockerInspect) {
        if (const Value *v = body.findFold("Config"); v && v->isObject())
            config = *v;
        hostConfig = body.findFold("HostConfig");
        if (const Value *v = body.findFold("Id"); v && v->isString())
            id = v->text();
        if (const Value *v = body.findFold("Name"); v && v->isString())
            name = v->text();
    } else {
        for (std::size_t i = 0; i < body.size(); ++i) {
            const std::string &key = body.key(i);
            if (oci::json::equalFold(key, "HostConfig"))
                hostConfig = &body.at(i);
            else if (!oci::json::equalFold(key, "NetworkingConfig") && key != "MacAddress")
                config.insert(key, body.at(i));
        }
    }
    if (id.empty())
        id = sourceDigest;
    if (!name.empty() && name.front() == '/')
        name.erase(0, 1);
    if (name.empty())
        name = "container";

    if (kind == InputKind::DockerInspect && hostConfig && hostConfig->isObject()) {
        // `docker inspect` shows the hostname Docker derived for these
        // modes; sent back as a request it would conflict with them (the
        // CLI drops it the same way for inspect input).
        const bool containerNet = isContainerMode(hostConfig->findFold("NetworkMode"));
        const Value *uts = hostConfig->findFold("UTSMode");
        const bool hostUts = uts && uts->isString() && uts->text() == "host";
        if (containerNet || hostUts) {
            for (std::size_t i = config.size(); i > 0; --i) {
                const std::string &key = config.key(i - 1);
                if (oci::json::equalFold(key, "Hostname") || (containerNet && oci::json::equalFold(key, "Domainname")))
                    config.erase(i - 1);
            }
            notes << InputImport::tr("Config.Hostname was derived by Docker for this network or UTS mode and is "
                                     "left out of the scenario.");
        }
    }

    Value scenario(Type::Object);
    scenario.insert("kind", stringValue("container"));
    scenario.insert("id", stringValue(id));
    scenario.insert("name", stringValue(name));
    scenario.insert("config", config);
    scenario.insert("hostConfig", hostConfig ? *hostConfig : Value(Type::Object));
    return scenario;
}

} // namespace

QString InputImport::kindName(oci::InputKind kind)
{
    switch (kind) {
    case InputKind::Scenario:
        return tr("scenario");
    case InputKind::OciSpec:
        return tr("OCI runtime spec (config.json)");
    case InputKind::DockerInspect:
        return tr("docker inspect output");
    case InputKind::CreateBody:
        return tr("Engine API create body");
    case InputKind::PluginManifest:
        return tr("plugin manifest");
    case InputKind::Invalid:
        break;
    }
    return tr("unrecognised file");
}

InputImport::Result InputImport::fromFile(const QString &path)
{
    Result result;
    const QString shown = QFileInfo(path).fileName();
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        result.error = tr("%1 is a folder, not a file.").arg(shown);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot open: %2").arg(shown, file.errorString());
        return result;
    }
    if (file.size() > kMaxBytes) {
        result.error = tr("%1 is too large (%2 MiB) for a scenario, manifest or spec.")
                           .arg(shown)
                           .arg(file.size() / (1024 * 1024));
        return result;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("%1: cannot read: %2").arg(shown, file.errorString());
        return result;
    }
    return fromData(data, path);
}

InputImport::Result InputImport::fromData(const QByteArray &data, const QString &fileName)
{
    Result result;
    const QString shown = QFileInfo(fileName).fileName();
    const std::string_view text(data.constData(), static_cast<std::size_t>(data.size()));
    Value root;
    oci::json::ParseError error;
    if (!oci::json::parse(text, root, error)) {
        result.error = tr("%1 is not a JSON document (line %2, column %3: %4).")
                           .arg(shown)
                           .arg(error.location.line)
                           .arg(error.location.column)
                           .arg(QString::fromStdString(error.message));
        return result;
    }
    result.kind = oci::detectInputKind(root);
    if (result.kind == InputKind::PluginManifest && !looksLikeManifest(root))
        result.kind = InputKind::Invalid;

    switch (result.kind) {
    case InputKind::Scenario:
    case InputKind::OciSpec:
        break;
    case InputKind::PluginManifest: {
        const std::string id = oci::sha256Hex(text);
        result.scenario = JsonWriter::pretty(wrapManifest(root, id));
        result.untitledName = untitledNameFor(fileName);
        result.notes << tr("A plugin scenario was made around the manifest.");
        break;
    }
    case InputKind::CreateBody:
    case InputKind::DockerInspect: {
        const Value &body = result.kind == InputKind::DockerInspect ? root.at(0) : root;
        const Value scenario = wrapContainer(body, result.kind, oci::sha256Hex(text), result.notes);
        result.scenario = JsonWriter::pretty(scenario);
        result.untitledName = untitledNameFor(fileName);
        result.notes.prepend(tr("A container scenario was made around the %1.").arg(kindName(result.kind)));
        break;
    }
    case InputKind::Invalid:
        result.error = root.isObject()
            ? tr("%1 is JSON, but not a scenario (no “kind”), a plugin manifest, an Engine API create body "
                 "(“HostConfig”), docker inspect output or an OCI config.json (“ociVersion”).")
                  .arg(shown)
            : tr("%1 is JSON, but neither an object nor docker inspect output (an array of containers with "
                 "“Config” and “HostConfig”).")
                  .arg(shown);
        break;
    }
    return result;
}
