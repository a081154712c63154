#include "ui/empty_state_widget.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace indicia {

EmptyStateWidget::EmptyStateWidget(const QString& title, const QString& hint, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(titleLabel);

    auto* hintLabel = new QLabel(hint, this);
    hintLabel->setObjectName(QStringLiteral("emptyStateHint"));
    hintLabel->setAlignment(Qt::AlignCenter);
    hintLabel->setWordWrap(true);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hintLabel);

    buttons_ = new QVBoxLayout();
    buttons_->setAlignment(Qt::AlignHCenter);
    layout->addLayout(buttons_);
    layout->addStretch(3);
}

void EmptyStateWidget::addAction(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setMinimumWidth(180);
    buttons_->addWidget(button, 0, Qt::AlignHCenter);
}

} // namespace indicia
