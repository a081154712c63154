#include "ui/palette.h"

#include <QApplication>

#include <algorithm>
#include <cmath>

namespace indicia {

QPalette Palette::current()
{
    return QApplication::palette();
}

bool Palette::isDark(const QPalette& base)
{
    return luminance(base.color(QPalette::Window)) < 0.4;
}

// Each pair: the shade for light windows (Fusion's #efefef and white), then for dark ones.
QColor Palette::errorText(const QPalette& base)
{
    return isDark(base) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa4, 0x26, 0x2c);
}

QColor Palette::warningText(const QPalette& base)
{
    return isDark(base) ? QColor(0xff, 0xc8, 0x5c) : QColor(0x80, 0x52, 0x00);
}

QColor Palette::successText(const QPalette& base)
{
    return isDark(base) ? QColor(0x7d, 0xdc, 0x8f) : QColor(0x1b, 0x6e, 0x34);
}

QColor Palette::infoText(const QPalette& base)
{
    return isDark(base) ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1f, 0x5f, 0xb4);
}

QString Palette::textStyle(const QColor& text)
{
    return QStringLiteral("color: %1;").arg(text.name());
}

QString Palette::bannerStyle(const QColor& background, const QColor& text)
{
    return QStringLiteral("color: %1; background: %2;").arg(text.name(), background.name());
}

double Palette::luminance(const QColor& colour)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

double Palette::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace indicia
