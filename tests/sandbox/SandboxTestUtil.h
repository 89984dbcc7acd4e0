// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test-local helpers for the sandbox's transport tests: an independent ES256
// signer (not app/core's) and a raw QNetworkAccessManager round trip.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>
#include <QUrl>

#include "SandboxServer.h"

#include <memory>

namespace SandboxTest {

struct KeyPair
{
    QByteArray privateKeyPem;
    QByteArray publicKeyPem;
};

/// A fresh EC key pair: "P-256" or another curve name ("P-384") for negative tests.
KeyPair generateKeyPair(const char *curve = "P-256");

QByteArray base64Url(const QByteArray &data);

/// header.payload.signature, ES256 with r||s, over the given JSON parts.
QByteArray signJwt(const QByteArray &privateKeyPem, const QJsonObject &header, const QJsonObject &payload);

/// The claims a well-behaved team-key client sends: iat = now - 60, exp = now + 15 min.
QJsonObject teamClaims(const QString &issuerId, qint64 nowSeconds);
QJsonObject es256Header(const QString &keyId);

/// "Bearer <token>" for a team key, valid now.
QByteArray bearer(const QByteArray &privateKeyPem, const QString &issuerId, const QString &keyId);

struct Reply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

/// Sends a request and waits (event loop running) for it to finish.
Reply send(QNetworkAccessManager &manager, const QByteArray &method, const QUrl &url,
           const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {},
           int timeoutMs = 15000);

/// A started SandboxServer and a client QNetworkAccessManager for wire tests.
class LiveSandbox
{
public:
    explicit LiveSandbox(const Sandbox::SandboxOptions &options = {});
    ~LiveSandbox();

    bool isStarted() const { return m_started; }
    Sandbox::SandboxServer &server() { return *m_server; }
    QNetworkAccessManager &manager() { return *m_manager; }
    quint16 port() const { return quint16(m_server->baseUrl().port()); }
    QUrl url(const QString &pathAndQuery) const;

    /// "Bearer ..." signed with the sandbox's own team key, valid now.
    QByteArray authorization() const;
    /// GET with the sandbox's team key, or with `authorization` if not null.
    Reply get(const QString &pathAndQuery, const QByteArray &authorization = {});
    /// GET without any Authorization header.
    Reply getAnonymously(const QString &pathAndQuery);

private:
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    bool m_started = false;
};

} // namespace SandboxTest
