#pragma once

// Turns a file dropped on (or opened in) the app into something it can
// edit, recognising it by content as `ocispec` does: a scenario opens as it
// is; a bare plugin manifest, Engine API create body or `docker inspect`
// output becomes a new, untitled scenario wrapping it (with the id and paths
// `ocispec build` would derive, so both build the same spec); an OCI
// config.json is recognised but not editable (it can be a diff baseline).

#include "builder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class InputImport
{
    Q_DECLARE_TR_FUNCTIONS(InputImport)
public:
    struct Result {
        oci::InputKind kind = oci::InputKind::Invalid;
        // For a manifest, create body or inspect output: the scenario
        // document wrapping it, and the untitled name to give it.
        QByteArray scenario;
        QString untitledName;
        // Invalid: why the file cannot be used (located for malformed JSON).
        QString error;
        // What the wrapping changed, for the status bar.
        QStringList notes;
    };

    // Files larger than this are refused before reading (as the CLI does).
    static constexpr qint64 kMaxBytes = 64 * 1024 * 1024;

    static Result fromFile(const QString &path);
    static Result fromData(const QByteArray &data, const QString &fileName);

    // "plugin manifest", translated, for messages.
    static QString kindName(oci::InputKind kind);
};
