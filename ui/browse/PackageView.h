// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppStoreVersions.h"

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace AltDist {

class ListPane;
struct Package;

/// An App Store version's package: a header (the package ID with a copy
/// button and the source checksum in full, or "No package yet" with
/// "Create package…") above the list of its versions.
class PackageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackageView)

public:
    explicit PackageView(QWidget *parent = nullptr);

    ListPane *versions() const { return m_versions; }

    void showLoading();
    void showPackage(const Package &package);
    /// No package yet: "Create package…" is enabled when `eligibility` allows.
    void showNoPackage(const AppStoreVersion::Eligibility &eligibility);
    /// The lookup failed (the page's banner says why).
    void showFailed();

    /// The package shown, as the API sent it; empty when none.
    QJsonObject packageResource() const { return m_package; }
    /// The header's text, for tests and accessibility.
    QString headerText() const;

Q_SIGNALS:
    void createPackageRequested();

private:
    void setHeaderRows(const QList<QPair<QString, QString>> &rows);

    QJsonObject m_package;
    QStackedWidget *m_header;
    QLabel *m_status;
    QWidget *m_details;
    QFormLayout *m_form;
    QWidget *m_none;
    QLabel *m_noneText;
    QPushButton *m_create;
    ListPane *m_versions;
};

} // namespace AltDist
