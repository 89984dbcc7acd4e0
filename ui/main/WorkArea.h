// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace AltDist {

class AppsBrowser;
class DomainsPage;
class KeysPage;
class Workspace;

/// The navigator on the left (Domains, Web-distribution keys, Apps) and the
/// page it selects on the right. The pages follow the workspace themselves.
class WorkArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkArea)

public:
    enum Section { Domains, Keys, Apps, SectionCount };

    explicit WorkArea(Workspace &workspace, QWidget *parent = nullptr);

    DomainsPage *domainsPage() const { return m_domains; }
    KeysPage *keysPage() const { return m_keys; }
    AppsBrowser *appsBrowser() const { return m_apps; }
    QListWidget *navigator() const { return m_navigator; }

    Section section() const;
    void setSection(Section section);
    /// Reloads the page shown.
    void refreshCurrent();

    /// The navigator selection, the splitter and every page's own state.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void sectionChanged(AltDist::WorkArea::Section section);

private:
    void addSection(const QIcon &icon, const QString &name, const QString &toolTip, QWidget *page);

    QListWidget *m_navigator;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    DomainsPage *m_domains;
    KeysPage *m_keys;
    AppsBrowser *m_apps;
};

} // namespace AltDist
