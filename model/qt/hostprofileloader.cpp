#include "hostprofileloader.h"

#include "godecode.h"
#include "json.h"

#include <QFile>

bool HostProfileLoader::load(const QString &path, oci::HostProfile *profile, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot open: %2").arg(path, file.errorString()));
    // Host profiles are a few kilobytes; the bound keeps a wrong pick (an
    // image, a disk dump) from being read whole.
    if (file.size() > 16 * 1024 * 1024)
        return fail(tr("%1: too large for a host profile").arg(path));
    const QByteArray data = file.readAll();
    const std::string text(data.constData(), static_cast<std::size_t>(data.size()));
    oci::json::Value root;
    oci::json::ParseError parseError;
    if (!oci::json::parse(text, root, parseError)) {
        return fail(QStringLiteral("%1:%2:%3: %4")
                        .arg(path)
                        .arg(parseError.location.line)
                        .arg(parseError.location.column)
                        .arg(QString::fromStdString(parseError.message)));
    }
    oci::Diagnostics diagnostics;
    oci::godecode::Decoder decoder(text, path.toStdString(), diagnostics);
    oci::HostProfile result = oci::HostProfile::defaults();
    result.origin = path.toStdString();
    oci::decodeHostProfile(decoder, root, oci::godecode::Path(), result);
    if (decoder.failed()) {
        for (const oci::Diagnostic &d : diagnostics) {
            if (d.severity == oci::Severity::Error)
                return fail(tr("%1: %2").arg(path, QString::fromStdString(d.message)));
        }
        return fail(tr("%1: not a host profile").arg(path));
    }
    *profile = std::move(result);
    return true;
}
