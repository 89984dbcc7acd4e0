// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppStoreVersions.h"
#include "DownloadRequest.h"

#include <QJsonObject>
#include <QWidget>

class QAction;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace AltDist {

class ApiClient;
class Breadcrumb;
class Connection;
class DetailsPanel;
class ErrorBanner;
class ListPane;
class PackageView;
class Workspace;

/// Apps, drilled down level by level: the apps → an app's App Store versions
/// (with whether a package can be created) → the version's package and its
/// versions → a package version's variants and deltas. A breadcrumb bar goes
/// back; activating a row (double-click, Enter) goes down; Backspace or
/// Alt+Left goes up. A details panel shows the current item of the level.
class AppsBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppsBrowser)

public:
    enum Level { AppsLevel, VersionsLevel, PackageLevel, AssetsLevel };
    Q_ENUM(Level)

    explicit AppsBrowser(Workspace &workspace, QWidget *parent = nullptr);
    ~AppsBrowser() override;

    /// Splitter and column state of every level (for QSettings).
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    /// Goes to the package level of App Store version `versionId` of app
    /// `appId` (e.g. right after the create-package wizard made it).
    void showPackage(const QString &appId, const QString &versionId);

    Level level() const { return m_level; }
    Breadcrumb *breadcrumb() const { return m_crumbs; }
    ListPane *appsPane() const { return m_apps; }
    ListPane *versionsPane() const { return m_versions; }
    PackageView *packageView() const { return m_package; }
    ListPane *variantsPane() const { return m_variants; }
    ListPane *deltasPane() const { return m_deltas; }
    QTabWidget *assetTabs() const { return m_assets; }
    DetailsPanel *detailsPanel() const { return m_details; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QAction *downloadAction() const { return m_download; }
    QAction *createPackageAction() const { return m_createPackage; }
    /// The list of the level shown (variants or deltas: the tab shown).
    ListPane *currentPane() const;

public Q_SLOTS:
    void refresh();
    void goUp();
    /// Back to a level above the current one (crumb clicks).
    void goToLevel(int level);

Q_SIGNALS:
    void createPackageRequested(const QString &appId, const QString &versionId);
    void createKeyRequested(const QString &appId);
    void downloadRequested(const AltDist::DownloadRequest &request);

private:
    /// Where the drill-down stands.
    struct Trail
    {
        QString appId;
        QString appName;
        AppStoreVersion version;       ///< id set from the versions level or showPackage()
        QString packageId;
        QJsonObject packageVersion;
    };

    void createActions();
    QWidget *buildAssetsLevel();
    void setConnection(Connection *connection);
    ApiClient *client() const;
    void setLevel(Level level);
    void openApp(const QString &appId, const QString &appName);
    void openVersion(const AppStoreVersion &version);
    void openPackageVersion(const QJsonObject &packageVersion);
    void lookUpPackage();
    void updateCrumbs();
    void updateDetails();
    void updateActions();
    void requestCreatePackage();
    void requestDownload();
    QString versionLabel() const;
    QString packageVersionLabel() const;

    Workspace &m_workspace;
    QToolBar *m_toolBar;
    Breadcrumb *m_crumbs;
    ErrorBanner *m_banner;
    QSplitter *m_splitter;
    QStackedWidget *m_stack;
    ListPane *m_apps;
    ListPane *m_versions;
    PackageView *m_package;
    QTabWidget *m_assets;
    ListPane *m_variants;
    ListPane *m_deltas;
    DetailsPanel *m_details;
    QAction *m_up = nullptr;
    QAction *m_createPackage = nullptr;
    QAction *m_createKey = nullptr;
    QAction *m_download = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_refresh = nullptr;
    Level m_level = AppsLevel;
    Trail m_trail;
    quint64 m_serial = 0; ///< drops answers for a place the user has left
    bool m_packageMissing = false;
};

} // namespace AltDist
