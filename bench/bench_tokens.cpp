// SPDX-License-Identifier: GPL-3.0-or-later
// How expensive is a bearer token? Prints ES256 signatures per second and the
// cost of a cached TokenProvider::bearerToken() call. Figures only, no verdict.

#include "ApiKey.h"
#include "EcKeyPair.h"
#include "TokenProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace AltDist;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    const Result<EcKeyPair> pair = EcKeyPair::generateP256();
    const Result<ApiKey> key = pair ? ApiKey::fromPem(pair->privateKeyPem()) : Result<ApiKey>(pair.error());
    if (!key) {
        QTextStream(stderr) << key.error().message() << Qt::endl;
        return 1;
    }

    constexpr int kSignatures = 2000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kSignatures; ++i) {
        if (key->signEs256("header.payload." + QByteArray::number(i)).size() != 64) {
            QTextStream(stderr) << "signing failed" << Qt::endl;
            return 1;
        }
    }
    const double signSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "ES256 signatures:        " << qRound(kSignatures / signSeconds) << " per second ("
        << qRound(signSeconds * 1e6 / kSignatures) << " us each)" << Qt::endl;

    // The real wall clock: its cost is part of every cached call.
    TokenProvider tokens({QStringLiteral("57246542-96fe-1a63-e053-0824d011072a"), QStringLiteral("2X9R4HXF34"), *key});
    timer.restart();
    const QByteArray first = tokens.bearerToken();
    const qint64 firstNs = timer.nsecsElapsed();

    constexpr int kCachedCalls = 1000000;
    qsizetype checksum = 0; // keeps the calls observable
    timer.restart();
    for (int i = 0; i < kCachedCalls; ++i)
        checksum += tokens.bearerToken().size();
    const double cachedNs = double(timer.nsecsElapsed()) / kCachedCalls;

    out << "first bearerToken():     " << firstNs / 1000 << " us (signs)" << Qt::endl;
    out << "cached bearerToken():    " << QString::number(cachedNs, 'f', 1) << " ns per call, "
        << tokens.signatureCount() << " signature(s) for " << (kCachedCalls + 1) << " calls" << Qt::endl;
    out << "token length:            " << first.size() << " bytes (checksum " << checksum / kCachedCalls << ")"
        << Qt::endl;
    return 0;
}
