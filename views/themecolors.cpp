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

QPalette ThemeColors::darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x32);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabled(0x6e, 0x71, 0x75);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, text);
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8e, 0x92));
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    p.setColor(QPalette::Mid, QColor(0x24, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1c, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x11, 0x12));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}
