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
    note_ = new QLabel(this);
    note_->setObjectName(objectName + QStringLiteral("Note"));
    note_->setWordWrap(true);
    note_->hide();
    layout->addWidget(value_);
    layout->addWidget(label);
    layout->addWidget(note_);
    setAccessibleName(caption);
}

void SummaryCard::setValue(qint64 value)
{
    value_->setText(QLocale().toString(value));
}

void SummaryCard::setNote(const QString& note)
{
    note_->setText(note);
    note_->setVisible(!note.isEmpty());
}

QString SummaryCard::valueText() const
{
    return value_->text();
}

} // namespace indicia
