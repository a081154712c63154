#include "service/request_log.h"

#include "service/api_reply.h"

#include <QDateTime>

namespace indicia::service {

bool RequestLog::open(const QString& path)
{
    if (path.isEmpty())
        return true;
    file_.setFileName(path);
    return file_.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void RequestLog::write(const RequestLogEntry& entry)
{
    if (!file_.isOpen())
        return;
    const Json line{
        {"time", toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))},
        {"method", toStd(entry.method)},
        {"path", toStd(entry.path)},
        {"status", entry.status},
        {"client", entry.clientId.isEmpty() ? Json() : Json(toStd(entry.clientId))},
        {"error", entry.errorCode.isEmpty() ? Json() : Json(toStd(entry.errorCode))},
        {"durationMs", entry.durationMs},
        {"requestBytes", entry.requestBytes},
        {"responseBytes", entry.responseBytes},
    };
    file_.write(QByteArray::fromStdString(line.dump(-1, ' ', false, Json::error_handler_t::replace)) + '\n');
    file_.flush(); // a killed service still leaves a complete log
}

} // namespace indicia::service
