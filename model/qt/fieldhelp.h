#pragma once

// What each input field becomes: for a pointer into a scenario, the spec
// values it feeds, the Docker flag that sets it and a sentence on its
// effect. Forms use it for tooltips and "What's This?"; the status bar and
// the warnings view may too.
//
// Patterns are JSON Pointers into a scenario document ("/hostConfig/CapAdd",
// "/manifest/mounts/*/source"): keys match case-insensitively (Go decodes
// them so), "*" matches any one token (an array index or a map key). A
// pointer without an entry of its own gets its nearest ancestor's.

#include "builder.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class FieldHelp
{
    Q_DECLARE_TR_FUNCTIONS(FieldHelp)
public:
    struct Entry {
        const char *pattern;
        // Spec pointers, comma-separated; empty when the field does not
        // reach the spec.
        const char *specPaths;
        // `docker run` / `docker plugin` / `dockerd` flag; empty when none.
        const char *dockerFlag;
        // English source text; description() translates it.
        const char *text;

        QString description() const;
        QString specPath() const { return QString::fromLatin1(specPaths); }
        QString flag() const { return QString::fromUtf8(dockerFlag); }
    };

    static const std::vector<Entry> &entries();

    // The entry for a pointer into a scenario, or nullptr.
    static const Entry *find(const QString &inputPointer);
    // The same for a pointer into a bare input of `kind` (a plugin
    // manifest, a create body, `docker inspect` output), mapped to where
    // the wrapping scenario holds it.
    static const Entry *find(const QString &inputPointer, oci::InputKind kind);
    // "/HostConfig/CapAdd" of a create body → "/hostConfig/CapAdd".
    static QString scenarioPointer(const QString &inputPointer, oci::InputKind kind);

    // Rich text for a tooltip: the description, then "Spec:" and "Docker:"
    // lines. Empty when nothing is known about the pointer.
    static QString toolTip(const QString &inputPointer);
    static QString toolTip(const Entry &entry);
};
