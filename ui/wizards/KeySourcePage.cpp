// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeySourcePage.h"

#include "CreateKeyWizard.h"
#include "WizardSupport.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

namespace AltDist {

namespace {
const QString kLastFolderKey = QStringLiteral("wizards/lastKeyFolder");
constexpr qint64 kMaxPemBytes = 64 * 1024;
} // namespace

KeySourcePage::KeySourcePage(KeyDraft &draft, QWidget *parent)
    : QWizardPage(parent),
      m_draft(draft),
      m_generate(new QRadioButton(tr("&Generate a P-256 key pair here"), this)),
      m_import(new QRadioButton(tr("&Import a public key (PEM)"), this)),
      m_export(new QCheckBox(tr("Also save the private key to a file…"), this)),
      m_exportPath(new QLineEdit(this)),
      m_exportChoose(new QPushButton(tr("Choose…"), this)),
      m_exportHint(new FieldHint(this)),
      m_pem(new QPlainTextEdit(this)),
      m_pemChoose(new QPushButton(tr("Choose File…"), this)),
      m_pemHint(new FieldHint(this))
{
    setTitle(tr("Key"));
    setSubTitle(tr("A generated key's private half is kept in the system keychain under the new key's ID. "
                   "An imported key's private half stays wherever you keep it."));
    auto *group = new QButtonGroup(this);
    group->addButton(m_generate);
    group->addButton(m_import);
    m_generate->setObjectName(QStringLiteral("generateRadio"));
    m_import->setObjectName(QStringLiteral("importRadio"));
    m_generate->setChecked(true);
    m_export->setObjectName(QStringLiteral("exportCheck"));
    m_exportPath->setObjectName(QStringLiteral("exportPathEdit"));
    m_exportPath->setAccessibleName(tr("Private key file"));
    m_exportPath->setPlaceholderText(tr("/path/to/web-distribution-key.pem"));
    m_pem->setObjectName(QStringLiteral("publicKeyEdit"));
    m_pem->setAccessibleName(tr("Public key PEM"));
    m_pem->setPlaceholderText(QStringLiteral("-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----"));
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pem->setTabChangesFocus(true);

    for (QRadioButton *radio : {m_generate, m_import})
        connect(radio, &QRadioButton::toggled, this, &KeySourcePage::revalidate);
    connect(m_export, &QCheckBox::toggled, this, &KeySourcePage::revalidate);
    connect(m_exportPath, &QLineEdit::textChanged, this, &KeySourcePage::revalidate);
    connect(m_pem, &QPlainTextEdit::textChanged, this, &KeySourcePage::revalidate);
    connect(m_exportChoose, &QPushButton::clicked, this, &KeySourcePage::chooseExportFile);
    connect(m_pemChoose, &QPushButton::clicked, this, &KeySourcePage::choosePublicKeyFile);

    const int indent = fontMetrics().averageCharWidth() * 4;
    auto *grid = new QGridLayout(this);
    grid->setColumnMinimumWidth(0, indent);
    grid->setColumnStretch(1, 1);
    grid->addWidget(m_generate, 0, 0, 1, 3);
    grid->addWidget(m_export, 1, 1, 1, 2);
    grid->addWidget(m_exportPath, 2, 1);
    grid->addWidget(m_exportChoose, 2, 2);
    grid->addWidget(m_exportHint, 3, 1, 1, 2);
    grid->setRowMinimumHeight(4, fontMetrics().height());
    grid->addWidget(m_import, 5, 0, 1, 3);
    grid->addWidget(m_pem, 6, 1);
    grid->addWidget(m_pemChoose, 6, 2, Qt::AlignTop);
    grid->addWidget(m_pemHint, 7, 1, 1, 2);
    grid->setRowStretch(6, 1);
    revalidate();
}

QString KeySourcePage::exportProblem() const
{
    const QString path = m_exportPath->text().trimmed();
    if (path.isEmpty())
        return tr("Choose the file the private key is saved to.");
    const QFileInfo info(path);
    if (info.exists())
        return tr("%1 already exists; AltDist does not overwrite private key files. Choose a new file name.")
            .arg(QDir::toNativeSeparators(path));
    if (!info.absoluteDir().exists())
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

void KeySourcePage::revalidate()
{
    const bool generate = m_generate->isChecked();
    const bool exporting = generate && m_export->isChecked();
    m_export->setEnabled(generate);
    m_exportPath->setEnabled(exporting);
    m_exportChoose->setEnabled(exporting);
    m_pem->setEnabled(!generate);
    m_pemChoose->setEnabled(!generate);
    if (exporting)
        m_exportHint->setProblem(m_exportPath->text().isEmpty() ? QString() : exportProblem());
    else
        m_exportHint->setNote(generate ? tr("The private key is saved with permissions for you alone (0600).")
                                       : QString());
    const QByteArray pem = m_pem->toPlainText().toUtf8();
    if (generate || pem.trimmed().isEmpty())
        m_pemHint->setNote({});
    else if (const Result<QByteArray> checked = EcKeyPair::validatePublicKeyPem(pem); !checked.ok())
        m_pemHint->setProblem(checked.error().message());
    else
        m_pemHint->setNote(tr("A valid EC P-256 public key."));
    Q_EMIT completeChanged();
}

bool KeySourcePage::isComplete() const
{
    if (m_generate->isChecked())
        return !m_export->isChecked() || exportProblem().isEmpty();
    return EcKeyPair::validatePublicKeyPem(m_pem->toPlainText().toUtf8()).ok();
}

bool KeySourcePage::validatePage()
{
    if (!isComplete())
        return false;
    m_draft.generate = m_generate->isChecked();
    m_draft.privateKeyFile = m_draft.generate && m_export->isChecked() ? m_exportPath->text().trimmed() : QString();
    m_draft.importedPem.clear();
    if (!m_draft.generate)
        m_draft.importedPem = EcKeyPair::validatePublicKeyPem(m_pem->toPlainText().toUtf8()).value();
    return true;
}

void KeySourcePage::chooseExportFile()
{
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Private Key"), settings.value(kLastFolderKey).toString(),
        tr("PEM private keys (*.pem);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    m_exportPath->setText(QDir::toNativeSeparators(path));
}

void KeySourcePage::choosePublicKeyFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Public Key"),
                                                      settings.value(kLastFolderKey).toString(),
                                                      tr("PEM public keys (*.pem *.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.size() > kMaxPemBytes) {
        m_pemHint->setProblem(tr("%1 is too large to be a public key.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_pemHint->setProblem(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_pem->setPlainText(QString::fromUtf8(file.read(kMaxPemBytes)));
}

} // namespace AltDist
