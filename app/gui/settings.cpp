#include "settings.h"

#include <QSettings>

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
