// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorDecoding.h"

#include "ApiClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace AltDist {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::ApiClient)
};

QString stringOf(const QJsonValue &value)
{
    // The spec says strings; tolerate a number (e.g. "status": 409).
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

ApiErrorItem decodeItem(const QJsonObject &object)
{
    ApiErrorItem item;
    item.id = stringOf(object.value(QLatin1String("id")));
    item.status = stringOf(object.value(QLatin1String("status")));
    item.code = object.value(QLatin1String("code")).toString();
    item.title = object.value(QLatin1String("title")).toString();
    item.detail = object.value(QLatin1String("detail")).toString();
    const QJsonObject source = object.value(QLatin1String("source")).toObject();
    item.pointer = source.value(QLatin1String("pointer")).toString();
    item.parameter = source.value(QLatin1String("parameter")).toString();
    item.meta = object.value(QLatin1String("meta")).toObject();
    return item;
}

} // namespace

QList<ApiErrorItem> ApiClient::decodeErrors(const QByteArray &body)
{
    QList<ApiErrorItem> items;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonArray errors = doc.object().value(QLatin1String("errors")).toArray();
    for (const QJsonValue &value : errors) {
        if (value.isObject())
            items.append(decodeItem(value.toObject()));
    }
    return items;
}

namespace ErrorDecoding {

Error httpError(int status, const QByteArray &reason, const QByteArray &body)
{
    const Error::Kind kind = status == 401 ? Error::Kind::Authentication : Error::Kind::Api;
    const QString statusText = reason.isEmpty()
        ? QString::number(status)
        : QString::number(status) + QLatin1Char(' ') + QString::fromLatin1(reason);
    QList<ApiErrorItem> items = ApiClient::decodeErrors(body);
    if (items.isEmpty())
        return {kind,
                Text::tr("The server answered HTTP %1 without an App Store Connect error description.").arg(statusText),
                status};
    const QString message = kind == Error::Kind::Authentication
        ? Text::tr("App Store Connect did not accept the API key (HTTP %1).").arg(statusText)
        : Text::tr("App Store Connect refused the request (HTTP %1).").arg(statusText);
    return {kind, message, status, std::move(items)};
}

Error networkError(const QString &qtErrorText, bool timedOut, int timeoutMs, bool mayHaveBeenApplied)
{
    QString message = timedOut
        ? Text::tr("The server did not answer within %1 seconds.").arg(qMax(1, timeoutMs / 1000))
        : Text::tr("The connection to the server failed: %1.").arg(qtErrorText);
    if (mayHaveBeenApplied)
        message += QLatin1Char(' ')
            + Text::tr("The request may or may not have been applied; check its result before sending it again.");
    return {Error::Kind::Network, message};
}

Error undecodableBody(int status, const QString &parserError)
{
    return {Error::Kind::Protocol,
            Text::tr("The server's answer (HTTP %1) is not valid JSON: %2.").arg(QString::number(status), parserError),
            status};
}

QString summary(const Error &error)
{
    QStringList codes;
    for (const ApiErrorItem &item : error.apiErrors())
        codes << (item.code.isEmpty() ? item.status : item.code);
    if (!codes.isEmpty())
        return codes.join(QLatin1String(", "));
    return error.message();
}

} // namespace ErrorDecoding

} // namespace AltDist
