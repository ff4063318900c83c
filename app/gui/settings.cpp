#include "settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString stringValue(const char *key)
{
    return QSettings().value(QLatin1String(key)).toString();
}

void setStringValue(const char *key, const QString &value)
{
    QSettings settings;
    // An empty value means "the default": removing the key keeps the file
    // free of stale entries when the default itself changes later.
    if (value.isEmpty())
        settings.remove(QLatin1String(key));
    else
        settings.setValue(QLatin1String(key), value);
}

} // namespace

QString Settings::schemaDir()
{
    return stringValue("Preferences/schemaDir");
}

void Settings::setSchemaDir(const QString &dir)
{
    setStringValue("Preferences/schemaDir", dir);
}

QString Settings::hostProfileFile()
{
    return stringValue("Preferences/hostProfile");
}

void Settings::setHostProfileFile(const QString &path)
{
    setStringValue("Preferences/hostProfile", path);
}

Settings::ExportFormat Settings::exportFormat()
{
    return stringValue("Preferences/exportFormat") == QLatin1String("compact") ? ExportFormat::Compact
                                                                               : ExportFormat::Pretty;
}

void Settings::setExportFormat(ExportFormat format)
{
    setStringValue("Preferences/exportFormat",
        format == ExportFormat::Compact ? QStringLiteral("compact") : QStringLiteral("pretty"));
}

QString Settings::defaultBaseline()
{
    return stringValue("Preferences/defaultBaseline");
}

void Settings::setDefaultBaseline(const QString &baseline)
{
    setStringValue("Preferences/defaultBaseline", baseline);
}

QString Settings::language()
{
    return stringValue("Preferences/language");
}

void Settings::setLanguage(const QString &language)
{
    setStringValue("Preferences/language", language);
}

QString Settings::recoveryDir()
{
    const QString dir = stringValue("Preferences/recoveryDir");
    if (!dir.isEmpty())
        return dir;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery"));
}

void Settings::setRecoveryDir(const QString &dir)
{
    setStringValue("Preferences/recoveryDir", dir);
}

int Settings::autosaveSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(QStringLiteral("Preferences/autosaveSeconds")).toInt(&ok);
    return ok && seconds > 0 ? seconds : 5;
}

void Settings::setAutosaveSeconds(int seconds)
{
    QSettings settings;
    if (seconds <= 0)
        settings.remove(QStringLiteral("Preferences/autosaveSeconds"));
    else
        settings.setValue(QStringLiteral("Preferences/autosaveSeconds"), seconds);
}

QStringList Settings::recentFiles()
{
    return QSettings().value(QStringLiteral("RecentFiles/files")).toStringList();
}

void Settings::setRecentFiles(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(QStringLiteral("RecentFiles/files"));
    else
        settings.setValue(QStringLiteral("RecentFiles/files"), files);
}
