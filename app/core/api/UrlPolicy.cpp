// SPDX-License-Identifier: GPL-3.0-or-later
#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace AltDist::UrlPolicy {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AltDist::UrlPolicy)
};

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host()
        && a.port(defaultPort(a.scheme())) == b.port(defaultPort(b.scheme()));
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    // setAddress() accepts only literal addresses: "127.0.0.1.evil.com" fails.
    return address.setAddress(host) && address.isLoopback();
}

Result<QUrl> checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalidInput(Text::tr("The API base URL \"%1\" is not a valid absolute URL.")
                                       .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Error::invalidInput(Text::tr("The API base URL must use https:// (got \"%1://\").").arg(scheme));
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        return Error::invalidInput(
            Text::tr("The API base URL may use plain http:// only for this computer (loopback), not for \"%1\".")
                .arg(url.host()));
    if (!url.userInfo().isEmpty())
        return Error::invalidInput(Text::tr("The API base URL must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        return Error::invalidInput(Text::tr("The API base URL must not contain a query or fragment."));
    if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
        return Error::invalidInput(Text::tr("The API base URL must not contain a path (got \"%1\").").arg(url.path()));
    QUrl normalised;
    normalised.setScheme(scheme);
    normalised.setHost(url.host());
    normalised.setPort(url.port());
    return normalised;
}

Result<QUrl> resolveNextLink(const QUrl &base, const QUrl &next)
{
    if (!next.isValid() || next.isEmpty())
        return Error{Error::Kind::Protocol, Text::tr("The server sent an invalid link to the next page.")};
    const QUrl resolved = base.resolved(next);
    if (!sameOrigin(resolved, base))
        return Error{Error::Kind::Protocol,
                     Text::tr("Refused to follow a link to the next page on another server (%1); "
                        "the API's credentials are only sent to %2.")
                         .arg(resolved.scheme() + QLatin1String("://") + resolved.host()
                                  + (resolved.port() >= 0 ? QLatin1Char(':') + QString::number(resolved.port())
                                                          : QString()),
                              base.host())};
    if (!resolved.userInfo().isEmpty())
        return Error{Error::Kind::Protocol, Text::tr("Refused to follow a link to the next page that contains user info.")};
    return resolved;
}

QUrl requestUrl(const QUrl &base, const QString &path, const QUrlQuery &query)
{
    QUrl url = base;
    url.setPath(path);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    if (items.isEmpty())
        return url;
    QByteArray encoded;
    for (const auto &item : items) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += QUrl::toPercentEncoding(item.first, "[]") + '=' + QUrl::toPercentEncoding(item.second, "[],");
    }
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

} // namespace AltDist::UrlPolicy
