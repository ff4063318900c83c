#include "engineform.h"

#include "boolfield.h"
#include "formbuilder.h"
#include "formpage.h"
#include "integerfield.h"
#include "tablefield.h"
#include "textareafield.h"
#include "textfield.h"

using Kind = JsonTableModel::Kind;
using oci::json::Value;

namespace {

ChoiceField::Choice stringChoice(const QString &text, const char *value)
{
    return {text, Value::makeString(value), QString()};
}

} // namespace

FormPage *EngineForm::create(Document *document, QWidget *parent)
{
    auto *page = new FormPage(parent);
    page->setObjectName(QStringLiteral("engineForm"));
    FormBuilder b(page, document);

    b.section(tr("Daemon"), tr("dockerd's settings this container is created under."));
    b.text(tr("Data root"), QStringLiteral("/engine/root"), QStringLiteral("/var/lib/docker"));
    b.choice(tr("Cgroup driver"), QStringLiteral("/engine/cgroupDriver"),
             {{tr("Default (cgroupfs)"), std::nullopt, QString()},
              stringChoice(QStringLiteral("cgroupfs"), "cgroupfs"),
              stringChoice(QStringLiteral("systemd"), "systemd")});
    b.choice(tr("Cgroup version"), QStringLiteral("/engine/cgroupVersion"),
             {{tr("Default (2)"), std::nullopt, QString()},
              {QStringLiteral("1"), Value::makeNumber("1"), QString()},
              {QStringLiteral("2"), Value::makeNumber("2"), QString()}});
    b.text(tr("Cgroup parent"), QStringLiteral("/engine/cgroupParent"));
    b.choice(tr("Default cgroup namespace"), QStringLiteral("/engine/defaultCgroupnsMode"),
             {{tr("Default (private)"), std::nullopt, QString()},
              stringChoice(QStringLiteral("private"), "private"),
              stringChoice(QStringLiteral("host"), "host")});
    b.choice(tr("Default IPC mode"), QStringLiteral("/engine/defaultIpcMode"),
             {{tr("Default (private)"), std::nullopt, QString()},
              stringChoice(QStringLiteral("private"), "private"),
              stringChoice(QStringLiteral("shareable"), "shareable")});
    b.integer(tr("Default /dev/shm size"), QStringLiteral("/engine/defaultShmSize"), QStringLiteral("64m"))
        ->setUnit(IntegerField::Unit::Bytes);
    b.boolean(tr("No new privileges for every container"), QStringLiteral("/engine/noNewPrivileges"));
    b.choice(tr("Time namespaces"), QStringLiteral("/engine/timeNamespaces"), FormBuilder::optionalBool());
    b.choice(tr("Seccomp supported"), QStringLiteral("/engine/seccompSupported"), FormBuilder::optionalBool());
    b.combo(tr("Seccomp profile"), QStringLiteral("/engine/seccompProfile"), {QStringLiteral("unconfined")},
            QStringLiteral("unconfined"));
    b.text(tr("docker-init path"), QStringLiteral("/engine/initPath"), QStringLiteral("/usr/bin/docker-init"));

    b.section(tr("User namespace remapping"), tr("Ranges present mean userns-remap is on."));
    const QList<FormBuilder::TableColumn> ranges = {
        {{Kind::Integer, QStringLiteral("containerID")}, tr("Container ID")},
        {{Kind::Integer, QStringLiteral("hostID")}, tr("Host ID")},
        {{Kind::Integer, QStringLiteral("size")}, tr("Size")},
    };
    b.table(tr("UID ranges"), QStringLiteral("/engine/uidMaps"), ranges)->setMaximumVisibleRows(3);
    b.table(tr("GID ranges"), QStringLiteral("/engine/gidMaps"), ranges)->setMaximumVisibleRows(3);

    b.section(tr("Other containers"), tr("Containers this one may join with container:NAME."));
    TableField *containers = b.table(QString(), QStringLiteral("/engine/containers"),
                                     {{{Kind::String, QStringLiteral("name")}, tr("Name")},
                                      {{Kind::String, QStringLiteral("id")}, tr("ID")},
                                      {{Kind::Integer, QStringLiteral("pid")}, tr("PID")},
                                      {{Kind::Bool, QStringLiteral("running")}, tr("Running")},
                                      {{Kind::String, QStringLiteral("ipcMode")}, tr("IPC mode")},
                                      {{Kind::String, QStringLiteral("hostname")}, tr("Hostname")},
                                      {{Kind::String, QStringLiteral("domainname")}, tr("Domain")}});
    Value container(oci::json::Type::Object);
    container.insert("id", Value::makeString(std::string(64, '0')));
    container.insert("name", Value::makeString(std::string()));
    container.insert("pid", Value::makeNumber("1"));
    container.insert("running", Value::makeBool(true));
    container.insert("ipcMode", Value::makeString("private"));
    containers->model()->setRowTemplate(container);
    containers->setStretchColumn(1);

    b.section(tr("Image"), tr("The image's /etc/passwd and /etc/group, for User and GroupAdd."));
    b.textArea(tr("passwd"), QStringLiteral("/image/passwd"), QStringLiteral("root:x:0:0:root:/root:/bin/sh"))
        ->setMonospace(true);
    b.textArea(tr("group"), QStringLiteral("/image/group"), QStringLiteral("root:x:0:"))->setMonospace(true);

    b.section(tr("Container"));
    b.text(tr("Container ID"), QStringLiteral("/id"), tr("64 hex digits"));
    page->finish();
    return page;
}
