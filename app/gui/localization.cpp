#include "localization.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString &currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

void removeTranslator(std::unique_ptr<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QList<Localization::Language> Localization::available()
{
    // Language names are written in their own language, so a user who
    // cannot read the current one still finds theirs.
    return {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QStringList Localization::searchPaths()
{
    return {QDir(QCoreApplication::applicationDirPath())
                .absoluteFilePath(QStringLiteral("../share/ocistudio/translations")),
        QStringLiteral(":/i18n")};
}

QString Localization::current()
{
    return currentLanguage();
}

QString Localization::install(const QString &language)
{
    removeTranslator(appTranslator());
    removeTranslator(qtTranslator());
    currentLanguage() = QStringLiteral("en");

    // The system locale's UI languages in order of preference (LANGUAGE,
    // LC_ALL, LC_MESSAGES, LANG on Linux); an explicit choice replaces them.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language: nothing to load, and a later
    // preference (e.g. LANGUAGE=en:de) must not fall through to German.
    const QStringList uiLanguages = locale.uiLanguages();
    if (!uiLanguages.isEmpty() && uiLanguages.constFirst().startsWith(QLatin1String("en")))
        return currentLanguage();

    auto app = std::make_unique<QTranslator>();
    for (const QString &dir : searchPaths()) {
        if (app->load(locale, QStringLiteral("ocistudio"), QStringLiteral("_"), dir)) {
            currentLanguage() = app->language().section(QLatin1Char('_'), 0, 0);
            QCoreApplication::installTranslator(app.get());
            appTranslator() = std::move(app);
            break;
        }
    }
    if (!appTranslator())
        return currentLanguage();

    // Qt's own strings (standard buttons, file dialogs), when the distribution's
    // translations are installed; without them those stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(currentLanguage()), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : locale);
    return currentLanguage();
}
