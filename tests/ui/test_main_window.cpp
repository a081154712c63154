// The console shell: four indicator tabs with counts and empty states, menus, title.

#include "models/settings/settings_registry.h"
#include "ui/indicators_page.h"
#include "ui/main_actions.h"
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace indicia;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(profile_.isValid());
        settings_ = std::make_unique<SettingsRegistry>(profile_.filePath(QStringLiteral("settings.ini")));
    }

    void hasFourTabsInOrder()
    {
        MainWindow window(*settings_, profile_.filePath(QStringLiteral("alpha.indicia")));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("indicatorTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QCOMPARE(tabs->tabText(0), QStringLiteral("File hashes (0)"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("IP addresses (0)"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("URLs/Domains (0)"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Certificates (0)"));
        const QStringList names = {QStringLiteral("fileHashesTab"), QStringLiteral("ipAddressesTab"),
                                   QStringLiteral("urlsDomainsTab"), QStringLiteral("certificatesTab")};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(tabs->widget(i)->objectName(), names[i]);
    }

    void emptyStateShownUntilCountIsSet()
    {
        MainWindow window(*settings_, QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("ipAddressesTab"));
        QVERIFY(stack);
        auto* empty = window.findChild<QWidget*>(QStringLiteral("ipAddressesTabEmpty"));
        QCOMPARE(stack->currentWidget(), empty);
        auto* title = empty->findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
        QCOMPARE(title->text(), QStringLiteral("No IP address indicators yet"));

        window.indicatorsPage()->setTabCount(1, 1234);
        QCOMPARE(window.indicatorsPage()->tabs()->tabText(1), QStringLiteral("IP addresses (1,234)"));
        QCOMPARE(stack->currentWidget(), window.findChild<QWidget*>(QStringLiteral("ipAddressesTabTable")));
    }

    void menusCarryTheShortcuts()
    {
        MainWindow window(*settings_, QString());
        QStringList menus;
        for (QAction* a : window.menuBar()->actions())
            menus << a->text().remove(u'&');
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Help")}));
        QCOMPARE(window.actions()->addIndicator->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(window.actions()->importIndicators->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
        QCOMPARE(window.actions()->exportIndicators->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    }

    void titleNamesTheWorkspace()
    {
        MainWindow window(*settings_, profile_.filePath(QStringLiteral("incident-42.indicia")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Indicia")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("incident-42")));
    }

    void geometryIsRestored()
    {
        {
            MainWindow window(*settings_, QString());
            window.resize(900, 610);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        MainWindow again(*settings_, QString());
        QCOMPARE(again.size(), QSize(900, 610));
    }

private:
    QTemporaryDir profile_;
    std::unique_ptr<SettingsRegistry> settings_;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
