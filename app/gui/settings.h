#pragma once

// The application's preferences. Every key lives here, so the preferences
// dialog, the main window, the diff view and the tests agree on names and
// defaults; values are read from QSettings on each call, so a change made in
// the dialog is seen at once everywhere.

#include <QString>
#include <QStringList>

class Settings
{
public:
    enum class ExportFormat { Pretty, Compact };

    // The runtime-spec schema folder for validation (empty: the one found at
    // configure time).
    static QString schemaDir();
    static void setSchemaDir(const QString &dir);

    // A host profile (host.json format) used when a scenario embeds none
    // (empty: probe this machine, as `ocispec` without --host).
    static QString hostProfileFile();
    static void setHostProfileFile(const QString &path);

    // The spec layout of File > Export Spec: `pretty` is what
    // `ocispec build` prints, `compact` the bytes Docker hands to containerd.
    static ExportFormat exportFormat();
    static void setExportFormat(ExportFormat format);

    // What a new diff compares against: dockerDefaultBaseline(), a config.json
    // path, or empty for none.
    static QString defaultBaseline();
    static void setDefaultBaseline(const QString &baseline);
    static QString dockerDefaultBaseline() { return QStringLiteral("docker-default"); }

    // The UI language ("de", "fr", "en"); empty follows the system locale.
    // Read once at start-up.
    static QString language();
    static void setLanguage(const QString &language);

    // Where unsaved work is autosaved for recovery after a crash (empty
    // setting: "recovery" in the application's data folder).
    static QString recoveryDir();
    static void setRecoveryDir(const QString &dir);
    // How often unsaved work is autosaved, in seconds (default 5).
    static int autosaveSeconds();
    static void setAutosaveSeconds(int seconds);

    // Most recent first.
    static QStringList recentFiles();
    static void setRecentFiles(const QStringList &files);
};
