#pragma once

// Colours derived from the widget palette, so what the views paint stays
// readable on light and dark themes alike: tints are the base colour mixed
// with a hue, text stays the palette's text colour.

#include <QColor>
#include <QPalette>

class ThemeColors
{
public:
    static QColor mix(const QColor &a, const QColor &b, qreal t);
    static bool isDark(const QPalette &palette);

    // Backgrounds of added / removed lines and of their changed words.
    static QColor addedBackground(const QPalette &palette);
    static QColor removedBackground(const QPalette &palette);
    // Lines that exist on the other side only (side by side).
    static QColor fillerBackground(const QPalette &palette);
    static QColor hunkHeaderBackground(const QPalette &palette);
    static QColor hunkHeaderText(const QPalette &palette);
    // Text of error and warning messages under form fields.
    static QColor errorText(const QPalette &palette);
    static QColor warningText(const QPalette &palette);
    // A short highlight of a field the user was taken to.
    static QColor flashBackground(const QPalette &palette);

    // A Breeze Dark-like palette: `ocistudio --color-scheme dark` and the
    // tests use it where the platform offers no dark scheme (offscreen, Xvfb).
    static QPalette darkPalette();
};
