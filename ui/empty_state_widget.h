#pragma once
// What a list shows when it has nothing yet: a title, a hint and the actions that help.

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace indicia {

class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    EmptyStateWidget(const QString& title, const QString& hint, QWidget* parent = nullptr);
    // Adds a button that triggers `action` (shares its text, icon and enabled state).
    void addAction(QAction* action);

private:
    QVBoxLayout* buttons_ = nullptr;
};

} // namespace indicia
