// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestParser.h"

#include <QUrl>

namespace Sandbox {

namespace {

bool isTokenChar(char c)
{
    static const QByteArray kSpecials = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || kSpecials.contains(c);
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isFieldValue(const QByteArray &value)
{
    for (const char c : value) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isTarget(const QByteArray &target)
{
    if (!target.startsWith('/'))
        return false;
    for (const char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return false;
    }
    return true;
}

HttpRequestParser::Head failure(int status)
{
    HttpRequestParser::Head head;
    head.errorStatus = status;
    head.keepAlive = false;
    return head;
}

void splitTarget(HttpRequest &request)
{
    const qsizetype question = request.rawTarget.indexOf('?');
    const QByteArray path = question < 0 ? request.rawTarget : request.rawTarget.left(question);
    request.path = QUrl::fromPercentEncoding(path);
    if (question >= 0)
        request.query.setQuery(QString::fromLatin1(request.rawTarget.mid(question + 1)));
}

} // namespace

qsizetype HttpRequestParser::headEnd(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    return end < 0 ? -1 : end + 4;
}

HttpRequestParser::Head HttpRequestParser::parse(const QByteArray &head, const Limits &limits)
{
    if (head.size() > limits.maxHeadBytes)
        return failure(431);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (!line.endsWith('\r'))
            continue;
        line.chop(1);
    }
    // A single trailing empty element follows the final "\r\n".
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return failure(400);

    const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !isTarget(requestLine.at(1)))
        return failure(400);
    const QByteArray &version = requestLine.at(2);
    if (!version.startsWith("HTTP/1."))
        return failure(version.startsWith("HTTP/") ? 505 : 400);
    if (version != "HTTP/1.1" && version != "HTTP/1.0")
        return failure(505);

    Head result;
    result.request.method = requestLine.at(0);
    result.request.rawTarget = requestLine.at(1);
    splitTarget(result.request);

    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return failure(400);
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isToken(name) || !isFieldValue(value))
            return failure(400);
        result.request.headers.append({name, value});
    }

    const HttpRequest &request = result.request;
    if (request.hasHeader("Transfer-Encoding"))
        return failure(411); // chunked request bodies are not accepted: send Content-Length
    const QByteArray connection = request.header("Connection").toLower();
    result.keepAlive = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    result.expectsContinue = request.header("Expect").toLower() == "100-continue";

    QByteArray lengthText;
    for (const auto &header : request.headers) {
        if (header.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (!lengthText.isNull() && lengthText != header.second)
            return failure(400);
        lengthText = header.second;
    }
    if (!lengthText.isNull()) {
        bool ok = !lengthText.isEmpty();
        for (const char c : std::as_const(lengthText))
            ok = ok && c >= '0' && c <= '9';
        result.contentLength = ok && lengthText.size() <= 18 ? lengthText.toLongLong(&ok) : -1;
        if (!ok || result.contentLength < 0)
            return failure(400);
        if (result.contentLength > limits.maxBodyBytes)
            return failure(413);
    }
    return result;
}

} // namespace Sandbox
