// indicia-tenant: a local service speaking the Indicators API (see service/). Prints
// "listening on http://HOST:PORT" once it accepts connections, so a test that asked for
// port 0 can read the port it got.

#include "service/service_config.h"
#include "service/tenant_service.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("indicia-tenant"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INDICIA_VERSION));

    using namespace indicia::service;
    const ConfigParse parsed = ServiceConfigParser::parse(QCoreApplication::arguments());
    if (!parsed.output.isEmpty()) {
        std::fputs(parsed.output.toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (!parsed.config) {
        std::fprintf(stderr, "indicia-tenant: %s\n", qPrintable(parsed.error));
        return 2;
    }
    TenantService service(*parsed.config);
    if (const QString error = service.start(); !error.isEmpty()) {
        std::fprintf(stderr, "indicia-tenant: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(service.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
