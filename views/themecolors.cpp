#include "themecolors.h"

QColor ThemeColors::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor ThemeColors::addedBackground(const QPalette &palette)
{
    const bool dark = isDark(palette);
    return mix(palette.color(QPalette::Base), QColor(0x2e, 0xa0, 0x43), dark ? 0.30 : 0.20);
}

QColor ThemeColors::removedBackground(const QPalette &palette)
{
    const bool dark = isDark(palette);
    return mix(palette.color(QPalette::Base), QColor(0xda, 0x36, 0x33), dark ? 0.30 : 0.18);
}

QColor ThemeColors::fillerBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.07 : 0.05);
}

QColor ThemeColors::hunkHeaderBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(0x38, 0x8b, 0xfd), isDark(palette) ? 0.22 : 0.12);
}

QColor ThemeColors::hunkHeaderText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.25);
}

QColor ThemeColors::errorText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e);
}

QColor ThemeColors::warningText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
}

QColor ThemeColors::flashBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Window), palette.color(QPalette::Highlight), isDark(palette) ? 0.35 : 0.25);
}
