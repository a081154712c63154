#pragma once
// The Indicators page: one tab per indicator family (File hashes, IP addresses,
// URLs/Domains, Certificates), each showing its list or an empty state.

#include <QWidget>

#include <array>

class QAction;
class QStackedWidget;
class QTabWidget;

namespace indicia {

class IndicatorsPage : public QWidget {
    Q_OBJECT
public:
    IndicatorsPage(QAction* addAction, QAction* importAction, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return tabs_; }
    // Updates the tab label "File hashes (12)" for tab `index`.
    void setTabCount(int index, qint64 count);

    static constexpr int kTabCount = 4;

private:
    QWidget* makeTab(int index, QAction* addAction, QAction* importAction);
    QString tabTitle(int index) const;

    QTabWidget* tabs_ = nullptr;
    std::array<QStackedWidget*, kTabCount> stacks_{};
};

} // namespace indicia
