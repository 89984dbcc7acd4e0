// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ResourcePage.h"

namespace AltDist {

/// Web-distribution domains: list, details, "Add domain…", delete.
class DomainsPage final : public ResourcePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainsPage)

public:
    explicit DomainsPage(Workspace &workspace, QWidget *parent = nullptr);

    /// The confirmation shown before deleting `domain` (a domain resource).
    static QString deletionText(const QJsonObject &domain);

Q_SIGNALS:
    void addDomainRequested();

protected:
    PagedModel *createModel(ApiClient *client) override;
    void describeDeletion(const QJsonObject &resource, std::function<void(QString)> ask) override;
    Pending<void> remove(ApiClient *client, const QString &id) override;
};

} // namespace AltDist
