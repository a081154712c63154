#pragma once
// "Test connection": three checks, each reported on its own, so that a wrong secret, a
// missing API permission and an empty tenant are told apart:
//   token       the client-credentials token request (the sign-in host's error_description)
//   indicators  GET /api/indicators?$top=1 (Ti.ReadWrite[.All])
//   machines    GET /api/machines?$top=1 (Machine.Read.All); the documented 404 "no
//               machines" is a pass with a note (indicators-api.md §8.1)
// The list checks are skipped when there is no token. Used by the Sync page and by
// `indicia-cli sync --check`; runs on the event loop through one ApiClient.

#include "models/sync/api_client.h"

#include <QObject>

#include <memory>

namespace indicia {

struct CheckStep {
    enum class State { NotRun, Running, Ok, Failed, Skipped };
    State state = State::NotRun;
    int status = 0;  // the last HTTP status (0: no answer)
    QString code;    // the service's error.code, when it gave one
    QString error;   // why it failed, with the service's own words; empty otherwise
    QString note;    // a pass worth a remark, or why the step was skipped
    bool ok() const { return state == State::Ok; }
};

struct ConnectionCheckReport {
    CheckStep token;
    CheckStep indicators;
    CheckStep machines;
    bool allOk() const { return token.ok() && indicators.ok() && machines.ok(); }
};

class ConnectionCheck : public QObject {
    Q_OBJECT
public:
    enum class Step { Token, Indicators, Machines };
    Q_ENUM(Step)

    // `options` as for sync; the check makes at most two attempts per call, so that an
    // unreachable host is reported in seconds rather than after the sync's full backoff.
    ConnectionCheck(ConnectionSettings settings, QString secret, ApiClientOptions options = {},
                    QObject* parent = nullptr);
    ~ConnectionCheck() override;

    void start();
    bool isRunning() const { return running_; }
    const ConnectionCheckReport& report() const { return report_; }
    const CheckStep& step(Step which) const;

    static QString stepName(Step which);
    // One line for people: "OK", "OK: <note>", "Failed: <error>", "Skipped: <why>".
    static QString describe(const CheckStep& step);

signals:
    void stepChanged(indicia::ConnectionCheck::Step which, const indicia::CheckStep& step);
    void finished(const indicia::ConnectionCheckReport& report);

private:
    void set(Step which, CheckStep step);
    void checkList(Step which, const QString& path);
    void onMachines(const ApiResult& result);
    void finish();
    CheckStep& slot(Step which);

    ConnectionSettings settings_;
    QString secret_;
    ApiClientOptions options_;
    std::unique_ptr<ApiClient> client_;
    ConnectionCheckReport report_;
    bool running_ = false;
};

} // namespace indicia
