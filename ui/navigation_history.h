#pragma once
// Back and forward across pages, like a browser: every visit (a page, and for entity
// pages the file or machine shown) is pushed; going back and forth moves a cursor, and a
// new visit after going back drops the forward entries.

#include <QList>
#include <QObject>
#include <QString>

namespace indicia {

struct NavigationEntry {
    int page = 0;
    QString key; // the hash or machine an entity page shows; empty for other pages
    friend bool operator==(const NavigationEntry&, const NavigationEntry&) = default;
};

class NavigationHistory : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 100;

    explicit NavigationHistory(QObject* parent = nullptr);

    // Records a visit; ignored while restoring one, and when it repeats the current entry.
    void visit(const NavigationEntry& entry);
    bool canGoBack() const { return cursor_ > 0; }
    bool canGoForward() const { return cursor_ + 1 < entries_.size(); }
    // The entry to restore; the caller shows it inside a Restoring guard.
    NavigationEntry back();
    NavigationEntry forward();
    bool isRestoring() const { return restoring_; }
    void setRestoring(bool restoring) { restoring_ = restoring; }
    qsizetype size() const { return entries_.size(); }

signals:
    void changed();

private:
    QList<NavigationEntry> entries_;
    qsizetype cursor_ = -1;
    bool restoring_ = false;
};

} // namespace indicia
