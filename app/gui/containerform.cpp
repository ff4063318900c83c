#include "containerform.h"

#include "boolfield.h"
#include "checklistfield.h"
#include "checklistmodel.h"
#include "document.h"
#include "formbuilder.h"
#include "formpage.h"
#include "hostprofile.h"
#include "integerfield.h"
#include "listtextfield.h"
#include "pluginform.h"
#include "tablefield.h"
#include "textfield.h"

using Kind = JsonTableModel::Kind;
using oci::json::Value;

QList<ChoiceField::Choice> ContainerForm::namespaceChoices(const Document *document, const QStringList &modes,
                                                           bool joinContainers)
{
    QList<ChoiceField::Choice> out;
    for (const QString &m : modes)
        out.append({m, Value::makeString(m.toStdString()), QString()});
    if (!joinContainers)
        return out;
    const Value *containers = document->value(document->resolveFolded(QStringLiteral("/engine/containers")));
    if (!containers || !containers->isArray())
        return out;
    for (const Value &c : containers->items()) {
        if (!c.isObject())
            continue;
        const Value *name = c.findFold("name");
        const Value *id = c.findFold("id");
        const Value *running = c.findFold("running");
        QString tip;
        if (id && id->isString())
            tip = tr("Container %1").arg(QString::fromStdString(id->text()).left(12));
        if (running && running->isBool() && !running->boolean())
            tip += QLatin1Char(' ') + tr("(created, not running: Docker refuses to join it)");
        const QString target = name && name->isString() && !name->text().empty() ? QString::fromStdString(name->text())
            : id && id->isString()                                                  ? QString::fromStdString(id->text())
                                                                                    : QString();
        if (target.isEmpty())
            continue;
        const QString mode = QStringLiteral("container:") + target;
        out.append({mode, Value::makeString(mode.toStdString()), tip});
    }
    return out;
}

QStringList ContainerForm::imageUsers(const Document *document)
{
    QStringList users;
    const Value *passwd = document->value(document->resolveFolded(QStringLiteral("/image/passwd")));
    const QString text = passwd && passwd->isString() ? QString::fromStdString(passwd->text())
                                                      : QStringLiteral("root:x:0:0:root:/root:/bin/sh");
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString name = line.section(QLatin1Char(':'), 0, 0);
        if (!name.isEmpty())
            users.append(name);
    }
    return users;
}

FormPage *ContainerForm::create(Document *document, QWidget *parent)
{
    auto *page = new FormPage(parent);
    page->setObjectName(QStringLiteral("containerForm"));
    FormBuilder b(page, document);

    b.section(tr("Command"));
    b.list(tr("Command"), QStringLiteral("/config/Cmd"), QStringLiteral("[\"nginx\", \"-g\", \"daemon off;\"]"))
        ->setPreferJson(true);
    b.list(tr("Entrypoint"), QStringLiteral("/config/Entrypoint"), tr("the image's"))->setPreferJson(true);
    b.text(tr("Working directory"), QStringLiteral("/config/WorkingDir"), QStringLiteral("/"));
    ChoiceField *user = b.combo(tr("User"), QStringLiteral("/config/User"), {}, tr("root (user[:group], name or ID)"));
    user->setProvider([document] {
        QList<ChoiceField::Choice> choices;
        for (const QString &name : imageUsers(document))
            choices.append({name, Value::makeString(name.toStdString()), QString()});
        return choices;
    });
    b.list(tr("Additional groups"), QStringLiteral("/hostConfig/GroupAdd"), QStringLiteral("video, audio"));
    b.table(tr("Environment"), QStringLiteral("/config/Env"), {{{Kind::String, QString()}, tr("NAME=value")}})
        ->setMaximumVisibleRows(6);
    b.boolean(tr("Allocate a terminal (Tty)"), QStringLiteral("/config/Tty"));

    b.section(tr("Identity"));
    b.text(tr("Container name"), QStringLiteral("/name"), QStringLiteral("app"));
    b.text(tr("Hostname"), QStringLiteral("/config/Hostname"), tr("the first 12 digits of the ID"));
    b.text(tr("Domain name"), QStringLiteral("/config/Domainname"));

    b.section(tr("Namespaces"), tr("Suggestions include the containers the engine knows (Engine tab)."));
    const struct {
        const char *pointer;
        QString label;
        QStringList modes;
        bool join;
        QString placeholder;
    } namespaces[] = {
        {"/hostConfig/NetworkMode", tr("Network"), {QStringLiteral("bridge"), QStringLiteral("host"), QStringLiteral("none")},
         true, tr("bridge (default)")},
        {"/hostConfig/IpcMode", tr("IPC"),
         {QStringLiteral("private"), QStringLiteral("shareable"), QStringLiteral("host"), QStringLiteral("none")}, true,
         tr("the daemon's default (private)")},
        {"/hostConfig/PidMode", tr("PID"), {QStringLiteral("host")}, true, tr("private")},
        {"/hostConfig/UTSMode", tr("UTS"), {QStringLiteral("host")}, false, tr("private")},
        {"/hostConfig/CgroupnsMode", tr("Cgroup"), {QStringLiteral("private"), QStringLiteral("host")}, false,
         tr("the daemon's default (private)")},
        {"/hostConfig/UsernsMode", tr("User"), {QStringLiteral("host")}, false, tr("the daemon's (remapped if set)")},
    };
    for (const auto &ns : namespaces) {
        auto *f = new ChoiceField(document, QString::fromLatin1(ns.pointer));
        f->setEditable(true);
        const QStringList modes = ns.modes;
        const bool join = ns.join;
        f->setProvider([document, modes, join] { return namespaceChoices(document, modes, join); });
        f->setPlaceholderText(ns.placeholder);
        f->setToolTip(FormBuilder::help(QString::fromLatin1(ns.pointer)));
        page->add(ns.label, f);
    }
    b.boolean(tr("No network at all (NetworkDisabled)"), QStringLiteral("/config/NetworkDisabled"));

    b.section(tr("Privileges and capabilities"));
    b.boolean(tr("Privileged"), QStringLiteral("/hostConfig/Privileged"));
    QStringList caps{QStringLiteral("ALL")};
    for (const std::string &c : oci::allKnownCapabilities())
        caps.append(QString::fromStdString(c));
    for (const auto &[label, pointer] : {std::pair{tr("Add capabilities"), QStringLiteral("/hostConfig/CapAdd")},
                                         std::pair{tr("Drop capabilities"), QStringLiteral("/hostConfig/CapDrop")}}) {
        ChecklistField *list = b.checklist(label, pointer, caps);
        list->model()->setNormalizer(&PluginForm::normalizeCapability);
        // `docker run --cap-add` users write names without the prefix.
        list->model()->setSpelling([](const QString &name) {
            return name.startsWith(QLatin1String("CAP_")) ? name.mid(4) : name;
        });
        list->setHiddenPrefix(QStringLiteral("CAP_"));
        list->setVisibleRows(4);
    }

    b.section(tr("Storage"));
    b.table(tr("Binds"), QStringLiteral("/hostConfig/Binds"), {{{Kind::String, QString()}, tr("SOURCE:DEST[:OPTIONS]")}})
        ->setMaximumVisibleRows(5);
    TableField *mounts = b.table(tr("Mounts"), QStringLiteral("/hostConfig/Mounts"),
                                 {{{Kind::String, QStringLiteral("Type")}, tr("Type")},
                                  {{Kind::String, QStringLiteral("Source")}, tr("Source")},
                                  {{Kind::String, QStringLiteral("Target")}, tr("Target")},
                                  {{Kind::Bool, QStringLiteral("ReadOnly")}, tr("Read-only")},
                                  {{Kind::String, QStringLiteral("BindOptions/Propagation")}, tr("Propagation")}});
    Value mount(oci::json::Type::Object);
    mount.insert("Type", Value::makeString("bind"));
    mount.insert("Source", Value::makeString(std::string()));
    mount.insert("Target", Value::makeString(std::string()));
    mounts->model()->setRowTemplate(mount);
    b.table(tr("Tmpfs"), QStringLiteral("/hostConfig/Tmpfs"),
            {{{Kind::Key, QString()}, tr("Path")}, {{Kind::String, QString()}, tr("Options")}})
        ->setMaximumVisibleRows(4);
    b.table(tr("Anonymous volumes"), QStringLiteral("/config/Volumes"), {{{Kind::Key, QString()}, tr("Container path")}})
        ->setMaximumVisibleRows(3);
    b.boolean(tr("Read-only root filesystem"), QStringLiteral("/hostConfig/ReadonlyRootfs"));
    b.integer(tr("/dev/shm size"), QStringLiteral("/hostConfig/ShmSize"), tr("the daemon's (64m)"))
        ->setUnit(IntegerField::Unit::Bytes);

    b.section(tr("Devices"));
    TableField *devices = b.table(QString(), QStringLiteral("/hostConfig/Devices"),
                                  {{{Kind::String, QStringLiteral("PathOnHost")}, tr("Host path")},
                                   {{Kind::String, QStringLiteral("PathInContainer")}, tr("Container path")},
                                   {{Kind::String, QStringLiteral("CgroupPermissions")}, tr("Permissions")}});
    Value device(oci::json::Type::Object);
    device.insert("PathOnHost", Value::makeString(std::string()));
    device.insert("PathInContainer", Value::makeString(std::string()));
    device.insert("CgroupPermissions", Value::makeString("rwm"));
    devices->model()->setRowTemplate(device);
    b.table(tr("Cgroup rules"), QStringLiteral("/hostConfig/DeviceCgroupRules"),
            {{{Kind::String, QString()}, tr("TYPE MAJOR:MINOR ACCESS")}})
        ->setMaximumVisibleRows(4);

    b.section(tr("Resources"));
    b.integer(tr("Memory"), QStringLiteral("/hostConfig/Memory"), tr("unlimited"))->setUnit(IntegerField::Unit::Bytes);
    b.integer(tr("Memory + swap"), QStringLiteral("/hostConfig/MemorySwap"), tr("twice the memory; -1 unlimited"))
        ->setUnit(IntegerField::Unit::Bytes);
    b.integer(tr("Memory reservation"), QStringLiteral("/hostConfig/MemoryReservation"))
        ->setUnit(IntegerField::Unit::Bytes);
    b.integer(tr("Swappiness"), QStringLiteral("/hostConfig/MemorySwappiness"), tr("the kernel's"))->setRange(-1, 100);
    b.choice(tr("OOM killer disabled"), QStringLiteral("/hostConfig/OomKillDisable"), FormBuilder::optionalBool());
    b.integer(tr("CPUs"), QStringLiteral("/hostConfig/NanoCpus"), tr("1.5 or nano-CPUs"))
        ->setUnit(IntegerField::Unit::NanoCpus);
    b.integer(tr("CPU shares"), QStringLiteral("/hostConfig/CpuShares"), QStringLiteral("1024"));
    b.integer(tr("CPU period (µs)"), QStringLiteral("/hostConfig/CpuPeriod"), QStringLiteral("100000"));
    b.integer(tr("CPU quota (µs)"), QStringLiteral("/hostConfig/CpuQuota"));
    b.text(tr("CPU set"), QStringLiteral("/hostConfig/CpusetCpus"), QStringLiteral("0-3,8"));
    b.text(tr("Memory nodes"), QStringLiteral("/hostConfig/CpusetMems"), QStringLiteral("0"));
    b.integer(tr("PIDs limit"), QStringLiteral("/hostConfig/PidsLimit"), tr("unlimited (0 or less too)"));
    b.integer(tr("Block IO weight"), QStringLiteral("/hostConfig/BlkioWeight"), tr("10 to 1000"))->setRange(0, 1000);
    b.text(tr("Cgroup parent"), QStringLiteral("/hostConfig/CgroupParent"), tr("the daemon's"));
    b.integer(tr("Realtime period (µs)"), QStringLiteral("/hostConfig/CpuRealtimePeriod"));
    b.integer(tr("Realtime runtime (µs)"), QStringLiteral("/hostConfig/CpuRealtimeRuntime"));
    b.table(tr("Block IO weight per device"), QStringLiteral("/hostConfig/BlkioWeightDevice"),
            {{{Kind::String, QStringLiteral("Path")}, tr("Device")}, {{Kind::Integer, QStringLiteral("Weight")}, tr("Weight")}})
        ->setMaximumVisibleRows(3);
    const QList<std::pair<QString, const char *>> throttles = {
        {tr("Read limit (bytes/s)"), "/hostConfig/BlkioDeviceReadBps"},
        {tr("Write limit (bytes/s)"), "/hostConfig/BlkioDeviceWriteBps"},
        {tr("Read limit (IO/s)"), "/hostConfig/BlkioDeviceReadIOps"},
        {tr("Write limit (IO/s)"), "/hostConfig/BlkioDeviceWriteIOps"},
    };
    for (const auto &[label, pointer] : throttles) {
        b.table(label, QString::fromLatin1(pointer),
                {{{Kind::String, QStringLiteral("Path")}, tr("Device")}, {{Kind::Integer, QStringLiteral("Rate")}, tr("Rate")}})
            ->setMaximumVisibleRows(3);
    }

    b.section(tr("Security"), tr("Options: no-new-privileges, seccomp=unconfined or a profile, apparmor=PROFILE, "
                                  "label=user:USER / role / type / level / disable, systempaths=unconfined."));
    b.table(tr("Security options"), QStringLiteral("/hostConfig/SecurityOpt"),
            {{{Kind::String, QString()}, tr("Option")}})
        ->setMaximumVisibleRows(5);
    b.list(tr("Masked paths"), QStringLiteral("/hostConfig/MaskedPaths"), tr("Docker's defaults; [] for none"))
        ->setPreferJson(true);
    b.list(tr("Read-only paths"), QStringLiteral("/hostConfig/ReadonlyPaths"), tr("Docker's defaults; [] for none"))
        ->setPreferJson(true);
    b.choice(tr("Init process"), QStringLiteral("/hostConfig/Init"), FormBuilder::optionalBool());

    b.section(tr("Kernel"));
    b.table(tr("Sysctls"), QStringLiteral("/hostConfig/Sysctls"),
            {{{Kind::Key, QString()}, tr("Name")}, {{Kind::String, QString()}, tr("Value")}})
        ->setMaximumVisibleRows(5);
    TableField *ulimits = b.table(tr("Ulimits"), QStringLiteral("/hostConfig/Ulimits"),
                                  {{{Kind::String, QStringLiteral("Name")}, tr("Name")},
                                   {{Kind::Integer, QStringLiteral("Soft")}, tr("Soft")},
                                   {{Kind::Integer, QStringLiteral("Hard")}, tr("Hard")}});
    ulimits->setMaximumVisibleRows(5);
    ulimits->setStretchColumn(0);
    b.integer(tr("OOM score adjustment"), QStringLiteral("/hostConfig/OomScoreAdj"), QStringLiteral("0"))
        ->setRange(-1000, 1000);
    b.table(tr("Annotations"), QStringLiteral("/hostConfig/Annotations"),
            {{{Kind::Key, QString()}, tr("Key")}, {{Kind::String, QString()}, tr("Value")}})
        ->setMaximumVisibleRows(4);
    page->finish();
    return page;
}
