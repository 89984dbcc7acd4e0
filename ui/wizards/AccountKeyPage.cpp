// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountKeyPage.h"

#include "AddAccountWizard.h"
#include "WizardSupport.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace AltDist {

namespace {
const QString kLastFolderKey = QStringLiteral("wizards/lastKeyFolder");

/// The local file a drag carries, if it carries exactly one.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}
} // namespace

AccountKeyPage::AccountKeyPage(AccountDraft &draft, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_path(new QLineEdit(this)), m_hint(new FieldHint(this))
{
    setTitle(tr("App Store Connect API Key"));
    setSubTitle(tr("Choose the private key (.p8) you downloaded from App Store Connect under Users and Access › "
                   "Integrations, or drop it onto this page."));
    setAcceptDrops(true);

    m_path->setObjectName(QStringLiteral("keyFileEdit"));
    m_path->setPlaceholderText(tr("/path/to/AuthKey_ABCDE12345.p8"));
    m_path->setAccessibleName(tr("Key file"));
    m_path->setAcceptDrops(false); // the page takes drops, as a file, not as text
    m_path->setClearButtonEnabled(true);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseKeyFileButton"));
    connect(choose, &QPushButton::clicked, this, &AccountKeyPage::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &AccountKeyPage::load);
    registerField(QStringLiteral("keyFile*"), m_path);

    auto *label = new QLabel(tr("&Key file:"), this);
    label->setBuddy(m_path);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    auto *note = new QLabel(tr("The key is read now but stored in the system keychain only when you click Finish. "
                               "It is never written to AltDist's settings."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(note);
    layout->addStretch(1);
}

bool AccountKeyPage::isComplete() const
{
    return QWizardPage::isComplete() && !m_draft.key.isNull();
}

void AccountKeyPage::setKeyFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void AccountKeyPage::load(const QString &text)
{
    m_draft.key = ApiKey();
    m_draft.keyIdFromFileName.clear();
    const QString path = QDir::fromNativeSeparators(text.trimmed());
    if (path.isEmpty()) {
        m_hint->setNote({});
    } else if (Result<ApiKey> key = ApiKey::fromFile(path); !key.ok()) {
        m_hint->setProblem(key.error().message());
    } else {
        m_draft.key = key.value();
        static const QRegularExpression authKey(QStringLiteral("^AuthKey_([A-Z0-9]{10})\\.p8$"));
        if (const QRegularExpressionMatch m = authKey.match(QFileInfo(path).fileName()); m.hasMatch())
            m_draft.keyIdFromFileName = m.captured(1);
        m_hint->setNote(m_draft.keyIdFromFileName.isEmpty()
                            ? tr("A valid EC P-256 private key.")
                            : tr("A valid EC P-256 private key; the file name gives the key ID %1.")
                                  .arg(m_draft.keyIdFromFileName));
    }
    Q_EMIT completeChanged();
}

void AccountKeyPage::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose App Store Connect Key"),
                                                      settings.value(kLastFolderKey).toString(),
                                                      tr("App Store Connect keys (*.p8);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    setKeyFile(path);
}

void AccountKeyPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AccountKeyPage::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setKeyFile(path);
}

} // namespace AltDist
