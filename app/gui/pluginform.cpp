#include "pluginform.h"

#include "boolfield.h"
#include "checklistfield.h"
#include "checklistmodel.h"
#include "formbuilder.h"
#include "formpage.h"
#include "hostprofile.h"
#include "integerfield.h"
#include "listtextfield.h"
#include "tablefield.h"
#include "textfield.h"

using Kind = JsonTableModel::Kind;

QString PluginForm::normalizeCapability(const QString &name)
{
    QString n = name.trimmed().toUpper();
    if (n != QLatin1String("ALL") && !n.startsWith(QLatin1String("CAP_")))
        n.prepend(QLatin1String("CAP_"));
    return n;
}

FormPage *PluginForm::create(Document *document, QWidget *parent)
{
    auto *page = new FormPage(parent);
    page->setObjectName(QStringLiteral("pluginForm"));
    FormBuilder b(page, document);

    b.section(tr("Plugin"));
    b.text(tr("Description"), QStringLiteral("/manifest/description"), tr("What the plugin does"));
    b.text(tr("Documentation"), QStringLiteral("/manifest/documentation"), tr("https://…"));

    b.section(tr("Interface"), tr("How the daemon talks to the plugin."));
    b.list(tr("Types"), QStringLiteral("/manifest/interface/types"), QStringLiteral("docker.volumedriver/1.0"));
    b.text(tr("Socket"), QStringLiteral("/manifest/interface/socket"), QStringLiteral("plugin.sock"));
    b.combo(tr("Protocol scheme"), QStringLiteral("/manifest/interface/protocolscheme"),
            {QStringLiteral("moby.plugins.http/v1")}, tr("moby.plugins.http/v1 (default)"));

    b.section(tr("Process"));
    ListTextField *entrypoint = b.list(tr("Entrypoint"), QStringLiteral("/manifest/entrypoint"),
                                       QStringLiteral("[\"/usr/bin/plugin\", \"--flag\"]"));
    entrypoint->setPreferJson(true);
    b.text(tr("Working directory"), QStringLiteral("/manifest/workdir"), QStringLiteral("/"));
    b.integer(tr("User ID"), QStringLiteral("/manifest/user/uid"), QStringLiteral("0"))->setRange(0, 4294967295LL);
    b.integer(tr("Group ID"), QStringLiteral("/manifest/user/gid"), QStringLiteral("0"))->setRange(0, 4294967295LL);

    b.section(tr("Namespaces and mounts propagation"));
    b.combo(tr("Network type"), QStringLiteral("/manifest/network/type"),
            {QStringLiteral("host"), QStringLiteral("none"), QStringLiteral("bridge")},
            tr("a new network namespace"));
    b.boolean(tr("Share the host's IPC namespace (ipcHost)"), QStringLiteral("/manifest/ipcHost"));
    b.boolean(tr("Share the host's PID namespace (pidHost)"), QStringLiteral("/manifest/pidHost"));
    b.text(tr("Propagated mount"), QStringLiteral("/manifest/propagatedMount"), QStringLiteral("/mnt/volumes"));

    b.section(tr("Capabilities and devices"));
    QStringList caps;
    for (const std::string &c : oci::allKnownCapabilities())
        caps.append(QString::fromStdString(c));
    ChecklistField *capabilities = b.checklist(tr("Capabilities"), QStringLiteral("/manifest/linux/capabilities"), caps);
    capabilities->model()->setNormalizer(&PluginForm::normalizeCapability);
    capabilities->setHiddenPrefix(QStringLiteral("CAP_"));
    capabilities->setOtherPlaceholderText(tr("Another capability…"));
    b.boolean(tr("Allow all devices"), QStringLiteral("/manifest/linux/allowAllDevices"));
    TableField *devices = b.table(tr("Devices"), QStringLiteral("/manifest/linux/devices"),
                                  {{{Kind::String, QStringLiteral("name")}, tr("Name")},
                                   {{Kind::NullableString, QStringLiteral("path")}, tr("Path")},
                                   {{Kind::StringList, QStringLiteral("settable")}, tr("Settable")},
                                   {{Kind::String, QStringLiteral("description")}, tr("Description")}});
    devices->setStretchColumn(1);

    b.section(tr("Environment"));
    TableField *env = b.table(QString(), QStringLiteral("/manifest/env"),
                              {{{Kind::String, QStringLiteral("name")}, tr("Name")},
                               {{Kind::NullableString, QStringLiteral("value")}, tr("Value")},
                               {{Kind::StringList, QStringLiteral("settable")}, tr("Settable")},
                               {{Kind::String, QStringLiteral("description")}, tr("Description")}});
    env->setStretchColumn(1);

    b.section(tr("Arguments"), tr("Appended to the entrypoint; `set args=…` replaces the values."));
    b.text(tr("Name"), QStringLiteral("/manifest/args/name"), QStringLiteral("args"));
    b.list(tr("Values"), QStringLiteral("/manifest/args/value"), QStringLiteral("[\"--debug\"]"))->setPreferJson(true);
    b.list(tr("Settable"), QStringLiteral("/manifest/args/settable"), QStringLiteral("value"));
    b.text(tr("Description"), QStringLiteral("/manifest/args/description"));

    b.section(tr("Mounts"));
    TableField *mounts = b.table(QString(), QStringLiteral("/manifest/mounts"),
                                 {{{Kind::String, QStringLiteral("name")}, tr("Name")},
                                  {{Kind::NullableString, QStringLiteral("source")}, tr("Source")},
                                  {{Kind::String, QStringLiteral("destination")}, tr("Destination")},
                                  {{Kind::String, QStringLiteral("type")}, tr("Type")},
                                  {{Kind::StringList, QStringLiteral("options")}, tr("Options")},
                                  {{Kind::StringList, QStringLiteral("settable")}, tr("Settable")},
                                  {{Kind::String, QStringLiteral("description")}, tr("Description")}});
    // A new mount: a bind, as almost every plugin mount is.
    oci::json::Value mount(oci::json::Type::Object);
    mount.insert("name", oci::json::Value::makeString(std::string()));
    mount.insert("description", oci::json::Value::makeString(std::string()));
    mount.insert("source", oci::json::Value::makeString(std::string()));
    mount.insert("destination", oci::json::Value::makeString(std::string()));
    mount.insert("type", oci::json::Value::makeString("bind"));
    oci::json::Value options(oci::json::Type::Array);
    options.append(oci::json::Value::makeString("rbind"));
    mount.insert("options", options);
    mount.insert("settable", oci::json::Value(oci::json::Type::Array));
    mounts->model()->setRowTemplate(mount);

    b.section(tr("docker plugin set"),
              tr("Applied after install, in order: NAME=value (env), NAME.source=/path (mount), "
                 "NAME.path=/dev/x (device), args=\"a b\". Each line is checked as Docker would."));
    TableField *set = b.table(QString(), QStringLiteral("/set"), {{{Kind::String, QString()}, tr("Argument")}});
    set->setMaximumVisibleRows(5);

    b.section(tr("Installation"));
    b.text(tr("Plugin ID"), QStringLiteral("/id"), tr("64 hex digits"));
    b.text(tr("Rootfs"), QStringLiteral("/rootfs"), QStringLiteral("/var/lib/docker/plugins/<id>/rootfs"));
    b.text(tr("Exec root"), QStringLiteral("/execRoot"), QStringLiteral("/run/docker/plugins"));
    page->finish();
    return page;
}
