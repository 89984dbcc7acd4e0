// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyDonePage.h"

#include "CreateKeyWizard.h"
#include "WizardSupport.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace AltDist {

KeyDonePage::KeyDonePage(KeyDraft &draft, QWidget *parent)
    : QWizardPage(parent),
      m_draft(draft),
      m_keyId(new CopyableId(tr("Key ID"), this)),
      m_where(new QLabel(this)),
      m_warning(new FieldHint(this)),
      m_save(new QPushButton(tr("Save Private Key to File…"), this)),
      m_discard(new QCheckBox(tr("Discard the private key"), this))
{
    setTitle(tr("Key Created"));
    m_keyId->setObjectName(QStringLiteral("keyId"));
    m_where->setObjectName(QStringLiteral("privateKeyLocation"));
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setObjectName(QStringLiteral("privateKeyWarning"));
    m_save->setObjectName(QStringLiteral("savePrivateKeyButton"));
    m_discard->setObjectName(QStringLiteral("discardPrivateKeyCheck"));
    connect(m_save, &QPushButton::clicked, this, &KeyDonePage::saveNow);
    connect(m_discard, &QCheckBox::toggled, this, &KeyDonePage::completeChanged);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Key ID:"), m_keyId);
    form->addRow(tr("Private key:"), m_where);
    form->addRow(QString(), m_warning);
    form->addRow(QString(), m_save);
    form->addRow(QString(), m_discard);
    // A check box cannot wrap: the consequence goes in a label under it.
    auto *consequence = new QLabel(tr("Without it, the key at App Store Connect cannot be used."), this);
    consequence->setWordWrap(true);
    consequence->setBuddy(m_discard);
    form->addRow(QString(), consequence);
    m_discardNote = consequence;
}

void KeyDonePage::initializePage()
{
    setSubTitle(m_draft.appName.isEmpty() ? tr("App Store Connect has the new account-wide key.")
                                          : tr("App Store Connect has the new key for %1.").arg(m_draft.appName));
    m_keyId->setText(m_draft.created.id);
    describe();
}

bool KeyDonePage::privateKeyIsNowhere() const
{
    return m_draft.generate && !m_draft.inKeychain && !m_draft.inFile;
}

void KeyDonePage::describe()
{
    QStringList lines;
    if (!m_draft.generate)
        lines << tr("Not handled by AltDist: only the public key was uploaded.");
    if (m_draft.inKeychain)
        lines << tr("In the system keychain under key ID %1.").arg(m_draft.created.id);
    if (m_draft.inFile)
        lines << tr("Saved to %1 (readable by you alone).").arg(QDir::toNativeSeparators(m_draft.privateKeyFile));
    if (privateKeyIsNowhere())
        lines << tr("Not stored anywhere yet.");
    m_where->setText(lines.join(QLatin1Char('\n')));

    QStringList problems;
    if (m_draft.generate && !m_draft.inKeychain)
        problems << tr("The key exists at App Store Connect, but the system keychain did not take its private key: %1")
                        .arg(m_draft.keychainError.message());
    if (!m_draft.privateKeyFile.isEmpty() && !m_draft.inFile)
        problems << tr("The private key could not be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(m_draft.privateKeyFile), m_draft.fileError.message());
    m_warning->setProblem(problems.join(QLatin1Char('\n')));
    m_save->setVisible(privateKeyIsNowhere());
    m_discard->setVisible(privateKeyIsNowhere());
    m_discardNote->setVisible(privateKeyIsNowhere());
    Q_EMIT completeChanged();
}

bool KeyDonePage::isComplete() const
{
    return !privateKeyIsNowhere() || m_discard->isChecked();
}

void KeyDonePage::saveNow()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Private Key"), QString(),
                                                      tr("PEM private keys (*.pem);;All files (*)"));
    if (path.isEmpty())
        return;
    m_draft.privateKeyFile = path;
    const Status written = EcKeyPair::writePrivateKeyFile(path, m_draft.pair.privateKeyPem());
    m_draft.inFile = written.ok();
    m_draft.fileError = written.ok() ? Error() : written.error();
    describe();
}

} // namespace AltDist
