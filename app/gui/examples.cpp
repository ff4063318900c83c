#include "examples.h"

QList<Examples::Example> Examples::all()
{
    return {
        {QStringLiteral("volume-sshfs"), QStringLiteral("volume-sshfs.ocispec.json"),
         tr("New &Plugin (FUSE volume, sshfs)")},
        {QStringLiteral("nginx-basic"), QStringLiteral("nginx-basic.ocispec.json"), tr("New &Container (nginx)")},
    };
}

QString Examples::resourcePath(const QString &id)
{
    return QStringLiteral(":/examples/%1.ocispec.json").arg(id);
}
