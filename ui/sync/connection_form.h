#pragma once
// The connection settings of the Sync page: API host (a known Microsoft host picked from a
// list, or any URL typed in), sign-in host, tenant, client id and secret, the "Test
// connection" button and its three results (token, indicator list, machine list). Picking
// a known API host picks its sign-in host; the token scope follows the API host and is
// shown. The form holds no secret beyond the field itself: the page reads and stores it.

#include "models/sync/connection_check.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace indicia {

class ConnectionForm : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionForm(QWidget* parent = nullptr);

    void load(const ConnectionSettings& settings);
    // What the fields say, with the scope the API host needs.
    ConnectionSettings settings() const;

    QString typedSecret() const;
    void clearSecret();
    bool sessionOnly() const;
    void setSessionOnly(bool on);

    // The line under the button: "Connecting...", a refused URL, a keychain problem.
    void setStatus(const QString& text);
    // Follows `check` until it finishes (the results, then a summary in the status line).
    void showCheck(const ConnectionCheck& check);

signals:
    void testRequested();

private:
    void buildHostRows(QFormLayout* form);
    void buildResults(QFormLayout* form);
    void onHostPicked(int index);
    void onUrlEdited(const QString& text);
    void selectLogin(const QString& loginUrl);
    void updateHint();
    void showStep(ConnectionCheck::Step which, const CheckStep& step);

    QComboBox* host_ = nullptr;  // known hosts, then "Custom URL"
    QLineEdit* url_ = nullptr;   // the API base URL itself
    QComboBox* login_ = nullptr; // data: the sign-in URL; empty = served by the service
    QLabel* hint_ = nullptr;     // sign-in and scope the choice implies
    QLineEdit* tenant_ = nullptr;
    QLineEdit* clientId_ = nullptr;
    QLineEdit* secret_ = nullptr;
    QCheckBox* sessionOnly_ = nullptr;
    QPushButton* testButton_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* resultIcons_[3] = {};
    QLabel* results_[3] = {};
};

} // namespace indicia
