// SPDX-License-Identifier: GPL-3.0-or-later
#include "DownloadFixture.h"

#include "../resources/Await.h"

#include "AppStoreVersions.h"
#include "Apps.h"
#include "Packages.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QFile>

namespace AltDist::Test {

namespace {
const QString kDownloads = QStringLiteral("/sandbox-downloads/");
}

DownloadFixture::DownloadFixture(Sandbox::SandboxOptions options)
    : m_sandbox(options)
{
}

Result<PackageVersion> DownloadFixture::packageVersion()
{
    const Result<Page<App>> apps = await(AppsApi(client()).list(200));
    if (!apps.ok())
        return apps.error();
    for (const App &app : apps->items) {
        if (app.name != QLatin1String("Lumen Notes"))
            continue;
        const Result<Page<AppStoreVersion>> versions = await(AppStoreVersionsApi(client()).listForApp(app.id, 200));
        if (!versions.ok())
            return versions.error();
        for (const AppStoreVersion &v : versions->items) {
            if (v.platform != QLatin1String("IOS") || v.versionString != QLatin1String("2.3.0"))
                continue;
            const Result<std::optional<Package>> package = await(PackagesApi(client()).forVersion(v.id));
            if (!package.ok())
                return package.error();
            if (!package->has_value())
                break;
            const Result<Page<PackageVersion>> list = await(
                PackageVersionsApi(client()).listForPackage((*package)->id, 50, PackageVersion::State::Completed));
            if (!list.ok())
                return list.error();
            if (!list->items.isEmpty())
                return list->items.first();
        }
    }
    return Error{Error::Kind::Protocol, QStringLiteral("test: the demo package version was not found")};
}

namespace {
/// Item `index` of the package version's variants or deltas.
template <typename T>
Result<T> assetOf(ApiClient *client, const Result<PackageVersion> &version, int index)
{
    if (!version.ok())
        return version.error();
    const Result<Page<T>> page = await(PackageAssetsApi<T>(client).listForVersion(version->id));
    if (!page.ok())
        return page.error();
    if (page->items.size() <= index)
        return Error{Error::Kind::Protocol, QStringLiteral("test: the package version has too few of them")};
    return page->items.at(index);
}
} // namespace

Result<Variant> DownloadFixture::variant(int index)
{
    return assetOf<Variant>(client(), packageVersion(), index);
}

Result<Delta> DownloadFixture::delta()
{
    return assetOf<Delta>(client(), packageVersion(), 0);
}

std::optional<Result<QString>> DownloadFixture::run(Download *download, bool start, int timeoutMs)
{
    auto result = std::make_shared<std::optional<Result<QString>>>();
    QObject context;
    QObject::connect(download, &Download::finished, &context,
                     [result](const Result<QString> &r) { result->emplace(r); });
    if (start)
        download->start();
    (void)QTest::qWaitFor([result] { return result->has_value(); }, timeoutMs); // nullopt says "timed out"
    return *result;
}

QList<Sandbox::RequestRecord> DownloadFixture::downloadRequests()
{
    QList<Sandbox::RequestRecord> found;
    const QList<Sandbox::RequestRecord> all = server().requests();
    for (const Sandbox::RequestRecord &r : all) {
        if (r.target.startsWith(kDownloads))
            found << r;
    }
    return found;
}

QString DownloadFixture::authorizationLeaks()
{
    QStringList leaks;
    const QList<Sandbox::RequestRecord> requests = downloadRequests();
    for (const Sandbox::RequestRecord &r : requests) {
        if (r.hadAuthorization)
            leaks << r.target;
    }
    return leaks.join(QLatin1Char('\n'));
}

QByteArray DownloadFixture::sha256Hex(const QString &path)
{
    return Test::sha256HexOfFile(path).toLatin1();
}

Sandbox::Fault DownloadFixture::downloadFault(Sandbox::Fault::Kind kind, qint64 afterBytes, int count)
{
    Sandbox::Fault fault;
    fault.kind = kind;
    fault.pathPrefix = QStringLiteral("/sandbox-downloads");
    fault.afterBytes = afterBytes;
    fault.count = count;
    return fault;
}

DownloadOptions DownloadFixture::fastOptions()
{
    DownloadOptions options;
    options.baseBackoffMs = 20;
    options.maxBackoffMs = 100;
    options.stallTimeoutMs = 5000;
    return options;
}

} // namespace AltDist::Test
