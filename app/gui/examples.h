#pragma once

// The example scenarios embedded in the application (resources/examples).

#include <QCoreApplication>
#include <QList>
#include <QString>

class Examples
{
    Q_DECLARE_TR_FUNCTIONS(Examples)
public:
    struct Example {
        QString id; // "volume-sshfs"
        QString fileName; // "volume-sshfs.ocispec.json", the untitled document's name
        QString title; // menu text
    };

    static QList<Example> all();
    // The FUSE volume plugin the app starts on.
    static QString defaultId() { return QStringLiteral("volume-sshfs"); }
    static QString resourcePath(const QString &id);
};
