// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AsyncPage.h"

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace AltDist {

class Workspace;
struct PackageDraft;

/// Create package, page 1: every app of the account (all pages), filterable.
class PackageAppPage final : public AsyncPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageAppPage)

public:
    PackageAppPage(Workspace &workspace, PackageDraft &draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void load();
    QModelIndex currentApp() const;

    Workspace &m_workspace;
    PackageDraft &m_draft;
    QLineEdit *m_filter;
    QListView *m_view;
    QStandardItemModel *m_apps;
    QSortFilterProxyModel *m_filtered;
    bool m_loaded = false;
};

} // namespace AltDist
