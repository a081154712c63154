#pragma once
// "A colleague" in the demo: the global administrator's client changing an indicator on the
// service behind the signed-in analyst's back, through the real API, so that the next sync
// meets a conflict exactly as it would in production.

#include "engine/indicator.h"
#include "models/demo/demo_data.h"

#include <QObject>
#include <QUrl>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>

namespace indicia {

class ApiClient;

namespace demo {

class DemoColleague : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const QString& error)>; // empty error: changed

    DemoColleague(const DemoData& data, QUrl serviceUrl, QObject* parent = nullptr);
    ~DemoColleague() override;

    // Finds the indicator (type, value) on the service and raises its severity, rewords its
    // title and stamps the description with the time, so every call is a new version.
    void changeIndicator(IndicatorType type, const QString& value, Done done);

private:
    void submitChange(const nlohmann::json& entity, Done done);

    std::unique_ptr<ApiClient> client_;
};

} // namespace demo
} // namespace indicia
