// SPDX-License-Identifier: GPL-3.0-or-later
// HostingLayout against a live sandbox: the laid-out tree is exactly what the
// package zip's manifest names, each file verified; faults are survived, a
// failed run resumes, a cancel leaves nothing; a zip or manifest whose paths
// escape the directory is refused.
#include "DownloadFixture.h"

#include "../resources/Await.h"

#include "HostingLayout.h"
#include "PackageManifest.h"
#include "PackageZipReader.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zip.h>

using namespace AltDist;
using AltDist::Test::await;
using AltDist::Test::DownloadFixture;
using AltDist::Test::filesUnder;

namespace {

struct Outcome
{
    std::optional<Result<QString>> result;
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    QStringList currentFiles;
};

/// Writes a zip holding `files` (name, bytes) with libzip, names taken as given.
bool writeZip(const QString &path, const QList<QPair<QByteArray, QByteArray>> &files)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &file : files) {
        zip_source_t *source = zip_source_buffer(archive, file.second.constData(), zip_uint64_t(file.second.size()), 0);
        if (!source || zip_file_add(archive, file.first.constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

QByteArray manifestJson(const QString &assetPath)
{
    const QJsonObject variant{{QStringLiteral("publicId"), QStringLiteral("v1")},
                              {QStringLiteral("assetPath"), assetPath},
                              {QStringLiteral("somethingNew"), true}};
    return QJsonDocument(QJsonObject{{QStringLiteral("variants"), QJsonArray{variant}},
                                     {QStringLiteral("futureField"), 42}})
        .toJson();
}

} // namespace

class tst_HostingLayout final : public QObject
{
    Q_OBJECT

    std::unique_ptr<DownloadFixture> m_fixture;
    DownloadFixture &f() { return *m_fixture; }
    QString output() const { return QDir(m_fixture->dir()).filePath(QStringLiteral("site")); }

    static HostingOptions fastOptions()
    {
        HostingOptions options;
        options.download = DownloadFixture::fastOptions();
        return options;
    }

    /// Runs a layout of the demo COMPLETED version into output().
    Outcome layOut(HostingOptions options = fastOptions(), std::function<void(HostingLayout &)> onStart = {},
                   QList<HostedFile> *files = nullptr)
    {
        Outcome outcome;
        const Result<PackageVersion> version = f().packageVersion();
        if (!version.ok()) {
            outcome.result = version.error();
            return outcome;
        }
        HostingLayout layout(f().client(), version->id, output(), options);
        connect(&layout, &HostingLayout::progress, this, [&outcome](qint64 done, qint64 total, const QString &file) {
            outcome.lastDone = done;
            outcome.lastTotal = total;
            if (!outcome.currentFiles.contains(file))
                outcome.currentFiles << file;
        });
        connect(&layout, &HostingLayout::finished, this, [&outcome](const Result<QString> &r) { outcome.result = r; });
        if (onStart)
            onStart(layout);
        layout.start();
        (void)QTest::qWaitFor([&outcome] { return outcome.result.has_value(); }, 30000);
        if (files)
            *files = layout.files();
        return outcome;
    }

    /// The manifest's assetPath for each variant and delta id, read independently of the code under test.
    QHash<QString, QString> manifestPaths()
    {
        QFile file(QDir(output()).filePath(QStringLiteral("manifest.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QHash<QString, QString> paths;
        for (const QString &key : {QStringLiteral("variants"), QStringLiteral("deltas")}) {
            const QJsonArray entries = root.value(key).toArray();
            for (const QJsonValue &entry : entries)
                paths.insert(entry[QLatin1String("publicId")].toString(), entry[QLatin1String("assetPath")].toString());
        }
        return paths;
    }

    /// The tree in output() is exactly manifest.json, signature and every
    /// variant/delta at its assetPath, each with the API's fileChecksum.
    void verifyCompleteLayout(const QList<HostedFile> &files)
    {
        const Result<PackageVersion> version = f().packageVersion();
        VERIFY_OK(version);
        const Result<Page<Variant>> variants = await(VariantsApi(f().client()).listForVersion(version->id));
        const Result<Page<Delta>> deltas = await(DeltasApi(f().client()).listForVersion(version->id));
        VERIFY_OK(variants);
        VERIFY_OK(deltas);
        QVERIFY(!variants->items.isEmpty());
        QVERIFY(!deltas->items.isEmpty());

        const QHash<QString, QString> paths = manifestPaths();
        QCOMPARE(paths.size(), variants->items.size() + deltas->items.size());
        QStringList expected{QStringLiteral("manifest.json"), QStringLiteral("signature")};
        QHash<QString, QString> checksums; // relative path -> the API's fileChecksum
        for (const Variant &v : variants->items)
            checksums.insert(paths.value(v.id), v.fileChecksum);
        for (const Delta &d : deltas->items)
            checksums.insert(paths.value(d.id), d.fileChecksum);
        QVERIFY(!checksums.contains(QString())); // every resource is in the manifest
        expected << checksums.keys();
        expected.sort();
        QCOMPARE(filesUnder(output()), expected); // no staging, no .part, nothing else

        for (auto it = checksums.cbegin(); it != checksums.cend(); ++it) {
            QVERIFY2(it.key().startsWith(QLatin1String("variant/")) || it.key().startsWith(QLatin1String("delta/")),
                     qPrintable(it.key()));
            QCOMPARE(QString::fromLatin1(DownloadFixture::sha256Hex(QDir(output()).filePath(it.key()))), it.value());
        }
        // What the layout reports is what is on disk.
        QCOMPARE(files.size(), expected.size());
        for (const HostedFile &file : files) {
            const QString path = QDir(output()).filePath(file.path);
            QCOMPARE(QString::fromLatin1(DownloadFixture::sha256Hex(path)), file.sha256);
            QCOMPARE(QFileInfo(path).size(), file.size);
        }
    }

    int requestsUnder(const QString &prefix, bool withRange)
    {
        int n = 0;
        const QList<Sandbox::RequestRecord> requests = f().downloadRequests();
        for (const Sandbox::RequestRecord &r : requests)
            n += r.target.startsWith(prefix) && (!withRange || !r.rangeHeader.isEmpty()) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<DownloadFixture>();
        QVERIFY(f().isReady());
    }

    void cleanup()
    {
        if (!m_fixture)
            return;
        const QString leaks = f().authorizationLeaks();
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("Authorization sent to the download host:\n") + leaks));
        ALTDIST_VERIFY_NO_SPEC_VIOLATIONS(f().sandbox());
        m_fixture.reset();
    }

    void laysOutWhatTheManifestNames()
    {
        QList<HostedFile> files;
        const Outcome outcome = layOut(fastOptions(), {}, &files);
        QVERIFY2(outcome.result.has_value(), "the layout did not finish in time");
        VERIFY_OK(*outcome.result);
        QCOMPARE(outcome.result->value(), output());
        verifyCompleteLayout(files);
        QCOMPARE(files.first().path, QStringLiteral("manifest.json"));
        QVERIFY(outcome.lastTotal > 0);
        QCOMPARE(outcome.lastDone, outcome.lastTotal);
        QVERIFY(outcome.currentFiles.contains(files.last().path));
    }

    void laysOutAgainOverAnEarlierLayout()
    {
        const Outcome first = layOut();
        QVERIFY(first.result.has_value());
        VERIFY_OK(*first.result);
        QFile stale(QDir(output()).filePath(QStringLiteral("signature")));
        QVERIFY(stale.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stale.write("tampered");
        stale.close();
        QList<HostedFile> files;
        const Outcome second = layOut(fastOptions(), {}, &files);
        QVERIFY(second.result.has_value());
        VERIFY_OK(*second.result);
        verifyCompleteLayout(files); // every file replaced with the verified one
    }

    void connectionResetsStillEndVerified()
    {
        // The zip (a few KB) takes the first count; the next two downloads are cut after 150 KB.
        f().server().addFault(DownloadFixture::downloadFault(Sandbox::Fault::Kind::ResetMidBody, 150 * 1024, 3));
        QList<HostedFile> files;
        const Outcome outcome = layOut(fastOptions(), {}, &files);
        QVERIFY2(outcome.result.has_value(), "the layout did not finish in time");
        VERIFY_OK(*outcome.result);
        verifyCompleteLayout(files);
        QVERIFY(requestsUnder(QStringLiteral("/sandbox-downloads/"), /*withRange=*/true) >= 2); // resumed
    }

    void failedRunKeepsStagingAndResumes()
    {
        Sandbox::Fault broken = DownloadFixture::downloadFault(Sandbox::Fault::Kind::ServerError, 0, -1);
        broken.pathPrefix = QStringLiteral("/sandbox-downloads/deltas/");
        f().server().addFault(broken);
        HostingOptions options = fastOptions();
        options.download.maxAttempts = 2;
        options.maxParallel = 1; // manifest order: both variants are verified before the first delta fails
        const Outcome failed = layOut(options);
        QVERIFY(failed.result.has_value());
        QVERIFY(!failed.result->ok());
        QCOMPARE(failed.result->error().kind(), Error::Kind::Network);
        // Nothing presented as laid out; the staging directory is kept.
        const QStringList left = filesUnder(output());
        QVERIFY(!left.contains(QStringLiteral("manifest.json")));
        QVERIFY2(!left.isEmpty() && left.first().startsWith(QLatin1String(".altdist-staging-")), qPrintable(left.join(u' ')));

        f().server().clearFaults();
        f().server().clearRequests();
        QList<HostedFile> files;
        const Outcome resumed = layOut(fastOptions(), {}, &files);
        QVERIFY(resumed.result.has_value());
        VERIFY_OK(*resumed.result);
        verifyCompleteLayout(files);
        // The zip and the variants verified by the first run were not fetched again.
        QCOMPARE(requestsUnder(QStringLiteral("/sandbox-downloads/packageVersions/"), false), 0);
        QCOMPARE(requestsUnder(QStringLiteral("/sandbox-downloads/variants/"), false), 0);
    }

    void cancelLeavesNoLayout()
    {
        // Variants stall after 64 KB, so the cancel surely lands mid-way.
        Sandbox::Fault stall = DownloadFixture::downloadFault(Sandbox::Fault::Kind::Stall, 64 * 1024, -1);
        stall.pathPrefix = QStringLiteral("/sandbox-downloads/variants/");
        f().server().addFault(stall);
        const Outcome outcome = layOut(fastOptions(), [this](HostingLayout &layout) {
            connect(&layout, &HostingLayout::progress, &layout, [&layout](qint64 done, qint64, const QString &file) {
                if (file.startsWith(QLatin1String("variant/")) && done > 0)
                    layout.cancel();
            });
        });
        QVERIFY(outcome.result.has_value());
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.result->error().kind(), Error::Kind::Cancelled);
        QVERIFY(outcome.currentFiles.contains(QStringLiteral("manifest.json"))); // it did get under way
        QCOMPARE(filesUnder(output()), QStringList()); // no layout, no staging, no .part
        f().server().clearFaults();
    }

    void zipWithEscapingEntryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("parent") << QByteArray("../evil");
        QTest::newRow("nested parent") << QByteArray("variant/../../evil");
        QTest::newRow("absolute") << QByteArray("/tmp/evil");
        QTest::newRow("backslash parent") << QByteArray("..\\evil");
    }
    void zipWithEscapingEntryIsRefused()
    {
        QFETCH(QByteArray, entry);
        HostingStaging staging(output(), QStringLiteral("1234"));
        VERIFY_OK(staging.prepare());
        QVERIFY(QDir().mkpath(QFileInfo(staging.zipPath()).absolutePath()));
        QVERIFY(writeZip(staging.zipPath(), {{"manifest.json", manifestJson(QStringLiteral("variant/v1.ipa"))},
                                             {"signature", "sig"},
                                             {entry, "gotcha"}}));
        const Result<ExtractedPackage> extracted = staging.extract();
        QVERIFY(!extracted.ok());
        QCOMPARE(extracted.error().kind(), Error::Kind::Protocol);
        QVERIFY2(extracted.error().message().contains(QString::fromUtf8(entry)), qPrintable(extracted.error().message()));
        QVERIFY(!QFile::exists(staging.stagedPath(QStringLiteral("manifest.json"))));
        QVERIFY(!QFile::exists(QDir(output()).filePath(QStringLiteral("../evil"))));
    }

    void zipIsReadWithBoundsAndUnknownFieldsTolerated()
    {
        const QString zipPath = QDir(f().dir()).filePath(QStringLiteral("p.zip"));
        QVERIFY(writeZip(zipPath, {{"manifest.json", manifestJson(QStringLiteral("variant/v1.ipa"))}, {"signature", "sig"}}));
        const Result<QHash<QString, QByteArray>> read =
            PackageZipReader::read(zipPath, {QStringLiteral("manifest.json"), QStringLiteral("signature")});
        VERIFY_OK(read);
        QCOMPARE(read->value(QStringLiteral("signature")), QByteArray("sig"));
        const Result<PackageManifest> manifest = PackageManifest::parse(read->value(QStringLiteral("manifest.json")));
        VERIFY_OK(manifest);
        QCOMPARE(manifest->variants.size(), 1);
        QCOMPARE(manifest->variants.first().assetPath, QStringLiteral("variant/v1.ipa"));
        QVERIFY(manifest->deltas.isEmpty());

        const auto tooSmall = PackageZipReader::read(zipPath, {QStringLiteral("manifest.json")}, 16);
        QVERIFY(!tooSmall.ok());
        const auto missing = PackageZipReader::read(zipPath, {QStringLiteral("nothing")});
        QVERIFY(!missing.ok());
    }

    void manifestRefusesUnsafeOrEmpty_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no variants") << QByteArray(R"({"deltas":[]})");
        QTest::newRow("empty variants") << QByteArray(R"({"variants":[]})");
        QTest::newRow("no publicId") << QByteArray(R"({"variants":[{"assetPath":"variant/a.ipa"}]})");
        for (const char *path : {"../a.ipa", "/etc/a.ipa", "variant/../../a", "variant//a", "./a", "C:a", "a\\b", ".hidden",
                                 "manifest.json", ""}) {
            QTest::addRow("assetPath \"%s\"", path) << manifestJson(QString::fromLatin1(path));
        }
        QTest::newRow("twice") << QByteArray(
            R"({"variants":[{"publicId":"x","assetPath":"a"}],"deltas":[{"publicId":"y","assetPath":"a"}]})");
        QTest::newRow("bad sha256") << QByteArray(R"({"variants":[{"publicId":"x","assetPath":"a","sha256":"12"}]})");
    }
    void manifestFileSizeIsKnownOnlyWhenPlausible_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("plain") << QByteArray("123") << qint64(123);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("beyond qint64") << QByteArray("1e19") << qint64(-1);
        QTest::newRow("huge") << QByteArray("1e300") << qint64(-1);
        QTest::newRow("over 1 TiB") << QByteArray("1099511627777") << qint64(-1);
    }
    void manifestFileSizeIsKnownOnlyWhenPlausible()
    {
        QFETCH(QByteArray, size);
        QFETCH(qint64, expected);
        const Result<PackageManifest> manifest = PackageManifest::parse(
            R"({"variants":[{"publicId":"x","assetPath":"a","fileSize":)" + size + "}]}");
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().describe()));
        QCOMPARE(manifest->assets().constFirst().fileSize, expected);
    }
    void manifestRefusesUnsafeOrEmpty()
    {
        QFETCH(QByteArray, json);
        const Result<PackageManifest> manifest = PackageManifest::parse(json);
        QVERIFY(!manifest.ok());
        QCOMPARE(manifest.error().kind(), Error::Kind::Protocol);
    }
};

QTEST_GUILESS_MAIN(tst_HostingLayout)
#include "tst_hosting_layout.moc"
