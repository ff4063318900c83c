#include "recoveryfile.h"

#include "document.h"
#include "jsonwriter.h"

#include <QFile>
#include <QFileInfo>

using oci::json::Type;
using oci::json::Value;

namespace {

// The last member named `key`: the one JSON Pointer (and Go) reads.
int lastMember(const Value &object, std::string_view key)
{
    for (std::size_t i = object.size(); i > 0; --i) {
        if (object.key(i - 1) == key)
            return static_cast<int>(i - 1);
    }
    return -1;
}

QString stringMember(const Value &object, std::string_view key)
{
    const Value *v = object.find(key);
    return v && v->isString() ? QString::fromStdString(v->text()) : QString();
}

} // namespace

QString RecoveryFile::Info::displayName() const
{
    return originalPath.isEmpty() ? name : QFileInfo(originalPath).fileName();
}

QByteArray RecoveryFile::encode(const Value &root, const QString &originalPath, const QString &name,
                                const QDateTime &savedAt)
{
    Value meta(Type::Object);
    meta.insert("file", Value::makeString(originalPath.toStdString()));
    meta.insert("name", Value::makeString(name.toStdString()));
    meta.insert("savedAt", Value::makeString(savedAt.toUTC().toString(Qt::ISODateWithMs).toStdString()));

    if (!root.isObject()) {
        // Not a scenario at all: the value rides inside the metadata, so
        // the file still parses as one.
        meta.insert("document", root);
        Value ui(Type::Object);
        ui.insert("recovery", std::move(meta));
        Value wrapper(Type::Object);
        wrapper.insert("ui", std::move(ui));
        return JsonWriter::pretty(wrapper);
    }
    Value copy = root;
    const int ui = lastMember(copy, "ui");
    if (ui >= 0 && copy.at(static_cast<std::size_t>(ui)).isObject()) {
        // Appended last, so taking it out restores the member order.
        copy.at(static_cast<std::size_t>(ui)).insert("recovery", std::move(meta));
    } else {
        // A new last "ui" (it shadows a malformed one, as the last duplicate
        // wins); decode() removes it again.
        meta.insert("uiAdded", Value::makeBool(true));
        Value added(Type::Object);
        added.insert("recovery", std::move(meta));
        copy.insert("ui", std::move(added));
    }
    return JsonWriter::pretty(copy);
}

bool RecoveryFile::decode(const QByteArray &data, const QString &fileName, Value *root, Info *info,
                          QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    Value parsed;
    oci::json::ParseError error;
    if (!oci::json::parse(std::string_view(data.constData(), static_cast<std::size_t>(data.size())), parsed, error)) {
        return fail(QStringLiteral("%1:%2:%3: %4")
                        .arg(fileName)
                        .arg(error.location.line)
                        .arg(error.location.column)
                        .arg(QString::fromStdString(error.message)));
    }
    const int uiIndex = parsed.isObject() ? lastMember(parsed, "ui") : -1;
    Value *ui = uiIndex >= 0 ? &parsed.at(static_cast<std::size_t>(uiIndex)) : nullptr;
    const int metaIndex = ui && ui->isObject() ? lastMember(*ui, "recovery") : -1;
    if (metaIndex < 0 || !ui->at(static_cast<std::size_t>(metaIndex)).isObject())
        return fail(tr("%1: not a recovery file: /ui/recovery is missing.").arg(fileName));
    Value meta = std::move(ui->at(static_cast<std::size_t>(metaIndex)));
    const QDateTime savedAt = QDateTime::fromString(stringMember(meta, "savedAt"), Qt::ISODateWithMs);
    if (!savedAt.isValid())
        return fail(tr("%1: not a recovery file: /ui/recovery/savedAt is not a time.").arg(fileName));
    if (info) {
        info->path = fileName;
        info->originalPath = stringMember(meta, "file");
        info->name = stringMember(meta, "name");
        info->savedAt = savedAt;
    }
    if (!root)
        return true;
    if (Value *document = meta.find("document")) {
        *root = std::move(*document);
        return true;
    }
    ui->erase(static_cast<std::size_t>(metaIndex));
    const Value *added = meta.find("uiAdded");
    if (added && added->isBool() && added->boolean())
        parsed.erase(static_cast<std::size_t>(uiIndex));
    *root = std::move(parsed);
    return true;
}

bool RecoveryFile::read(const QString &path, Value *root, Info *info, QString *errorMessage)
{
    QByteArray data;
    if (!Document::readWholeFile(path, &data, errorMessage))
        return false;
    return decode(data, path, root, info, errorMessage);
}
