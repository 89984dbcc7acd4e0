// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the credentials tests: a throw-away P-256 key, a wait for
// asynchronous callbacks, and a search of a directory tree for secret bytes.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTest>

#include "Result.h"

#include <functional>
#include <memory>
#include <optional>

namespace AltDist::Test {

/// A P-256 key generated for these tests only (PKCS#8, as Apple's .p8 files).
inline QByteArray testKeyPem()
{
    return QByteArrayLiteral("-----BEGIN PRIVATE KEY-----\n"
                             "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgDb8Sy/CWjxsoB1rL\n"
                             "Xn/+AbYOnjMOx/QcuFvNPLoqf/2hRANCAASvF9frVP4u/SIohuyuGUXGZqjSL2/Y\n"
                             "xfTBK9FtMNEGRCjHo5wNgFN29zFin22FS+4S5Re67DDgPE2OiS9fG+xe\n"
                             "-----END PRIVATE KEY-----\n");
}

/// Starts an asynchronous call with a callback and waits (event loop running)
/// until the callback has run; T is a Result. If it did not run within
/// `timeoutMs`, an error saying so.
template <typename T>
T await(const std::function<void(std::function<void(T)>)> &start, int timeoutMs = 15000)
{
    auto slot = std::make_shared<std::optional<T>>();
    start([slot](T value) { slot->emplace(std::move(value)); });
    if (!QTest::qWaitFor([&slot] { return slot->has_value(); }, timeoutMs))
        return AltDist::Error(AltDist::Error::Kind::Cancelled, QStringLiteral("test: the callback never ran"));
    return std::move(**slot);
}

/// Files under `dir` (recursively, hidden ones included) that contain any of
/// `needles` (each non-empty), as plain bytes.
inline QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets and the like
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles) {
            if (!needle.isEmpty() && content.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

/// `secret` as it could appear in a plain file: raw, base64 and hex.
inline QList<QByteArray> plainForms(const QByteArray &secret)
{
    return {secret, secret.toBase64(), secret.toHex()};
}

/// What would reveal `pem` in a plain file: plainForms() of the whole PEM and
/// each of its base64 lines but the first (a prefix every P-256 PKCS#8 key shares).
inline QList<QByteArray> pemNeedles(const QByteArray &pem)
{
    QList<QByteArray> needles = plainForms(pem);
    const QList<QByteArray> lines = pem.trimmed().split('\n');
    for (qsizetype i = 2; i + 1 < lines.size(); ++i)
        needles << lines.at(i);
    return needles;
}

} // namespace AltDist::Test
