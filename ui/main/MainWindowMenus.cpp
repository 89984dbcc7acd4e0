// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus, toolbar and About box.
#include "MainWindow.h"

#include "AccountSwitcher.h"
#include "ConnectionSwitcher.h"
#include "CredentialStore.h"
#include "Workspace.h"
#include "WizardLauncher.h"
#include "WorkArea.h"

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>

namespace AltDist {

namespace {

QIcon themed(const char *name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(QString::fromLatin1(name), style->standardIcon(fallback));
}

/// The menu shows the shortcut while MainWindow::keyPressEvent handles it, so
/// it never clashes with a list's own (focused) Refresh.
QString withShortcutHint(const QString &text, const QList<QKeySequence> &keys)
{
    QStringList shown;
    for (const QKeySequence &key : keys)
        shown << key.toString(QKeySequence::NativeText);
    return text + QLatin1Char('\t') + shown.join(QStringLiteral(", "));
}

} // namespace

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *label = new QLabel(tr("Account:"), bar);
    label->setBuddy(m_switcher);
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(m_switcher);
}

void MainWindow::createMenus()
{
    const QStyle *s = style();
    QToolBar *bar = findChild<QToolBar *>(QStringLiteral("mainToolBar"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *addAccount = file->addAction(themed("list-add-user", QStyle::SP_FileDialogNewFolder, s),
                                          tr("&Add Account…"), m_wizards, &WizardLauncher::addAccount);
    addAccount->setObjectName(QStringLiteral("actionAddAccount"));
    m_removeMenu = file->addMenu(themed("list-remove-user", QStyle::SP_TrashIcon, s), tr("&Remove Account"));
    m_removeMenu->setObjectName(QStringLiteral("removeAccountMenu"));
    m_removeMenu->menuAction()->setObjectName(QStringLiteral("actionRemoveAccount"));
    file->addSeparator();
    QAction *quit = file->addAction(themed("application-exit", QStyle::SP_DialogCloseButton, s), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *actions = menuBar()->addMenu(tr("&Actions"));
    QAction *addDomain = actions->addAction(themed("list-add", QStyle::SP_FileDialogNewFolder, s),
                                            tr("Add &Domain…"), m_wizards, &WizardLauncher::addDomain);
    QAction *createKey = actions->addAction(themed("document-new", QStyle::SP_FileIcon, s), tr("Create &Key…"),
                                            m_wizards, [this] { m_wizards->createKey(); });
    QAction *createPackage = actions->addAction(themed("package-x-generic", QStyle::SP_FileDialogDetailedView, s),
                                                tr("Create &Package…"), m_wizards, [this] { m_wizards->createPackage(); });
    actions->addSeparator();
    const QList<QKeySequence> refreshKeys{QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)};
    QAction *refresh = actions->addAction(themed("view-refresh", QStyle::SP_BrowserReload, s),
                                          withShortcutHint(tr("&Refresh"), refreshKeys), this,
                                          &MainWindow::refreshCurrentPage);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setIconText(tr("Refresh"));
    refresh->setToolTip(tr("Reload the list shown (F5)"));
    m_connectedActions << addDomain << createKey << createPackage << refresh;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList sections{tr("&Domains"), tr("Web-distribution &Keys"), tr("&Apps")};
    for (int i = 0; i < WorkArea::SectionCount; ++i) {
        QAction *go = view->addAction(sections.at(i), this, [this, i] { m_work->setSection(WorkArea::Section(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_connectedActions << go;
    }
    view->addSeparator();
    QAction *log = view->addAction(themed("utilities-log-viewer", QStyle::SP_FileDialogContentsView, s),
                                   tr("Request &Log"), this, &MainWindow::showRequestLog);
    log->setObjectName(QStringLiteral("actionRequestLog"));
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    log->setToolTip(tr("Every request sent to App Store Connect (Ctrl+L)"));
    QAction *downloads = m_downloadsDock->toggleViewAction();
    downloads->setIcon(themed("folder-download", QStyle::SP_ArrowDown, s));
    downloads->setText(tr("&Downloads"));
    downloads->setIconText(tr("Downloads"));
    downloads->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(downloads);
    view->addSeparator();
    view->addAction(bar->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About AltDist"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    // No Refresh here: every page has its own next to its list (the menu item and F5 reach it).
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(log);
    bar->addAction(downloads);
}

void MainWindow::fillRemoveMenu()
{
    // Any stored account, open or not (one whose key is gone cannot be opened to be removed).
    m_removeMenu->clear();
    const QList<Account> accounts = m_workspace.credentials().accounts();
    for (const Account &account : accounts) {
        const QString name = account.name;
        QAction *remove = m_removeMenu->addAction(tr("%1…").arg(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&"))), m_connections,
                                                  [this, name] { m_connections->removeAccount(name); });
        remove->setObjectName(QStringLiteral("removeAccount:") + name);
    }
    m_removeMenu->menuAction()->setEnabled(!accounts.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About AltDist"),
        tr("<h3>AltDist %1</h3>"
           "<p>A desktop tool for App Store Connect alternative distribution: web-distribution domains and "
           "keys, packages of your apps, their versions, variants and deltas.</p>"
           "<p>API keys are kept in your system keychain; nothing secret is written to settings or logs.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace AltDist
