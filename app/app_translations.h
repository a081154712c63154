#pragma once
// Loads the program's translations from the :/i18n resources. English always comes first:
// it carries the plural forms of the source strings ("%n indicator(s)" reads "1 indicator",
// "2 indicators"), so a locale without its own translation still counts properly. The
// locale's translation, when there is one, is installed later and so takes precedence.

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace indicia {

inline void installTranslations(QCoreApplication& app)
{
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/indicia_en.qm")))
        QCoreApplication::installTranslator(english);
    auto* local = new QTranslator(&app);
    if (QLocale().language() != QLocale::English
        && local->load(QLocale(), QStringLiteral("indicia"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
}

} // namespace indicia
