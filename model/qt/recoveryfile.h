#pragma once

// The format of an autosave: the document as a scenario (.ocispec.json),
// with where it came from under the reserved "ui" key, as
// "ui": {"recovery": {"file": ..., "name": ..., "savedAt": ...}}. A
// recovery file is therefore a document like any other: `ocispec` builds
// it and the app opens it. decode() takes the metadata out again, so the
// recovered value is the edited one, member order and duplicates included.

#include "json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class RecoveryFile
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryFile)
public:
    struct Info {
        // The recovery file itself.
        QString path;
        // The document's own file; empty for one that was never saved.
        QString originalPath;
        // The untitled name of a document that was never saved.
        QString name;
        QDateTime savedAt;
        // What the user sees: the original file name, else the untitled name.
        QString displayName() const;
    };

    static QByteArray encode(const oci::json::Value &root, const QString &originalPath, const QString &name,
                             const QDateTime &savedAt);
    // The document and its metadata; false (with a located error) for a
    // file that is not a recovery file.
    static bool decode(const QByteArray &data, const QString &fileName, oci::json::Value *root, Info *info,
                       QString *errorMessage = nullptr);
    static bool read(const QString &path, oci::json::Value *root, Info *info, QString *errorMessage = nullptr);
};
