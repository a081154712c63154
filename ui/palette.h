#pragma once
// Every colour the console adds to Qt's palette, by meaning, in one place. Text colours
// are chosen against the window's background: on a light one the dark shade, on a dark
// one the light shade, each at least WCAG AA's 4.5:1 (tests/ui/test_main_window checks).
// Banners pair a background with the text drawn on it.

#include <QColor>
#include <QPalette>
#include <QString>

namespace indicia {

class Palette {
public:
    // Text on the window background (labels, status bar, summaries).
    static QColor errorText(const QPalette& base = current());
    static QColor warningText(const QPalette& base = current());
    static QColor successText(const QPalette& base = current());
    static QColor infoText(const QPalette& base = current());

    // Banners: a filled strip with its own text colour.
    static QColor errorBackground() { return QColor(0xb3, 0x26, 0x1e); }
    static QColor onError() { return QColor(Qt::white); }
    static QColor warningBackground() { return QColor(0xf6, 0xd5, 0x8b); }
    static QColor onWarning() { return QColor(Qt::black); }

    // Style sheet fragments: "color: #rrggbb;" and "color: …; background: …;".
    static QString textStyle(const QColor& text);
    static QString bannerStyle(const QColor& background, const QColor& text);
    static QString errorBanner() { return bannerStyle(errorBackground(), onError()); }
    static QString warningBanner() { return bannerStyle(warningBackground(), onWarning()); }

    // WCAG 2.x: relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor& colour);
    static double contrastRatio(const QColor& a, const QColor& b);
    static constexpr double kMinimumTextContrast = 4.5; // WCAG AA, normal text

private:
    static QPalette current();
    static bool isDark(const QPalette& base);
};

} // namespace indicia
