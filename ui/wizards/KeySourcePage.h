// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace AltDist {

class FieldHint;
struct KeyDraft;

/// Create key, page 1: generate a P-256 pair here (default; optionally also
/// save the private key to a new file) or import a public key PEM (pasted or
/// read from a file), checked as typed.
class KeySourcePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeySourcePage)

public:
    KeySourcePage(KeyDraft &draft, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

private:
    QString exportProblem() const;
    void revalidate();
    void chooseExportFile();
    void choosePublicKeyFile();

    KeyDraft &m_draft;
    QRadioButton *m_generate;
    QRadioButton *m_import;
    QCheckBox *m_export;
    QLineEdit *m_exportPath;
    QPushButton *m_exportChoose;
    FieldHint *m_exportHint;
    QPlainTextEdit *m_pem;
    QPushButton *m_pemChoose;
    FieldHint *m_pemHint;
};

} // namespace AltDist
