// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxCatalog.h"

#include "Apps.h"
#include "CliRunner.h"
#include "PackageAssets.h"
#include "PackageVersions.h"
#include "Packages.h"

namespace AltDist::Test {

namespace {
template <typename T>
QList<T> itemsOf(const Pending<Page<T>> &pending, QObject *context)
{
    const Result<Page<T>> page = await(pending, context);
    return page.ok() ? page->items : QList<T>();
}
} // namespace

SandboxCatalog SandboxCatalog::discover(TestSandbox &sandbox, QObject *context)
{
    ApiClient *client = &sandbox.client();
    SandboxCatalog catalog;
    for (const App &app : itemsOf(AppsApi(client).list(50), context))
        catalog.versions += itemsOf(AppStoreVersionsApi(client).listForApp(app.id, 50), context);
    for (const AppStoreVersion &version : std::as_const(catalog.versions)) {
        if (!catalog.packageId.isEmpty() || !version.eligibility().eligible)
            continue;
        const Result<std::optional<Package>> package = await(PackagesApi(client).forVersion(version.id), context);
        if (!package.ok() || !package.value())
            continue;
        for (const PackageVersion &pv : itemsOf(PackageVersionsApi(client).listForPackage(package.value()->id, 50), context)) {
            if (pv.state != QLatin1String("COMPLETED"))
                continue;
            const QList<Variant> variants = itemsOf(VariantsApi(client).listForVersion(pv.id, 50), context);
            const QList<Delta> deltas = itemsOf(DeltasApi(client).listForVersion(pv.id, 50), context);
            if (variants.isEmpty() || deltas.isEmpty())
                continue;
            catalog.packagedVersionId = version.id;
            catalog.packageId = package.value()->id;
            catalog.completedPackageVersionId = pv.id;
            catalog.variantId = variants.constFirst().id;
            catalog.deltaId = deltas.constFirst().id;
            break;
        }
    }
    return catalog;
}

QString SandboxCatalog::eligibleWithoutPackage(TestSandbox &sandbox, QObject *context) const
{
    for (const AppStoreVersion &version : versions) {
        if (!version.eligibility().eligible)
            continue;
        const Result<std::optional<Package>> package = await(PackagesApi(&sandbox.client()).forVersion(version.id), context);
        if (package.ok() && !package.value())
            return version.id;
    }
    return {};
}

QString SandboxCatalog::ineligibleVersion() const
{
    for (const AppStoreVersion &version : versions) {
        if (!version.eligibility().eligible && version.platform != QLatin1String("IOS"))
            return version.id;
    }
    return {};
}

} // namespace AltDist::Test
