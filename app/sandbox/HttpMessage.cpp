// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpMessage.h"

namespace Sandbox {

namespace {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

const QByteArray *findHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return &header.second;
    }
    return nullptr;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray *value = findHeader(headers, name);
    return value ? *value : QByteArray();
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    return findHeader(headers, name) != nullptr;
}

void HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    const QByteArray *value = findHeader(headers, name);
    return value ? *value : QByteArray();
}

HttpResponse HttpResponse::json(int status, const QByteArray &jsonBody)
{
    HttpResponse response;
    response.status = status;
    response.body = jsonBody;
    response.setHeader("Content-Type", "application/json");
    return response;
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse response;
    response.status = 204;
    return response;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 416: return "Range Not Satisfiable";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}

} // namespace Sandbox
