#pragma once
// Shared by the demo suites: a small demo organisation (same generator, fewer events)
// served by an in-process tenant on loopback, and persona workspaces built by the real
// DemoBootstrap over HTTP.

#include "models/demo/demo_bootstrap.h"
#include "models/demo/demo_data.h"
#include "service/tenant_service.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace indicia::testing {

class DemoFixture {
public:
    static constexpr qint64 kEvents = 20000;

    // Generates the data set and starts the tenant; an error text on failure.
    QString start()
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary directory");
        service::ServiceConfig config;
        config.dataDir = dir.filePath(QStringLiteral("tenant"));
        config.demoSeed = 7;
        config.demoEvents = kEvents;
        tenant = std::make_unique<service::TenantService>(config);
        if (QString error = tenant->start(); !error.isEmpty())
            return error;
        QString error;
        data = demo::DemoData::load(tenant->demoDir(), error);
        return error;
    }

    // Builds `persona`'s workspace at a fresh path; returns the path (empty on failure).
    QString bootstrap(const QString& persona, const QString& name)
    {
        const demo::DemoPersona* who = data->persona(persona);
        if (!who)
            return {};
        const QString path = dir.filePath(name + QStringLiteral(".indicia"));
        demo::DemoBootstrap bootstrap(*data, tenant->baseUrl());
        QSignalSpy finished(&bootstrap, &demo::DemoBootstrap::finished);
        bootstrap.start(*who, path);
        if (finished.isEmpty() && !finished.wait(60000))
            return {};
        const QString error = finished.first().first().toString();
        if (!error.isEmpty()) {
            qWarning("bootstrap: %s", qPrintable(error));
            return {};
        }
        return path;
    }

    QTemporaryDir dir;
    std::unique_ptr<service::TenantService> tenant;
    std::optional<demo::DemoData> data;
};

} // namespace indicia::testing
