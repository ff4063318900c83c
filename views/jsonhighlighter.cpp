#include "jsonhighlighter.h"

#include "builtinjsonhighlighter.h"
#include "syntaxrepository.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QStyleHints>
#include <QTextDocument>
#include <QWidget>

#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

JsonHighlighter::JsonHighlighter(QTextDocument *document, QWidget *paletteSource, SyntaxRepository *repository)
    : QObject(document)
    , m_paletteSource(paletteSource)
    , m_repository(repository)
{
#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    if (!m_repository) {
        static SyntaxRepository fallback;
        m_repository = &fallback;
    }
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(m_repository->repository()->definitionForName(QStringLiteral("JSON")));
    m_highlighter = highlighter;
#else
    m_highlighter = new BuiltinJsonHighlighter(document);
#endif
    if (m_paletteSource)
        m_paletteSource->installEventFilter(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // The desktop's light/dark switch. The palette change that follows it
    // re-applies as well, but not every platform theme sends one, and
    // without a palette source it is the only notice.
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        applyPalette(m_paletteSource ? m_paletteSource->palette() : QApplication::palette());
    });
#endif
    applyPalette(m_paletteSource ? m_paletteSource->palette() : QApplication::palette());
}

JsonHighlighter::~JsonHighlighter() = default;

QString JsonHighlighter::backendName()
{
#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting");
#else
    return QStringLiteral("builtin");
#endif
}

bool JsonHighlighter::isDark(const QPalette &palette)
{
    // Qt 6.4 has no colour-scheme hint; the window colour is what users see.
    return palette.color(QPalette::Window).lightness() < 128;
}

void JsonHighlighter::applyPalette(const QPalette &palette)
{
    const bool dark = isDark(palette);
    if (m_themed && dark == m_dark)
        return;
    m_dark = dark;
    m_themed = true;
#ifdef OCISTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    auto *highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(m_highlighter);
    highlighter->setTheme(m_repository->repository()->defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->rehighlight();
#else
    static_cast<BuiltinJsonHighlighter *>(m_highlighter)->setDark(dark);
#endif
}

void JsonHighlighter::rehighlight()
{
    m_highlighter->rehighlight();
}

bool JsonHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paletteSource
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange))
        applyPalette(m_paletteSource->palette());
    return QObject::eventFilter(watched, event);
}
