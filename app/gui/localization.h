#pragma once

// The UI language: the app's own translations (embedded, or installed
// beside the binary, which wins so a translator can try a new .qm without
// rebuilding) and Qt's (qtbase_*.qm from qt6-translations-l10n, when
// installed), for the system locale or an explicit choice.

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTranslator;

class Localization
{
    Q_DECLARE_TR_FUNCTIONS(Localization)
public:
    struct Language {
        QString code; // "de"; empty: the system's
        QString name; // in that language: "Deutsch"
    };

    // The choices offered in the preferences, "follow the system" first.
    static QList<Language> available();

    // Installs the translators on the application for `language` (a code
    // from available(); empty: the system locale). Call before creating
    // windows; calling again replaces the previous translators. Returns the
    // language the app's own translation is for ("en" when none applies).
    static QString install(const QString &language);
    // The language install() picked, "en" before any.
    static QString current();

    // Where installed translations are looked for (share/ocistudio/translations
    // relative to the binary), then the embedded ":/i18n".
    static QStringList searchPaths();
};
