#pragma once

// Highlights JSON in a QTextDocument: with KF6 SyntaxHighlighting its "JSON"
// definition, otherwise BuiltinJsonHighlighter. The theme (or colour set)
// follows the palette of a widget, light or dark, and is re-applied when
// that palette changes.

#include <QObject>
#include <QPointer>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;
class QWidget;
class SyntaxRepository;

class JsonHighlighter : public QObject
{
    Q_OBJECT
public:
    // Attaches to `document` and becomes its child. `paletteSource` (may be
    // null: the application palette) decides light or dark; `repository` is
    // the application's SyntaxRepository (may be null: a private one).
    JsonHighlighter(QTextDocument *document, QWidget *paletteSource, SyntaxRepository *repository);
    ~JsonHighlighter() override;

    // "KSyntaxHighlighting" or "builtin".
    static QString backendName();
    // Dark means a window colour of lightness below the middle.
    static bool isDark(const QPalette &palette);

    bool isDarkTheme() const { return m_dark; }
    // Picks the light or dark theme for `palette` and re-highlights.
    void applyPalette(const QPalette &palette);
    void rehighlight();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QSyntaxHighlighter *m_highlighter = nullptr;
    QPointer<QWidget> m_paletteSource;
    SyntaxRepository *m_repository = nullptr;
    bool m_dark = false;
    bool m_themed = false;
};
