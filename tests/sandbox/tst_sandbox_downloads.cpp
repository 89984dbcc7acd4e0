// SPDX-License-Identifier: GPL-3.0-or-later
// Signed download URLs: real bytes matching fileChecksum, byte ranges,
// expiry and tampering, and a package zip whose manifest names every asset.

#include "SandboxApiHarness.h"
#include "SandboxStore.h"

#include <QCryptographicHash>
#include <QIODevice>
#include <QJsonArray>
#include <QTest>

#include <zip.h>

using namespace Sandbox;
using SandboxTest::ApiHarness;

namespace {

QByteArray readAll(const HttpResponse &response)
{
    if (!response.stream)
        return response.body;
    QByteArray out;
    while (out.size() < response.streamLength) {
        const QByteArray chunk = response.stream->read(qMin<qint64>(64 * 1024, response.streamLength - out.size()));
        if (chunk.isEmpty())
            break;
        out += chunk;
    }
    return out;
}

/// The named file of an in-memory zip, or a null QByteArray.
QByteArray unzip(const QByteArray &archive, const char *name)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(archive.constData(), zip_uint64_t(archive.size()), 0, &error);
    zip_t *zip = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!zip) {
        if (source)
            zip_source_free(source);
        return {};
    }
    QByteArray content;
    zip_stat_t stat;
    if (zip_stat(zip, name, 0, &stat) == 0) {
        if (zip_file_t *file = zip_fopen(zip, name, 0)) {
            content.resize(qsizetype(stat.size));
            if (zip_fread(file, content.data(), stat.size) != zip_int64_t(stat.size))
                content.clear();
            zip_fclose(file);
        }
    }
    zip_close(zip); // frees the source too
    return content;
}

} // namespace

class TestSandboxDownloads final : public QObject
{
    Q_OBJECT

private:
    ApiHarness &harness() { return m_slot.make(); }
    SandboxTest::HarnessSlot m_slot;

    QString completedVersionId(ApiHarness &h)
    {
        const PackageRecord *package = h.api.store().packages.select().first();
        const auto versions = h.api.store().versionsOfPackage(package->id);
        return versions.last()->id;
    }
    QJsonObject variantJson(ApiHarness &h)
    {
        return h.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}/variants"), completedVersionId(h))
            .json[u"data"][0].toObject();
    }

private Q_SLOTS:
    void cleanup() { m_slot.verifyAndReset(); }

    void fullBodyMatchesChecksum()
    {
        ApiHarness &h = harness();
        const QJsonObject variant = variantJson(h);
        const QString url = variant[u"attributes"][u"url"].toString();
        QVERIFY(url.startsWith(h.baseUrl.toString() + QStringLiteral("/sandbox-downloads/variants/")));
        QVERIFY(url.contains(QStringLiteral(".ipa?expires=")));
        const HttpResponse response = h.download(url);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Accept-Ranges"), QByteArray("bytes"));
        QCOMPARE(response.header("Content-Type"), QByteArray("application/octet-stream"));
        const QByteArray body = readAll(response);
        QCOMPARE(response.header("Content-Length").toLongLong(), body.size());
        QVERIFY(body.size() >= 1024 * 1024);
        const QByteArray sum = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        QCOMPARE(QString::fromLatin1(sum), variant[u"attributes"][u"fileChecksum"].toString());
        QCOMPARE(response.header("ETag"), '"' + sum + '"');

        const HttpResponse head = h.download(url, {}, "HEAD");
        QCOMPARE(head.status, 200);
        QCOMPARE(head.streamLength, body.size());
    }

    void ranges()
    {
        ApiHarness &h = harness();
        const QString url = variantJson(h)[u"attributes"][u"url"].toString();
        const QByteArray body = readAll(h.download(url));
        const qint64 size = body.size();

        const HttpResponse tail = h.download(url, "bytes=1000-");
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.header("Content-Range"), "bytes 1000-" + QByteArray::number(size - 1) + '/' + QByteArray::number(size));
        QCOMPARE(readAll(tail), body.mid(1000));

        const HttpResponse middle = h.download(url, "bytes=10-19");
        QCOMPARE(middle.status, 206);
        QCOMPARE(middle.header("Content-Range"), "bytes 10-19/" + QByteArray::number(size));
        QCOMPARE(readAll(middle), body.mid(10, 10));

        const HttpResponse suffix = h.download(url, "bytes=-5");
        QCOMPARE(readAll(suffix), body.right(5));

        const HttpResponse beyond = h.download(url, "bytes=" + QByteArray::number(size) + '-');
        QCOMPARE(beyond.status, 416);
        QCOMPARE(beyond.header("Content-Range"), "bytes */" + QByteArray::number(size));
    }

    void expiredAndTamperedUrlsAreForbidden()
    {
        ApiHarness &h = harness();
        const QString url = variantJson(h)[u"attributes"][u"url"].toString();

        QString tampered = url;
        tampered[tampered.size() - 1] = tampered.endsWith(u'0') ? u'1' : u'0';
        const HttpResponse bad = h.download(tampered);
        QCOMPARE(bad.status, 403);
        QVERIFY(bad.body.contains("SignatureDoesNotMatch"));

        QString otherId = url;
        otherId.replace(QStringLiteral("expires="), QStringLiteral("expires=9"));
        QCOMPARE(h.download(otherId).status, 403); // expiry is signed too

        h.now = h.now.addSecs(3600);
        QCOMPARE(h.download(url).status, 200); // valid up to the second it names
        h.now = h.now.addSecs(1);
        const HttpResponse expired = h.download(url);
        QCOMPARE(expired.status, 403);
        QVERIFY(expired.body.contains("Request has expired"));

        // Re-reading the resource gives a fresh URL.
        const QString fresh = variantJson(h)[u"attributes"][u"url"].toString();
        QVERIFY(fresh != url);
        QCOMPARE(h.download(fresh).status, 200);
    }

    void packageZipListsEveryVariant()
    {
        ApiHarness &h = harness();
        const QString versionId = completedVersionId(h);
        const QJsonObject version = h.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}"), versionId).data();
        const QString url = version[u"attributes"][u"url"].toString();
        QVERIFY(url.contains(QStringLiteral("/alternative-distribution-package.zip?")));
        const HttpResponse response = h.download(url);
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("Content-Type"), QByteArray("application/zip"));
        const QByteArray zip = readAll(response);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(zip, QCryptographicHash::Sha256).toHex()),
                 version[u"attributes"][u"fileChecksum"].toString());

        const QByteArray manifestJson = unzip(zip, "manifest.json");
        QVERIFY(!manifestJson.isEmpty());
        QVERIFY(!unzip(zip, "signature").isEmpty());
        const QJsonObject manifest = QJsonDocument::fromJson(manifestJson).object();

        const auto variants = h.api.store().variantsOf(versionId);
        const QJsonArray listed = manifest[u"variants"].toArray();
        QCOMPARE(listed.size(), variants.size());
        for (const AssetRecord *variant : variants) {
            bool found = false;
            for (const QJsonValue entry : listed) {
                if (entry[u"publicId"].toString() != variant->id)
                    continue;
                found = true;
                QCOMPARE(entry[u"assetPath"].toString(), QStringLiteral("variant/") + variant->id + QStringLiteral(".ipa"));
                QCOMPARE(entry[u"fileSize"].toInteger(), variant->size);
                QCOMPARE(entry[u"installTargets"][0][u"deviceFamily"].toString(), variant->deviceFamily);
                QCOMPARE(entry[u"chunkDigests"].toArray().size(), int((variant->size + 512 * 1024 - 1) / (512 * 1024)));
            }
            QVERIFY2(found, qPrintable(variant->id));
        }
        const QJsonArray deltas = manifest[u"deltas"].toArray();
        QCOMPARE(deltas.size(), 2);
        QVERIFY(deltas[0][u"assetPath"].toString().startsWith(QStringLiteral("delta/")));
        QCOMPARE(deltas[0][u"fromPackageVersion"].toString(), QStringLiteral("1"));

        // Deterministic: a second server with the same seed serves the same zip.
        ApiHarness again;
        QCOMPARE(again.get(QStringLiteral("/v1/alternativeDistributionPackageVersions/{id}"), versionId)
                     .attributes()[u"fileChecksum"].toString(),
                 version[u"attributes"][u"fileChecksum"].toString());
    }

    void unknownDownloadPaths()
    {
        ApiHarness &h = harness();
        QCOMPARE(h.download(h.baseUrl.toString() + QStringLiteral("/sandbox-downloads/variants/x/y.ipa")).status, 404);
        QCOMPARE(h.download(h.baseUrl.toString() + QStringLiteral("/sandbox-downloads/variants/x/x.ipa")).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestSandboxDownloads)
#include "tst_sandbox_downloads.moc"
