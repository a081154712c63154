#include "models/sync/connection_check.h"

#include "models/sync/reply_reading.h"

#include <algorithm>

namespace indicia {

namespace {

CheckStep inState(CheckStep::State state)
{
    CheckStep step;
    step.state = state;
    return step;
}

} // namespace

ConnectionCheck::ConnectionCheck(ConnectionSettings settings, QString secret, ApiClientOptions options, QObject* parent)
    : QObject(parent), settings_(std::move(settings)), secret_(std::move(secret)), options_(options)
{
    options_.maxAttempts = std::clamp(options_.maxAttempts, 1, 2);
}

ConnectionCheck::~ConnectionCheck() = default;

CheckStep& ConnectionCheck::slot(Step which)
{
    switch (which) {
    case Step::Token: return report_.token;
    case Step::Indicators: return report_.indicators;
    case Step::Machines: break;
    }
    return report_.machines;
}

const CheckStep& ConnectionCheck::step(Step which) const { return const_cast<ConnectionCheck*>(this)->slot(which); }

void ConnectionCheck::set(Step which, CheckStep step)
{
    slot(which) = std::move(step);
    emit stepChanged(which, slot(which));
}

void ConnectionCheck::start()
{
    if (running_)
        return;
    running_ = true;
    report_ = {};
    client_ = std::make_unique<ApiClient>(settings_, secret_, options_);
    set(Step::Token, inState(CheckStep::State::Running));
    client_->testConnection([this](const ApiResult& result) {
        CheckStep token;
        token.status = result.status;
        token.state = result.ok ? CheckStep::State::Ok : CheckStep::State::Failed;
        token.code = result.errorCode;
        token.error = result.ok ? QString() : result.error;
        set(Step::Token, token);
        if (!result.ok) {
            CheckStep skipped = inState(CheckStep::State::Skipped);
            skipped.note = tr("no token, so the API was not asked.");
            set(Step::Indicators, skipped);
            set(Step::Machines, skipped);
            finish();
            return;
        }
        checkList(Step::Indicators, QStringLiteral("/indicators"));
    });
}

void ConnectionCheck::checkList(Step which, const QString& path)
{
    set(which, inState(CheckStep::State::Running));
    ApiRequest request;
    request.path = path;
    request.query.addQueryItem(QStringLiteral("$top"), QStringLiteral("1"));
    client_->send(request, [this, which](const ApiResult& result) {
        if (which == Step::Machines) {
            onMachines(result);
            return;
        }
        CheckStep list;
        list.status = result.status;
        list.state = result.ok ? CheckStep::State::Ok : CheckStep::State::Failed;
        list.code = result.errorCode;
        list.error = result.ok ? QString() : result.error;
        set(which, list);
        checkList(Step::Machines, QStringLiteral("/machines"));
    });
}

void ConnectionCheck::onMachines(const ApiResult& result)
{
    CheckStep machines;
    machines.status = result.status;
    machines.code = result.errorCode;
    // §8.1: "404 Not Found" when the tenant has no recently seen machines. A 404 that the
    // indicator list got too means a wrong URL instead, and stays a failure.
    if (result.status == 404 && report_.indicators.status != 404) {
        const QString said = reply::readServiceError(result.body).message;
        machines.state = CheckStep::State::Ok;
        machines.note = said.isEmpty() ? tr("no machines were seen recently.")
                                       : tr("no machines were seen recently (the service said: \"%1\").").arg(said);
    } else {
        machines.state = result.ok ? CheckStep::State::Ok : CheckStep::State::Failed;
        machines.error = result.ok ? QString() : result.error;
    }
    set(Step::Machines, machines);
    finish();
}

void ConnectionCheck::finish()
{
    running_ = false;
    emit finished(report_);
}

QString ConnectionCheck::stepName(Step which)
{
    switch (which) {
    case Step::Token: return tr("Token");
    case Step::Indicators: return tr("Indicator list");
    case Step::Machines: break;
    }
    return tr("Machine list");
}

QString ConnectionCheck::describe(const CheckStep& step)
{
    switch (step.state) {
    case CheckStep::State::NotRun: return tr("Not run.");
    case CheckStep::State::Running: return tr("Checking...");
    case CheckStep::State::Ok: {
        const QString ok = step.status > 0 ? tr("OK (HTTP %1)").arg(step.status) : tr("OK");
        return step.note.isEmpty() ? ok : tr("%1: %2").arg(ok, step.note);
    }
    case CheckStep::State::Failed: return tr("Failed: %1").arg(step.error);
    case CheckStep::State::Skipped: break;
    }
    return tr("Skipped: %1").arg(step.note);
}

} // namespace indicia
