#include "ui/preview/summary_card.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace indicia {

SummaryCard::SummaryCard(const QString& caption, const QString& objectName, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    value_ = new QLabel(QStringLiteral("–"), this);
    value_->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = value_->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value_->setFont(big);
    auto* label = new QLabel(caption, this);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(value_);
    layout->addWidget(label);
    setAccessibleName(caption);
}

void SummaryCard::setValue(qint64 value)
{
    value_->setText(QLocale().toString(value));
}

QString SummaryCard::valueText() const
{
    return value_->text();
}

} // namespace indicia
