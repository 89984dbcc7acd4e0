// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkArea.h"

#include "AppsBrowser.h"
#include "DomainsPage.h"
#include "KeysPage.h"

#include <QDataStream>
#include <QHBoxLayout>
#include <QIODevice>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>

namespace AltDist {

namespace {
constexpr quint32 kStateVersion = 1;
} // namespace

WorkArea::WorkArea(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_navigator(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_domains(new DomainsPage(workspace, m_pages))
    , m_keys(new KeysPage(workspace, m_pages))
    , m_apps(new AppsBrowser(workspace, m_pages))
{
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigator->setAccessibleName(tr("Sections"));
    m_navigator->setIconSize(QSize(style()->pixelMetric(QStyle::PM_ToolBarIconSize),
                                   style()->pixelMetric(QStyle::PM_ToolBarIconSize)));
    m_navigator->setUniformItemSizes(true);
    m_navigator->setSpacing(2);
    m_navigator->setFrameShape(QFrame::NoFrame);
    m_navigator->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    addSection(QIcon::fromTheme(QStringLiteral("network-server"), style()->standardIcon(QStyle::SP_DriveNetIcon)),
               tr("Domains"), tr("Web-distribution domains (Ctrl+1)"), m_domains);
    addSection(QIcon::fromTheme(QStringLiteral("dialog-password"), style()->standardIcon(QStyle::SP_DialogApplyButton)),
               tr("Web-distribution keys"), tr("Keys that sign web-distribution packages (Ctrl+2)"), m_keys);
    addSection(QIcon::fromTheme(QStringLiteral("applications-other"), style()->standardIcon(QStyle::SP_DirIcon)),
               tr("Apps"), tr("Apps, their App Store versions and packages (Ctrl+3)"), m_apps);
    // Wide enough for the longest name in any language, never squeezed.
    m_navigator->setMinimumWidth(m_navigator->sizeHintForColumn(0) + 2 * m_navigator->frameWidth()
                                 + m_navigator->fontMetrics().averageCharWidth() * 2);

    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        Q_EMIT sectionChanged(Section(row));
    });
    m_navigator->setCurrentRow(Domains);

    m_splitter->setObjectName(QStringLiteral("workSplitter"));
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    // The navigator as narrow as its names allow; the page gets the rest.
    m_splitter->setSizes({m_navigator->minimumWidth(), m_navigator->minimumWidth() * 5});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setTabOrder(m_navigator, m_pages);
}

void WorkArea::addSection(const QIcon &icon, const QString &name, const QString &toolTip, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, name, m_navigator);
    item->setToolTip(toolTip);
    m_pages->addWidget(page);
}

WorkArea::Section WorkArea::section() const
{
    return Section(qBound(0, m_navigator->currentRow(), SectionCount - 1));
}

void WorkArea::setSection(Section section)
{
    m_navigator->setCurrentRow(section);
}

void WorkArea::refreshCurrent()
{
    switch (section()) {
    case Domains:
        m_domains->refresh();
        break;
    case Keys:
        m_keys->refresh();
        break;
    case Apps:
        m_apps->refresh();
        break;
    case SectionCount:
        break;
    }
}

QByteArray WorkArea::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateVersion << qint32(section()) << m_splitter->saveState() << m_domains->saveState()
        << m_keys->saveState() << m_apps->saveState();
    return state;
}

void WorkArea::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    qint32 current = 0;
    QByteArray splitter, domains, keys, apps;
    in >> version >> current >> splitter >> domains >> keys >> apps;
    if (in.status() != QDataStream::Ok || version != kStateVersion)
        return; // unreadable or from another version: keep the defaults
    m_splitter->restoreState(splitter);
    m_domains->restoreState(domains);
    m_keys->restoreState(keys);
    m_apps->restoreState(apps);
    if (current >= 0 && current < SectionCount)
        setSection(Section(current));
}

} // namespace AltDist
