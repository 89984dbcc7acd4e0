// SPDX-License-Identifier: GPL-3.0-or-later
// AppsBrowser: moving between levels, and what each level asks the API.
#include "AppsBrowser.h"

#include "Apps.h"
#include "Breadcrumb.h"
#include "ErrorBanner.h"
#include "ListPane.h"
#include "PackageVersions.h"
#include "PackageView.h"
#include "Packages.h"
#include "ResourceLabels.h"
#include "ResourceModels.h"

#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>

namespace AltDist {

QString AppsBrowser::versionLabel() const
{
    const AppStoreVersion &v = m_trail.version;
    if (v.versionString.isEmpty())
        return v.id;
    return ResourceLabels::platform(v.platform) + QLatin1Char(' ') + v.versionString;
}

QString AppsBrowser::packageVersionLabel() const
{
    const QString version =
        m_trail.packageVersion.value(QLatin1String("attributes")).toObject().value(QLatin1String("version")).toString();
    return tr("Package version %1").arg(version);
}

void AppsBrowser::updateCrumbs()
{
    QStringList crumbs{tr("Apps")};
    if (m_level >= VersionsLevel)
        crumbs << (m_trail.appName.isEmpty() ? m_trail.appId : m_trail.appName);
    if (m_level >= PackageLevel)
        crumbs << versionLabel();
    if (m_level >= AssetsLevel)
        crumbs << packageVersionLabel();
    m_crumbs->setCrumbs(crumbs);
}

void AppsBrowser::setLevel(Level level)
{
    m_level = level;
    m_stack->setCurrentIndex(int(level));
    updateCrumbs();
    updateDetails();
    updateActions();
    if (isVisible())
        currentPane()->view()->setFocus();
}

void AppsBrowser::goUp()
{
    if (m_level > AppsLevel)
        goToLevel(int(m_level) - 1);
}

void AppsBrowser::goToLevel(int level)
{
    if (level < AppsLevel || level >= int(m_level))
        return;
    m_banner->clear();
    setLevel(Level(level));
}

void AppsBrowser::openApp(const QString &appId, const QString &appName)
{
    ApiClient *api = client();
    if (!api || appId.isEmpty())
        return;
    if (m_trail.appId != appId || !m_versions->model()) {
        ++m_serial;
        m_trail = {};
        m_trail.appId = appId;
        m_versions->setModel(new AppStoreVersionsModel(api, appId));
    }
    if (!appName.isEmpty())
        m_trail.appName = appName;
    m_banner->clear();
    setLevel(VersionsLevel);
}

void AppsBrowser::openVersion(const AppStoreVersion &version)
{
    if (m_trail.version.id != version.id) {
        m_trail.packageId.clear();
        m_trail.packageVersion = {};
        m_variants->setModel(nullptr);
        m_deltas->setModel(nullptr);
    }
    m_trail.version = version;
    m_banner->clear();
    setLevel(PackageLevel);
    lookUpPackage();
}

void AppsBrowser::lookUpPackage()
{
    ApiClient *api = client();
    const QString versionId = m_trail.version.id;
    if (!api || versionId.isEmpty())
        return;
    const quint64 serial = ++m_serial;
    m_packageMissing = false;
    m_banner->setRetryVisible(false);
    m_package->showLoading();
    updateDetails();
    updateActions();
    PackagesApi(api).forVersion(versionId).then(this, [this, serial, api](const Result<std::optional<Package>> &r) {
        if (serial != m_serial)
            return;
        if (!r.ok()) {
            m_package->showFailed();
            m_banner->setError(r.error());
            m_banner->setRetryVisible(true);
        } else if (!r.value()) {
            m_packageMissing = true;
            m_package->showNoPackage(m_trail.version.eligibility());
        } else {
            const Package &package = *r.value();
            m_trail.packageId = package.id;
            m_package->showPackage(package);
            m_package->versions()->setModel(new PackageVersionsModel(api, package.id));
        }
        updateDetails();
        updateActions();
    });
}

void AppsBrowser::openPackageVersion(const QJsonObject &packageVersion)
{
    ApiClient *api = client();
    const QString id = packageVersion.value(QLatin1String("id")).toString();
    if (!api || id.isEmpty())
        return;
    if (m_trail.packageVersion.value(QLatin1String("id")).toString() != id || !m_variants->model()) {
        m_variants->setModel(new VariantsModel(api, id));
        m_deltas->setModel(new DeltasModel(api, id));
        m_assets->setCurrentWidget(m_variants);
    }
    m_trail.packageVersion = packageVersion;
    m_banner->clear();
    setLevel(AssetsLevel);
}

void AppsBrowser::showPackage(const QString &appId, const QString &versionId)
{
    ApiClient *api = client();
    if (!api || appId.isEmpty() || versionId.isEmpty())
        return;
    const bool knownApp = m_trail.appId == appId && !m_trail.appName.isEmpty();
    openApp(appId, QString());
    if (!knownApp) {
        const quint64 serial = m_serial;
        AppsApi(api).get(appId).then(this, [this, serial, appId](const Result<App> &app) {
            if (app.ok() && m_trail.appId == appId && m_serial >= serial) {
                m_trail.appName = app->name;
                updateCrumbs();
            }
        });
    }
    // The version's attributes decide "Create package…" when there is none.
    AppStoreVersion placeholder;
    placeholder.id = versionId;
    openVersion(m_trail.version.id == versionId ? m_trail.version : placeholder);
    if (!m_trail.version.versionString.isEmpty())
        return;
    AppStoreVersionsApi(api).get(versionId).then(this, [this, versionId](const Result<AppStoreVersion> &version) {
        if (!version.ok() || m_trail.version.id != versionId)
            return;
        m_trail.version = version.value();
        updateCrumbs();
        updateActions();
        if (m_packageMissing)
            m_package->showNoPackage(m_trail.version.eligibility());
    });
}

void AppsBrowser::requestCreatePackage()
{
    if (m_level == VersionsLevel) {
        const QString versionId = m_versions->currentId();
        if (!versionId.isEmpty())
            Q_EMIT createPackageRequested(m_trail.appId, versionId);
    } else if (m_level == PackageLevel && !m_trail.version.id.isEmpty()) {
        Q_EMIT createPackageRequested(m_trail.appId, m_trail.version.id);
    }
}

void AppsBrowser::requestDownload()
{
    ListPane *pane = currentPane();
    const QJsonObject resource = pane->currentResource();
    if (resource.isEmpty() || m_level < PackageLevel)
        return;
    DownloadRequest request;
    request.resource = resource;
    const QString place = (m_trail.appName.isEmpty() ? m_trail.appId : m_trail.appName) + QLatin1Char(' ')
                          + versionLabel();
    if (m_level == PackageLevel) {
        request.kind = DownloadRequest::Kind::PackageVersion;
        const QString version =
            resource.value(QLatin1String("attributes")).toObject().value(QLatin1String("version")).toString();
        request.label = tr("%1 · package version %2").arg(place, version);
    } else {
        const bool delta = pane == m_deltas;
        request.kind = delta ? DownloadRequest::Kind::Delta : DownloadRequest::Kind::Variant;
        // Named by the start of its ID, which stays the same however the list is sorted.
        const QString shortId = pane->currentId().left(8);
        request.label = tr("%1 · %2 · %3").arg(place, packageVersionLabel(),
                                              delta ? tr("delta %1").arg(shortId) : tr("variant %1").arg(shortId));
    }
    Q_EMIT downloadRequested(request);
}

} // namespace AltDist
