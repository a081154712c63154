#pragma once
// A figure with a caption, as the Preview page's summary row shows them.

#include <QFrame>

class QLabel;

namespace indicia {

class SummaryCard : public QFrame {
    Q_OBJECT
public:
    SummaryCard(const QString& caption, const QString& objectName, QWidget* parent = nullptr);
    void setValue(qint64 value);
    QString valueText() const;
    // A line under the caption (hidden when empty): what the figure leaves out.
    void setNote(const QString& note);

private:
    QLabel* value_ = nullptr;
    QLabel* note_ = nullptr;
};

} // namespace indicia
