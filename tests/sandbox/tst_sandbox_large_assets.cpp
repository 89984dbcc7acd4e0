// SPDX-License-Identifier: GPL-3.0-or-later
// Large assets (SandboxOptions::largeAssetBytes): generated as they are read,
// any offset produced on its own, and the same bytes whichever way they are
// asked for: a full read, a Range, the checksum and the package manifest.

#include "AssetStream.h"
#include "Blobs.h"
#include "PackageZip.h"
#include "SandboxApiHarness.h"
#include "SandboxStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Sandbox;
using SandboxTest::ApiHarness;

namespace {

constexpr qint64 kLarge = 8 * 1024 * 1024;

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray readStream(const HttpResponse &response)
{
    QByteArray out;
    while (response.stream && out.size() < response.streamLength) {
        const QByteArray chunk =
            response.stream->read(qMin<qint64>(256 * 1024, response.streamLength - out.size()));
        if (chunk.isEmpty())
            break;
        out += chunk;
    }
    return out;
}

} // namespace

class TestSandboxLargeAssets final : public QObject
{
    Q_OBJECT

private:
    SandboxTest::HarnessSlot m_slot;

    ApiHarness &largeHarness()
    {
        SandboxOptions options;
        options.largeAssetBytes = kLarge;
        return m_slot.make(options);
    }
    /// Trailhead Maps' package version, whose variants are the large ones.
    static QString largeVersionId(ApiHarness &h)
    {
        const QString app = SandboxTest::appId(h, QStringLiteral("Trailhead Maps"));
        const AppStoreVersionRecord *version = h.api.store().appStoreVersions.first(
            [&](const AppStoreVersionRecord &v) { return v.appId == app && v.platform == QLatin1String("IOS"); });
        const PackageRecord *package = h.api.store().packageForVersion(version->id);
        return h.api.store().versionsOfPackage(package->id).first()->id;
    }

private Q_SLOTS:
    void cleanup() { m_slot.verifyAndReset(); }

    void streamReadsAnyOffsetOnItsOwn_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("length");
        QTest::newRow("start") << qint64(0) << qint64(100);
        QTest::newRow("inside a word") << qint64(3) << qint64(2);
        QTest::newRow("across words") << qint64(5) << qint64(21);
        QTest::newRow("middle") << qint64(3'141'593) << qint64(65'537);
        QTest::newRow("tail, cut at the end") << kLarge - 7 << qint64(100);
    }
    void streamReadsAnyOffsetOnItsOwn()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, length);
        AssetStream whole(7, QStringLiteral("asset"), kLarge);
        const QByteArray full = whole.readAll();
        QCOMPARE(full.size(), kLarge);
        QCOMPARE(Blobs::generate(7, QStringLiteral("asset"), kLarge), full);

        AssetStream part(7, QStringLiteral("asset"), kLarge);
        QVERIFY(part.seek(offset));
        QCOMPARE(part.read(length), full.mid(offset, length));
        QVERIFY(part.atEnd() == (offset + length >= kLarge));
        QVERIFY(AssetStream(8, QStringLiteral("asset"), 64).readAll() != full.left(64));
    }

    void largeVariantIsStreamedAndConsistent()
    {
        ApiHarness &h = largeHarness();
        const QJsonObject variant =
            h.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}/variants"), largeVersionId(h))
                .json[u"data"][0].toObject();
        const QString url = variant[u"attributes"][u"url"].toString();
        const QString checksum = variant[u"attributes"][u"fileChecksum"].toString();
        QVERIFY(!url.isEmpty());

        const HttpResponse whole = h.download(url);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.streamLength, kLarge);
        QVERIFY2(!qobject_cast<QBuffer *>(whole.stream.get()), "a large variant must not be held in memory");
        const QByteArray full = readStream(whole);
        QCOMPARE(full.size(), kLarge);
        QCOMPARE(QString::fromLatin1(sha256Hex(full)), checksum);
        QCOMPARE(whole.header("ETag"), '"' + sha256Hex(full) + '"');

        const qint64 first = 5'000'001;
        const qint64 last = 5'100'000;
        const HttpResponse part =
            h.download(url, "bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last));
        QCOMPARE(part.status, 206);
        QCOMPARE(part.header("Content-Range"),
                 "bytes 5000001-5100000/" + QByteArray::number(kLarge));
        QCOMPARE(readStream(part), full.mid(first, last - first + 1));

        const HttpResponse suffix = h.download(url, "bytes=-10");
        QCOMPARE(suffix.status, 206);
        QCOMPARE(readStream(suffix), full.right(10));
    }

    void manifestDescribesLargeVariants()
    {
        ApiHarness &h = largeHarness();
        const QString versionId = largeVersionId(h);
        Blobs blobs(h.api.store());
        const QJsonArray variants =
            PackageZip::manifest(h.api.store(), blobs, versionId)[u"variants"].toArray();
        QCOMPARE(variants.size(), 2);
        for (const QJsonValue &entry : variants) {
            const QString id = entry[u"publicId"].toString();
            const QByteArray full = AssetStream(h.api.store().seed(), id, kLarge).readAll();
            QCOMPARE(qint64(entry[u"fileSize"].toDouble()), kLarge);
            QCOMPARE(entry[u"sha256"].toString(), QString::fromLatin1(sha256Hex(full)));
            const QJsonArray chunks = entry[u"chunkDigests"].toArray();
            QCOMPARE(chunks.size(), int(kLarge / PackageZip::kChunkSize));
            QCOMPARE(chunks.last().toString(),
                     QString::fromLatin1(sha256Hex(full.right(int(PackageZip::kChunkSize)))));
        }
    }

    void otherVariantsKeepTheirSize()
    {
        ApiHarness &h = largeHarness();
        const QString large = largeVersionId(h);
        for (const AssetRecord *variant : h.api.store().variants.select()) {
            if (variant->packageVersionId == large)
                QCOMPARE(variant->size, kLarge);
            else
                QVERIFY(variant->size <= Blobs::kStreamAbove);
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxLargeAssets)
#include "tst_sandbox_large_assets.moc"
