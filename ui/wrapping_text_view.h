#pragma once
// Read-only text that wraps anywhere a line must break (a 64-digit hash, a long URL), as
// tall as its text at the width it is given: it never widens its parent, never clips, and
// copying a hash from it copies the hash (no zero-width spaces inserted to make it wrap).

#include <QTextBrowser>

namespace indicia {

class WrappingTextView : public QTextBrowser {
    Q_OBJECT
public:
    explicit WrappingTextView(QWidget* parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

} // namespace indicia
