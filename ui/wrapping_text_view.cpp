#include "ui/wrapping_text_view.h"

#include <QResizeEvent>
#include <QScopedPointer>
#include <QTextDocument>

#include <cmath>

namespace indicia {

WrappingTextView::WrappingTextView(QWidget* parent)
    : QTextBrowser(parent)
{
    setReadOnly(true);
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTabChangesFocus(true);
    setFocusPolicy(Qt::ClickFocus);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDocumentMargin(0);
    viewport()->setAutoFillBackground(false); // reads as a label on the window's background
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(document(), &QTextDocument::contentsChanged, this, &QWidget::updateGeometry);
}

int WrappingTextView::heightForWidth(int width) const
{
    const QMargins margins = contentsMargins();
    QScopedPointer<QTextDocument> probe(document()->clone());
    probe->setDefaultFont(font());
    probe->setTextWidth(std::max(1, width - margins.left() - margins.right()));
    return int(std::ceil(probe->size().height())) + margins.top() + margins.bottom();
}

QSize WrappingTextView::sizeHint() const
{
    const int width = this->width() > 0 ? this->width() : fontMetrics().averageCharWidth() * 40;
    return {fontMetrics().averageCharWidth() * 20, heightForWidth(width)};
}

QSize WrappingTextView::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 8, fontMetrics().height()};
}

void WrappingTextView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // a new width is a new height
}

} // namespace indicia
